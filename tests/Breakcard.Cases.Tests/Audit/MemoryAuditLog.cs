using Breakcard.Cases.Audit;

namespace Breakcard.Cases.Tests.Audit;

/// <summary>An audit log in memory, built with the real chain code, for verifier tests without a database.</summary>
internal sealed class MemoryAuditLog : IAuditLogReader
{
    public List<AuditEntry> Entries { get; } = [];

    public AuditCheckpoint Head { get; set; } = AuditCheckpoint.Empty;

    public static MemoryAuditLog With(int count)
    {
        var log = new MemoryAuditLog();
        var at = new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);
        for (var i = 1; i <= count; i++)
        {
            var entry = AuditChain.Next(log.Head, new AuditDraft($"user{i % 3}@bank-a", "bank-a", "case.item.add", $"case:CS-{i:000000}", $"{{\"n\":{i}}}"), at.AddSeconds(i));
            log.Entries.Add(entry);
            log.Head = AuditChain.HeadAfter(entry);
        }

        return log;
    }

    public async IAsyncEnumerable<AuditEntry> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        foreach (var e in Entries.OrderBy(e => e.Sequence))
        {
            await Task.Yield();
            yield return e;
        }
    }

    public Task<AuditEntry?> FindByHashAsync(string hash, CancellationToken cancellationToken) =>
        Task.FromResult(Entries.Where(e => e.Hash == hash).OrderBy(e => e.Sequence).FirstOrDefault());

    public void Replace(long sequence, Func<AuditEntry, AuditEntry> change)
    {
        var i = Entries.FindIndex(e => e.Sequence == sequence);
        Entries[i] = change(Entries[i]);
    }
}
