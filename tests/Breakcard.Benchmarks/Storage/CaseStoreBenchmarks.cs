using BenchmarkDotNet.Attributes;
using Breakcard.Cases.Audit;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Services;
using Breakcard.Cases.Storage;
using Breakcard.Storage;
using Npgsql;

namespace Breakcard.Benchmarks.Storage;

/// <summary>
/// The case store on each engine: one audited change (the unit every write pays, serialised by
/// the audit chain), a typical case operation through the service layer, and verifying a stored
/// chain. PostgreSQL runs when BREAKCARD_TEST_POSTGRES is set (as ./test.sh sets it).
/// </summary>
[MemoryDiagnoser]
public class CaseStoreBenchmarks
{
    private ICaseStore _store = null!;
    private CaseSystem _system = null!;
    private Caller _analyst = null!;
    private string _caseId = null!;
    private string? _cleanup;

    [ParamsSource(nameof(Engines))]
    public string Engine { get; set; } = "sqlite";

    [Params(10_000)]
    public int LogEntries { get; set; }

    public static IEnumerable<string> Engines() =>
        Environment.GetEnvironmentVariable("BREAKCARD_TEST_POSTGRES") is { Length: > 0 } ? ["sqlite", "postgres"] : ["sqlite"];

    [GlobalSetup]
    public async Task Setup()
    {
        var location = Engine == "sqlite" ? "sqlite:" + Path.Combine(Path.GetTempPath(), $"breakcard-bench-{Guid.NewGuid():N}.db") : await CreatePostgresAsync();
        _cleanup = location;
        _store = await CaseStores.OpenAsync(location, TimeProvider.System, CancellationToken.None);
        _system = new CaseSystem(_store, TimeProvider.System);
        await _system.Administration.InitializeAsync(new Institution("bank-a", "Bank A", InstitutionKind.Bank, "ICBC"),
            new User("admin@bank-a", "admin", Role.Administrator, "bank-a"), CancellationToken.None);
        var admin = await _system.Administration.ResolveCallerAsync("admin@bank-a", CancellationToken.None);
        await _system.Administration.AddUserAsync(admin, new User("li@bank-a", "Li", Role.Analyst, "bank-a"), CancellationToken.None);
        _analyst = await _system.Administration.ResolveCallerAsync("li@bank-a", CancellationToken.None);
        _caseId = (await _system.Cases.OpenAsync(_analyst, "bench", CancellationToken.None)).Id;
        await _store.WriteAsync(async s =>
        {
            for (var i = 0; i < LogEntries; i++)
            {
                await s.Audit.AppendAsync(new AuditDraft("li@bank-a", "bank-a", "bench.fill", $"n:{i}", "{}"), DateTimeOffset.UtcNow);
            }

            return 0;
        }, CancellationToken.None);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await _store.DisposeAsync();
        if (_cleanup is { } c && c.StartsWith("sqlite:", StringComparison.Ordinal))
        {
            foreach (var f in Directory.GetFiles(Path.GetDirectoryName(c[7..])!, Path.GetFileName(c[7..]) + "*"))
            {
                File.Delete(f);
            }
        }
        else if (_cleanup is { } pg)
        {
            var b = new NpgsqlConnectionStringBuilder(pg);
            NpgsqlConnection.ClearAllPools();
            await using var conn = new NpgsqlConnection(Environment.GetEnvironmentVariable("BREAKCARD_TEST_POSTGRES"));
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"DROP DATABASE IF EXISTS {b.Database} WITH (FORCE)";
            await cmd.ExecuteNonQueryAsync();
        }
    }

    /// <summary>One write transaction holding one audit entry: the floor under every change.</summary>
    [Benchmark]
    public Task<AuditEntry> AppendAuditEntry() =>
        _store.WriteAsync(s => s.Audit.AppendAsync(new AuditDraft("li@bank-a", "bank-a", "bench.append", "x", "{}"), DateTimeOffset.UtcNow), CancellationToken.None);

    /// <summary>Adding a note to a case through the service layer: permission check, item, header version, timeline, audit.</summary>
    [Benchmark]
    public Task<CaseItem> AddNoteToCase() => _system.Cases.AddItemAsync(_analyst, _caseId, new NoteContent("benchmark note"), null, CancellationToken.None);

    /// <summary>Reading a case view (masked) through the service layer.</summary>
    [Benchmark]
    public async Task<int> ReadCase() => (await _system.Cases.GetAsync(_analyst, _caseId, false, CancellationToken.None)).Items.Length;

    /// <summary>Verifying the stored chain (grows by the appends above; at least <see cref="LogEntries"/> entries).</summary>
    [Benchmark]
    public async Task<long> VerifyStoredChain() =>
        (await _store.ReadAsync(async s => await AuditVerifier.VerifyAsync(s.Audit, await s.Audit.HeadAsync(), null, CancellationToken.None), CancellationToken.None)).EntriesChecked;

    private static async Task<string> CreatePostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable("BREAKCARD_TEST_POSTGRES")!;
        var database = "breakcard_bench_" + Guid.NewGuid().ToString("N")[..12];
        await using var conn = new NpgsqlConnection(server);
        await conn.OpenAsync();
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = $"CREATE DATABASE {database}";
        await cmd.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
    }
}
