using Breakcard.Cases.Clues;
using Breakcard.Cases.Clues.Import;
using Breakcard.Cases.Errors;
using Breakcard.Storage.Tests.Infrastructure;
using Breakcard.Tests.Shared;

namespace Breakcard.Storage.Tests.Services;

/// <summary>
/// A traced fund chain imported as clues on both engines: one clue per account the money passed
/// through with the chain stored whole, re-imports raising nothing, accounts with an open clue
/// from alerts merged, and the audit chain intact.
/// </summary>
public abstract class TraceImportServiceTests(IStoreFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IReadOnlyList<TraceClue> Clues() => TraceClueBuilder.Build(TraceFileReader.Read(HandBuiltTrace.Bytes(), "trace.json"));

    [Fact]
    public async Task Import_HandBuiltTrace_ThreeCluesWithTheChain_ReImportRaisesNothing()
    {
        await using var store = await fixture.NewStoreAsync();
        var world = await World.CreateAsync(store.System);
        var analyst = world["analyst@bank-a"];
        var clues = Clues();

        var first = await store.System.Clues.ImportTraceAsync(analyst, clues, Ct);
        Assert.Equal([HandBuiltTrace.A, HandBuiltTrace.B, HandBuiltTrace.C], first.Created.Select(c => c.Content.Subject.Reveal()));
        Assert.Empty(first.Merged);

        // Read back from the store: the chain survives the round trip node by node.
        var stored = await store.System.Clues.GetAsync(analyst, first.Created[0].Id, reveal: false, Ct);
        Assert.Equal(ClueSource.Trace, stored.Source);
        Assert.Equal(clues[0].Draft.SourceRef, stored.SourceRef);
        Assert.Equal(["T1", "T2"], stored.EvidenceEventIds);
        Assert.Equal(["TRACED_FUNDS", "TRACED_PASSED_ON", "TRACED_CASH_OUT"], stored.Reasons.Select(r => r.Code));
        Assert.Equal($"{Samples.Card(2).Masked} ¥60,000.00; {Samples.Card(3).Masked} ¥40,000.00", stored.Chain.Single(f => f.Name == "layer_1").Value);
        Assert.Equal($"{Samples.Card(4).Masked} ¥39,500.00; CASH:ATM-0001 ¥20,000.00; {Samples.Card(5).Masked} ¥500.00", stored.Chain.Single(f => f.Name == "layer_2").Value);
        Assert.Equal("¥100,000.00", stored.Chain.Single(f => f.Name == "origin_amount").Value);

        var again = await store.System.Clues.ImportTraceAsync(analyst, Clues(), Ct);
        Assert.Empty(again.Created);
        Assert.Equal(first.Created.Select(c => c.Id), again.Merged.Select(m => m.ClueId));
        Assert.All(again.Merged, m => Assert.Equal([clues[0].Draft.SourceRef!], m.AlertIds));
        Assert.Equal(3, await store.CountAsync("clues"));
        Assert.True((await store.System.Audit.VerifyAsync(world["auditor@bank-a"], null, Ct)).Valid);
    }

    [Fact]
    public async Task Import_AccountWithOpenAlertClue_TraceMergedIntoIt()
    {
        await using var store = await fixture.NewStoreAsync();
        var world = await World.CreateAsync(store.System);
        var analyst = world["analyst@bank-a"];
        var b = Samples.Card(3);
        Assert.Equal(HandBuiltTrace.B, b.Reveal());
        var fromAlert = await store.System.Clues.CreateAsync(analyst, ClueDraft.FromAlert("A000001", b, null, 81, [new ClueReason("PASS_THROUGH", "fast in, fast out")], ["T2"], "alert"), Ct);

        var result = await store.System.Clues.ImportTraceAsync(analyst, Clues(), Ct);
        Assert.Equal([HandBuiltTrace.A, HandBuiltTrace.C], result.Created.Select(c => c.Content.Subject.Reveal()));
        var merged = Assert.Single(result.Merged);
        Assert.Equal(fromAlert.Id, merged.ClueId);
        Assert.Equal(3, await store.CountAsync("clues"));
    }

    [Fact]
    public async Task Import_RoleWithoutCreateClue_Refused_NothingWritten()
    {
        await using var store = await fixture.NewStoreAsync();
        var world = await World.CreateAsync(store.System);
        await Assert.ThrowsAsync<AccessDeniedException>(() => store.System.Clues.ImportTraceAsync(world["auditor@bank-a"], Clues(), Ct));
        await Assert.ThrowsAsync<Breakcard.Core.Errors.InvalidInputException>(() => store.System.Clues.ImportAlertsAsync(world["analyst@bank-a"],
            [new AlertClue(Clues()[0].Draft, ["A1"], [1])], Ct)); // a trace clue is not an alert clue
        Assert.Equal(0, await store.CountAsync("clues"));
    }
}

public sealed class SqliteTraceImportServiceTests(SqliteFixture fixture) : TraceImportServiceTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresTraceImportServiceTests(PostgresFixture fixture) : TraceImportServiceTests(fixture), IClassFixture<PostgresFixture>;
