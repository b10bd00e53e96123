using System.Collections.Immutable;
using System.Globalization;

namespace Breakcard.Cases.Audit;

/// <summary>
/// Walks the audit chain in sequence order and names the first bad entry and what is wrong: an
/// edited entry (content does not match its hash), deleted entries (a gap in the sequence, or a
/// broken link after renumbering), reordered entries (an intact entry whose hash matches another
/// position, or that links to an entry other than its predecessor), and truncation (the log ends
/// before the stored head, or an outside checkpoint, says). Streams the log: memory does not grow
/// with its length. Limits are in ADR 0083. Thread safe.
/// </summary>
public static class AuditVerifier
{
    /// <summary>Most problems kept in the result (all are counted).</summary>
    public const int MaxProblems = 100;

    /// <summary>How far from its position a moved entry is looked for.</summary>
    public const int MoveWindow = 64;

    /// <summary>Verifies <paramref name="log"/> against the store's <paramref name="head"/> and an optional outside <paramref name="checkpoint"/>.</summary>
    public static async Task<AuditVerification> VerifyAsync(IAuditLogReader log, AuditCheckpoint? head, AuditCheckpoint? checkpoint, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(log);
        var problems = ImmutableArray.CreateBuilder<AuditProblem>();
        var total = 0;
        void Report(long sequence, AuditProblemKind kind, string message)
        {
            total++;
            if (problems.Count < MaxProblems)
            {
                problems.Add(new AuditProblem(sequence, kind, message));
            }
        }

        long count = 0, previousSequence = 0;
        var previousHash = AuditHasher.Genesis;
        var previousIntact = true;
        string? hashAtCheckpoint = null;
        await foreach (var entry in log.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            count++;
            var expected = previousSequence + 1;
            var gap = entry.Sequence > expected;
            if (gap)
            {
                Report(expected, AuditProblemKind.Missing, entry.Sequence == expected + 1
                    ? N($"entry {expected} is missing: the log goes from entry {previousSequence} to {entry.Sequence} (deleted)")
                    : N($"entries {expected} to {entry.Sequence - 1} are missing: the log goes from entry {previousSequence} to {entry.Sequence} (deleted)"));
            }
            else if (entry.Sequence < expected)
            {
                Report(entry.Sequence, AuditProblemKind.Reordered, N($"entry {entry.Sequence} appears after entry {previousSequence}: the log is out of order"));
            }

            var intact = AuditHasher.Compute(entry) == entry.Hash;
            if (!intact)
            {
                var writtenAs = WrittenAs(entry);
                Report(entry.Sequence, writtenAs is null ? AuditProblemKind.Edited : AuditProblemKind.Reordered, writtenAs is { } at
                    ? N($"entry {entry.Sequence} is intact but was written as entry {at}: entries were reordered or renumbered")
                    : N($"entry {entry.Sequence} was edited: its content does not match its hash"));
            }
            else if (!gap && previousIntact && entry.PreviousHash != previousHash)
            {
                var linked = entry.PreviousHash == AuditHasher.Genesis ? null : await log.FindByHashAsync(entry.PreviousHash, cancellationToken).ConfigureAwait(false);
                if (linked is not null && linked.Sequence != previousSequence)
                {
                    Report(entry.Sequence, AuditProblemKind.Reordered,
                        N($"entry {entry.Sequence} follows the entry now at {linked.Sequence} in the chain, not entry {previousSequence}: entries were reordered"));
                }
                else
                {
                    Report(entry.Sequence, AuditProblemKind.BrokenLink, previousSequence == 0
                        ? N($"entry {entry.Sequence} is the first entry but does not start the chain: earlier entries were removed")
                        : N($"entry {entry.Sequence} does not follow entry {previousSequence}: entry {previousSequence} was changed and its hash recomputed, or entries between them were removed"));
                }
            }

            if (checkpoint is not null && entry.Sequence == checkpoint.Count)
            {
                hashAtCheckpoint = entry.Hash;
            }

            previousSequence = Math.Max(previousSequence, entry.Sequence);
            previousHash = entry.Hash;
            previousIntact = intact;
        }

        if (head is not null)
        {
            CompareHead(head, previousSequence, previousHash, Report);
        }

        if (checkpoint is not null && checkpoint.Count > 0)
        {
            if (previousSequence < checkpoint.Count)
            {
                Report(previousSequence + 1, AuditProblemKind.Truncated,
                    N($"the log ends at entry {previousSequence}, but the outside checkpoint records {checkpoint.Count} entries: entries {previousSequence + 1} to {checkpoint.Count} were removed"));
            }
            else if (hashAtCheckpoint != checkpoint.LastHash)
            {
                Report(checkpoint.Count, AuditProblemKind.CheckpointMismatch, hashAtCheckpoint is null
                    ? N($"entry {checkpoint.Count}, named by the outside checkpoint, is missing")
                    : N($"entry {checkpoint.Count} differs from the outside checkpoint: the log was rewritten up to that entry"));
            }
        }

        return new AuditVerification(count, previousSequence, previousHash, problems.ToImmutable(), total, head is not null, checkpoint is not null);
    }

    private static void CompareHead(AuditCheckpoint head, long lastSequence, string lastHash, Action<long, AuditProblemKind, string> report)
    {
        if (lastSequence < head.Count)
        {
            report(lastSequence + 1, AuditProblemKind.Truncated,
                N($"the log ends at entry {lastSequence}, but the head checkpoint records {head.Count} entries: entries {lastSequence + 1} to {head.Count} were removed (truncated)"));
        }
        else if (lastSequence > head.Count)
        {
            report(head.Count + 1, AuditProblemKind.HeadMismatch,
                N($"the log has entries after the head checkpoint's {head.Count}: the checkpoint was altered, or entries were written outside the service"));
        }
        else if (lastHash != head.LastHash)
        {
            report(lastSequence, AuditProblemKind.HeadMismatch,
                N($"entry {lastSequence} does not match the head checkpoint: the end of the log was rewritten"));
        }
    }

    // An intact entry moved to another position still hashes correctly under its original sequence.
    private static long? WrittenAs(AuditEntry entry)
    {
        var from = Math.Max(1, entry.Sequence - MoveWindow);
        for (var s = from; s <= entry.Sequence + MoveWindow; s++)
        {
            if (s != entry.Sequence && AuditHasher.Compute(entry with { Sequence = s }) == entry.Hash)
            {
                return s;
            }
        }

        return null;
    }

    private static string N(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
