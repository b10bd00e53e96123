using Breakcard.Cases.Audit;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Clues;
using Breakcard.Cases.Workflow;
using Breakcard.Storage.Tests.Infrastructure;

namespace Breakcard.Storage.Tests.CrashSafety;

/// <summary>
/// A failure between any two statements of an operation leaves nothing half-written: the fault
/// hook throws before statement k, for every k, and the store must look exactly as before.
/// </summary>
public abstract class CrashSafetyTests(IStoreFixture fixture)
{
    private static readonly string[] Tables =
        ["counters", "institutions", "users", "clues", "shares", "cases", "case_items", "timeline", "attachments", "measures", "listings", "objections", "audit_log"];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task OpenCaseFromClue_FailingBeforeEachStatement_LeavesStoreUnchanged()
    {
        await using var store = await fixture.NewStoreAsync();
        var world = await World.CreateAsync(store.System);
        var analyst = world["analyst@bank-a"];
        var clue = await store.System.Clues.CreateAsync(analyst, ClueDraft.FromAlert("A1", Samples.Card(3), "P1", 90,
            [new ClueReason("FAN_IN", "many payers")], ["T9"], "fan-in"), Ct);

        var statements = await FailAtEveryStatementAsync(store, () => store.System.Cases.OpenFromClueAsync(analyst, clue.Id, null, Ct));

        Assert.True(statements > 8, $"the operation should take several statements; it took {statements}");
        var after = await store.System.Clues.GetAsync(analyst, clue.Id, false, Ct);
        Assert.Equal(ClueStatus.Promoted, after.Status);
    }

    [Fact]
    public async Task TransferToPolice_FailingBeforeEachStatement_LeavesStoreUnchanged()
    {
        await using var store = await fixture.NewStoreAsync();
        var world = await World.CreateAsync(store.System);
        var sys = store.System;
        var supervisor = world["supervisor@bank-a"];
        var opened = await sys.Cases.OpenAsync(supervisor, "transfer", Ct);
        await sys.Cases.AddItemAsync(supervisor, opened.Id, new SuspectContent(Samples.Identity(3), null, null, null), null, Ct);
        await sys.Cases.TransitionAsync(supervisor, opened.Id, CaseAction.StartVerification, new(), null, Ct);
        await sys.Cases.TransitionAsync(supervisor, opened.Id, CaseAction.Confirm, new(), null, Ct);

        await FailAtEveryStatementAsync(store, () => sys.Cases.TransitionAsync(supervisor, opened.Id, CaseAction.TransferToPolice, new(ToInstitutionId: "police-a"), null, Ct));

        var view = await sys.Cases.GetAsync(world["investigator@police-a"], opened.Id, false, Ct);
        Assert.Equal(CaseState.TransferredToPolice, view.Header.State);
        Assert.Single(view.Shares);
    }

    // Runs the operation with a failure injected before statement 1, 2, 3, … until it gets through;
    // after every failure every table must have the rows it had before and the chain must verify.
    private static async Task<int> FailAtEveryStatementAsync<T>(TestStore store, Func<Task<T>> operation)
    {
        var before = await CountsAsync(store);
        for (var k = 1; ; k++)
        {
            var seen = 0;
            store.BeforeStatement = _ =>
            {
                if (++seen == k)
                {
                    throw new InjectedFault(k);
                }
            };
            try
            {
                await operation();
                store.BeforeStatement = null;
                Assert.NotEqual(before, await CountsAsync(store));
                return k - 1;
            }
            catch (InjectedFault)
            {
                store.BeforeStatement = null;
                Assert.Equal(before, await CountsAsync(store));
                var check = await store.Store.ReadAsync(async s => await AuditVerifier.VerifyAsync(s.Audit, await s.Audit.HeadAsync(), null, Ct), Ct);
                Assert.True(check.Valid, $"after a fault before statement {k}: {check.First?.Message}");
            }
        }
    }

    private static async Task<string> CountsAsync(TestStore store)
    {
        var parts = new List<string>();
        foreach (var table in Tables)
        {
            parts.Add($"{table}={await store.CountAsync(table)}");
        }

        await using var c = await store.OpenAsync();
        await using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT COALESCE(SUM(value), 0) FROM counters";
        parts.Add($"counter_sum={await cmd.ExecuteScalarAsync()}");
        return string.Join(" ", parts);
    }

    private sealed class InjectedFault(int statement) : Exception($"injected fault before statement {statement}");
}

public sealed class SqliteCrashSafetyTests(SqliteFixture fixture) : CrashSafetyTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresCrashSafetyTests(PostgresFixture fixture) : CrashSafetyTests(fixture), IClassFixture<PostgresFixture>;
