using Breakcard.Cases.Audit;

namespace Breakcard.Cases.Tests.Audit;

/// <summary>The verifier on an in-memory log: each kind of tampering is named at the right entry (the storage tests repeat this on both engines).</summary>
public sealed class AuditVerifierTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Verify_IntactLog_Valid()
    {
        var log = MemoryAuditLog.With(50);
        var r = await AuditVerifier.VerifyAsync(log, log.Head, log.Head, Ct);
        Assert.True(r.Valid);
        Assert.Equal(50, r.EntriesChecked);
        Assert.True(r.HeadChecked && r.CheckpointChecked);
    }

    [Fact]
    public async Task Verify_EmptyLog_ValidAgainstEmptyHead()
    {
        var log = new MemoryAuditLog();
        Assert.True((await AuditVerifier.VerifyAsync(log, AuditCheckpoint.Empty, null, Ct)).Valid);
    }

    [Fact]
    public async Task Verify_Edited_OneProblemAtThatEntry()
    {
        var log = MemoryAuditLog.With(20);
        log.Replace(7, e => e with { Actor = "someone@else" });
        var r = await AuditVerifier.VerifyAsync(log, log.Head, null, Ct);
        Assert.Equal(1, r.TotalProblems);
        Assert.Equal(new AuditProblem(7, AuditProblemKind.Edited, "entry 7 was edited: its content does not match its hash"), r.First);
    }

    [Fact]
    public async Task Verify_FirstEntriesDeleted_NamesThemMissing()
    {
        var log = MemoryAuditLog.With(20);
        log.Entries.RemoveRange(0, 3);
        var r = await AuditVerifier.VerifyAsync(log, log.Head, null, Ct);
        Assert.Equal((1, AuditProblemKind.Missing), (r.First!.Sequence, r.First.Kind));
        Assert.Equal("entries 1 to 3 are missing: the log goes from entry 0 to 4 (deleted)", r.First.Message);
    }

    [Fact]
    public async Task Verify_EntryMovedFarAway_ReportedAsBrokenChain()
    {
        // Beyond the move window a moved entry cannot be recognised, but the chain still breaks there.
        var log = MemoryAuditLog.With(200);
        var moved = log.Entries[10];
        log.Entries.RemoveAt(10);
        log.Entries.Add(moved with { Sequence = 201 });
        var r = await AuditVerifier.VerifyAsync(log, log.Head, null, Ct);
        Assert.False(r.Valid);
        Assert.Equal(11, r.First!.Sequence);
        Assert.Equal(AuditProblemKind.Missing, r.First.Kind);
        Assert.Contains(r.Problems, p => p.Sequence == 201 && p.Kind == AuditProblemKind.Edited);
    }

    [Fact]
    public async Task Verify_HeadAheadOfLog_Truncated()
    {
        var log = MemoryAuditLog.With(10);
        var head = log.Head;
        log.Entries.RemoveRange(8, 2);
        var r = await AuditVerifier.VerifyAsync(log, head, null, Ct);
        Assert.Equal(new AuditProblem(9, AuditProblemKind.Truncated,
            "the log ends at entry 8, but the head checkpoint records 10 entries: entries 9 to 10 were removed (truncated)"), r.First);
    }

    [Fact]
    public async Task Verify_LogAheadOfHead_HeadMismatch()
    {
        var log = MemoryAuditLog.With(10);
        var r = await AuditVerifier.VerifyAsync(log, new AuditCheckpoint(9, log.Entries[8].Hash), null, Ct);
        Assert.Equal((10, AuditProblemKind.HeadMismatch), (r.First!.Sequence, r.First.Kind));
    }

    [Fact]
    public async Task Verify_CheckpointEarlierInAnIntactLog_Valid()
    {
        var log = MemoryAuditLog.With(30);
        var r = await AuditVerifier.VerifyAsync(log, log.Head, new AuditCheckpoint(12, log.Entries[11].Hash), Ct);
        Assert.True(r.Valid);
    }

    [Fact]
    public async Task Verify_ManyProblems_KeepsAFewAndCountsAll()
    {
        var log = MemoryAuditLog.With(300);
        for (var s = 1; s <= 300; s += 2)
        {
            log.Replace(s, e => e with { Details = "{}" });
        }

        var r = await AuditVerifier.VerifyAsync(log, log.Head, null, Ct);
        Assert.Equal(150, r.TotalProblems);
        Assert.Equal(AuditVerifier.MaxProblems, r.Problems.Length);
    }
}
