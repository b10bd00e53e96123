using BenchmarkDotNet.Attributes;
using Breakcard.Cases.Audit;

namespace Breakcard.Benchmarks.Cases;

/// <summary>Hashing and verifying the audit chain in memory: the CPU cost per entry, without a database.</summary>
[MemoryDiagnoser]
public class AuditVerifierBenchmarks
{
    private MemoryLog _log = null!;

    [Params(100_000)]
    public int Entries { get; set; }

    [GlobalSetup]
    public void Setup() => _log = MemoryLog.Build(Entries);

    [Benchmark]
    public string HashOneEntry() => AuditHasher.Compute(_log.Entries[^1]);

    [Benchmark]
    public async Task<bool> VerifyChain() => (await AuditVerifier.VerifyAsync(_log, _log.Head, null, CancellationToken.None)).Valid;

    private sealed class MemoryLog : IAuditLogReader
    {
        public List<AuditEntry> Entries { get; } = [];

        public AuditCheckpoint Head { get; private set; } = AuditCheckpoint.Empty;

        public static MemoryLog Build(int n)
        {
            var log = new MemoryLog();
            var at = new DateTimeOffset(2026, 11, 22, 2, 0, 0, TimeSpan.Zero);
            for (var i = 1; i <= n; i++)
            {
                var e = AuditChain.Next(log.Head, new AuditDraft("li@bank-a", "bank-a", "case.item.add", "case:CS-000123",
                    "{\"item\":\"IT-000456\",\"kind\":\"card\",\"key\":\"622202*********0018\"}"), at.AddMilliseconds(i));
                log.Entries.Add(e);
                log.Head = AuditChain.HeadAfter(e);
            }

            return log;
        }

        public async IAsyncEnumerable<AuditEntry> ReadAllAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            foreach (var e in Entries)
            {
                yield return e;
            }

            await Task.CompletedTask;
        }

        public Task<AuditEntry?> FindByHashAsync(string hash, CancellationToken cancellationToken) => Task.FromResult<AuditEntry?>(null);
    }
}
