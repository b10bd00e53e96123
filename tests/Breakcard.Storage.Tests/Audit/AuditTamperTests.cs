using System.Globalization;
using Breakcard.Cases.Audit;
using Breakcard.Storage.Tests.Infrastructure;

namespace Breakcard.Storage.Tests.Audit;

/// <summary>
/// Someone with full rights on the database (triggers dropped) edits, deletes, reorders or
/// truncates the audit log; verification names the first bad entry and what is wrong.
/// </summary>
public abstract class AuditTamperTests(IStoreFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Verify_UntouchedLog_IsValid()
    {
        await using var store = await LogAsync();
        var result = await VerifyAsync(store);
        Assert.True(result.Valid, result.First?.Message);
        Assert.True(result.EntriesChecked > 20);
    }

    [Fact]
    public async Task DirectUpdate_WithTriggersInPlace_IsRefused()
    {
        await using var store = await fixture.NewStoreAsync();
        var ex = await Record.ExceptionAsync(() => store.ExecuteAsync("UPDATE audit_log SET details = '{}' WHERE sequence = 1"));
        Assert.NotNull(ex);
        Assert.Contains("append-only", ex.Message, StringComparison.Ordinal);
        Assert.NotNull(await Record.ExceptionAsync(() => store.ExecuteAsync("DELETE FROM audit_log WHERE sequence = 1")));
    }

    [Fact]
    public async Task Verify_EditedEntry_NamesItAsEdited()
    {
        await using var store = await LogAsync();
        await store.ExecuteAsync("UPDATE audit_log SET details = '{\"reason\":\"nothing to see\"}' WHERE sequence = 10");
        var result = await VerifyAsync(store);
        Assert.False(result.Valid);
        Assert.Equal((10, AuditProblemKind.Edited), (result.First!.Sequence, result.First.Kind));
        Assert.Equal(1, result.TotalProblems);
    }

    [Fact]
    public async Task Verify_EditedAndRehashedEntry_NamesTheBrokenLinkAfterIt()
    {
        await using var store = await LogAsync();
        var entry = (await store.Store.ReadAsync(s => s.Audit.EntriesAsync(null, 10, 1), Ct))[0];
        var forged = entry with { Details = "{\"forged\":true}" };
        await store.ExecuteAsync($"UPDATE audit_log SET details = '{forged.Details}', hash = '{AuditHasher.Compute(forged)}' WHERE sequence = 10");
        var result = await VerifyAsync(store);
        Assert.Equal((11, AuditProblemKind.BrokenLink), (result.First!.Sequence, result.First.Kind));
        Assert.Contains("entry 10 was changed", result.First.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_DeletedEntry_NamesTheGap()
    {
        await using var store = await LogAsync();
        await store.ExecuteAsync("DELETE FROM audit_log WHERE sequence = 12");
        var result = await VerifyAsync(store);
        Assert.Equal((12, AuditProblemKind.Missing), (result.First!.Sequence, result.First.Kind));
        Assert.Contains("entry 12 is missing", result.First.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_DeletedAndRenumbered_NamesTheMovedEntry()
    {
        await using var store = await LogAsync();
        var last = (await store.Store.ReadAsync(s => s.Audit.HeadAsync(), Ct)).Count;
        await store.ExecuteAsync("DELETE FROM audit_log WHERE sequence = 12");
        for (var s = 13; s <= last; s++)
        {
            await store.ExecuteAsync(string.Create(CultureInfo.InvariantCulture, $"UPDATE audit_log SET sequence = {s - 1} WHERE sequence = {s}"));
        }

        await store.ExecuteAsync(string.Create(CultureInfo.InvariantCulture, $"UPDATE audit_head SET count = {last - 1}"));
        var result = await VerifyAsync(store);
        Assert.Equal((12, AuditProblemKind.Reordered), (result.First!.Sequence, result.First.Kind));
        Assert.Contains("was written as entry 13", result.First.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_SwappedEntries_NamesThemReordered()
    {
        await using var store = await LogAsync();
        await store.ExecuteAsync("UPDATE audit_log SET sequence = -1 WHERE sequence = 10");
        await store.ExecuteAsync("UPDATE audit_log SET sequence = 10 WHERE sequence = 11");
        await store.ExecuteAsync("UPDATE audit_log SET sequence = 11 WHERE sequence = -1");
        var result = await VerifyAsync(store);
        Assert.Equal((10, AuditProblemKind.Reordered), (result.First!.Sequence, result.First.Kind));
        Assert.Contains("written as entry 11", result.First.Message, StringComparison.Ordinal);
        Assert.Contains(result.Problems, p => p.Sequence == 11 && p.Kind == AuditProblemKind.Reordered && p.Message.Contains("written as entry 10", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Verify_TruncatedLog_NamesTheMissingTailFromTheHead()
    {
        await using var store = await LogAsync();
        var last = (await store.Store.ReadAsync(s => s.Audit.HeadAsync(), Ct)).Count;
        await store.ExecuteAsync(string.Create(CultureInfo.InvariantCulture, $"DELETE FROM audit_log WHERE sequence > {last - 3}"));
        var result = await VerifyAsync(store);
        Assert.Equal((last - 2, AuditProblemKind.Truncated), (result.First!.Sequence, result.First.Kind));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"entries {last - 2} to {last} were removed"), result.First.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TruncatedWithHeadRewritten_CaughtOnlyByAnOutsideCheckpoint()
    {
        await using var store = await LogAsync();
        var checkpoint = await store.Store.ReadAsync(s => s.Audit.HeadAsync(), Ct);
        var keep = checkpoint.Count - 3;
        var newLast = (await store.Store.ReadAsync(s => s.Audit.EntriesAsync(null, keep, 1), Ct))[0];
        await store.ExecuteAsync(string.Create(CultureInfo.InvariantCulture, $"DELETE FROM audit_log WHERE sequence > {keep}"));
        await store.ExecuteAsync(string.Create(CultureInfo.InvariantCulture, $"UPDATE audit_head SET count = {keep}, last_hash = '{newLast.Hash}'"));

        Assert.True((await VerifyAsync(store)).Valid); // the limit ADR 0083 documents
        var withCheckpoint = await VerifyAsync(store, checkpoint);
        Assert.Equal((keep + 1, AuditProblemKind.Truncated), (withCheckpoint.First!.Sequence, withCheckpoint.First.Kind));
        Assert.Contains("outside checkpoint", withCheckpoint.First.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Verify_TailRewrittenAndRehashed_CaughtByAnOutsideCheckpoint()
    {
        await using var store = await LogAsync();
        var checkpoint = await store.Store.ReadAsync(s => s.Audit.HeadAsync(), Ct);
        var entries = await store.Store.ReadAsync(s => s.Audit.EntriesAsync(null, 15, 10_000), Ct);
        var previous = (await store.Store.ReadAsync(s => s.Audit.EntriesAsync(null, 14, 1), Ct))[0].Hash;
        foreach (var e in entries)
        {
            var forged = e with { Details = e.Sequence == 15 ? "{\"rewritten\":true}" : e.Details, PreviousHash = previous };
            forged = forged with { Hash = AuditHasher.Compute(forged) };
            await store.ExecuteAsync(string.Create(CultureInfo.InvariantCulture,
                $"UPDATE audit_log SET details = '{forged.Details}', previous_hash = '{forged.PreviousHash}', hash = '{forged.Hash}' WHERE sequence = {e.Sequence}"));
            previous = forged.Hash;
        }

        await store.ExecuteAsync($"UPDATE audit_head SET last_hash = '{previous}'");
        Assert.True((await VerifyAsync(store)).Valid);
        var result = await VerifyAsync(store, checkpoint);
        Assert.Equal((checkpoint.Count, AuditProblemKind.CheckpointMismatch), (result.First!.Sequence, result.First.Kind));
    }

    [Fact]
    public async Task ServiceVerify_AfterEdit_ReportsAndRecordsTheVerification()
    {
        await using var store = await fixture.NewStoreAsync();
        var world = await World.CreateAsync(store.System);
        await DropTriggersAsync(store);
        await store.ExecuteAsync("UPDATE audit_log SET actor = 'someone-else@bank-a' WHERE sequence = 5");
        var result = await store.System.Audit.VerifyAsync(world["auditor@police-a"], null, Ct);
        Assert.Equal(5, result.First!.Sequence);
        var last = await store.Store.ReadAsync(async s => (await s.Audit.EntriesAsync(null, (await s.Audit.HeadAsync()).Count, 1))[0], Ct);
        Assert.Equal("audit.verify", last.Action);
        Assert.Contains("\"valid\":false", last.Details, StringComparison.Ordinal);
    }

    private async Task<TestStore> LogAsync()
    {
        var store = await fixture.NewStoreAsync();
        await World.CreateAsync(store.System);
        await DropTriggersAsync(store);
        return store;
    }

    private static Task DropTriggersAsync(TestStore store) => store.Location.Engine == StoreEngine.Sqlite
        ? store.ExecuteAsync("DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete")
        : store.ExecuteAsync("DROP TRIGGER audit_log_no_change ON audit_log; DROP TRIGGER audit_log_no_truncate ON audit_log");

    private static Task<AuditVerification> VerifyAsync(TestStore store, AuditCheckpoint? checkpoint = null) =>
        store.Store.ReadAsync(async s => await AuditVerifier.VerifyAsync(s.Audit, await s.Audit.HeadAsync(), checkpoint, Ct), Ct);
}

public sealed class SqliteAuditTamperTests(SqliteFixture fixture) : AuditTamperTests(fixture), IClassFixture<SqliteFixture>;

public sealed class PostgresAuditTamperTests(PostgresFixture fixture) : AuditTamperTests(fixture), IClassFixture<PostgresFixture>;
