using Breakcard.Cases.Audit;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Services;
using Breakcard.Cases.Workflow;
using Breakcard.Storage.Tests.Infrastructure;

namespace Breakcard.Storage.Tests.Concurrency;

/// <summary>Optimistic concurrency and concurrent writers: a stale update fails and writes nothing; concurrent appends form one chain.</summary>
public abstract class ConcurrencyTests(IStoreFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Transition_WithStaleVersion_ConflictsAndOverwritesNothing()
    {
        await using var store = await fixture.NewStoreAsync();
        var world = await World.CreateAsync(store.System);
        var sys = store.System;
        var analyst = world["analyst@bank-a"];
        var supervisor = world["supervisor@bank-a"];
        var opened = await sys.Cases.OpenAsync(analyst, "two writers", Ct);

        // Both read version 1; the analyst writes first.
        var read = await sys.Cases.GetAsync(supervisor, opened.Id, false, Ct);
        await sys.Cases.TransitionAsync(analyst, opened.Id, CaseAction.StartVerification, new(), opened.Version, Ct);
        var ex = await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            sys.Cases.TransitionAsync(supervisor, opened.Id, CaseAction.Dismiss, new(Reason: "no grounds"), read.Header.Version, Ct));
        Assert.Equal(1, ex.ExpectedVersion);
        Assert.Equal(2, ex.ActualVersion);
        Assert.Contains("reload it and try again", ex.Message, StringComparison.Ordinal);

        var now = (await sys.Cases.GetAsync(supervisor, opened.Id, false, Ct)).Header;
        Assert.Equal(CaseState.Verifying, now.State);
        Assert.Equal(2, now.Version);
        Assert.DoesNotContain((await sys.Cases.GetAsync(supervisor, opened.Id, false, Ct)).Timeline, t => t.Text.Contains("no grounds", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AddItem_WithStaleVersion_ConflictsAndAddsNothing()
    {
        await using var store = await fixture.NewStoreAsync();
        var world = await World.CreateAsync(store.System);
        var analyst = world["analyst@bank-a"];
        var opened = await store.System.Cases.OpenAsync(analyst, "stale note", Ct);
        await store.System.Cases.AddItemAsync(analyst, opened.Id, new NoteContent("first"), opened.Version, Ct);
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.System.Cases.AddItemAsync(analyst, opened.Id, new NoteContent("second, from a stale screen"), opened.Version, Ct));
        var view = await store.System.Cases.GetAsync(analyst, opened.Id, false, Ct);
        Assert.Single(view.Items);
    }

    [Fact]
    public async Task Update_SameVersionFromParallelWriters_ExactlyOneWins()
    {
        await using var store = await fixture.NewStoreAsync();
        var world = await World.CreateAsync(store.System);
        var analyst = world["analyst@bank-a"];
        var opened = await store.System.Cases.OpenAsync(analyst, "race", Ct);
        var tasks = Enumerable.Range(0, 6).Select(i => Task.Run(async () =>
        {
            try
            {
                await store.System.Cases.AddItemAsync(analyst, opened.Id, new NoteContent($"writer {i}"), opened.Version, Ct);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        }, Ct)).ToList();
        var results = await Task.WhenAll(tasks);
        Assert.Equal(1, results.Count(r => r));
        Assert.Single((await store.System.Cases.GetAsync(analyst, opened.Id, false, Ct)).Items);
    }

    [Fact]
    public async Task Append_FromManyConcurrentWriters_FormsOneValidChain()
    {
        await using var store = await fixture.NewStoreAsync();
        const int writers = 8, each = 15;
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < each; i++)
            {
                await store.Store.WriteAsync(s => s.Audit.AppendAsync(new AuditDraft($"u{w}@x", "x", "test.append", $"n:{i}", "{}"), store.Time.GetUtcNow()), Ct);
            }
        }, Ct)).ToArray();
        await Task.WhenAll(tasks);

        var head = await store.Store.ReadAsync(s => s.Audit.HeadAsync(), Ct);
        Assert.Equal(1 + (writers * each), head.Count); // plus the migration entry
        var result = await store.Store.ReadAsync(async s => await AuditVerifier.VerifyAsync(s.Audit, await s.Audit.HeadAsync(), null, Ct), Ct);
        Assert.True(result.Valid, result.First?.Message);
        Assert.Equal(head.Count, result.EntriesChecked);
    }
}

public sealed class SqliteConcurrencyTests(SqliteFixture fixture) : ConcurrencyTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresConcurrencyTests(PostgresFixture fixture) : ConcurrencyTests(fixture), IClassFixture<PostgresFixture>;
