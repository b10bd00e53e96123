using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Breakcard.Cases.Services;
using Breakcard.Cases.Storage;
using Breakcard.Detection.Alerts;
using Breakcard.Web.Api;
using Breakcard.Web.Demo;
using Breakcard.Web.Hosting;
using Breakcard.Web.Monitoring;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Breakcard.Web.Load;

/// <summary>
/// A bounded load test of <c>POST /api/v1/decisions</c> on loopback: starts the host on
/// 127.0.0.1 with a throwaway SQLite store and the demo users, registers alerts for a set of
/// accounts, then keeps <c>--connections</c> clients busy for <c>--seconds</c> (after a warm-up)
/// and reports sustained requests per second, latency percentiles and the CPU time the process
/// (server and generator together) spent per decision. The load generator runs in the same
/// process, so its CPU use counts against the figures. At the end it checks the audit log: every
/// acknowledged decision must be in a <c>decision.batch</c> entry and the chain must verify.
/// </summary>
public static class DecisionLoadTest
{
    /// <summary>Runs it; returns the exit code.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var seconds = Option(args, "--seconds", 10);
        var connections = Option(args, "--connections", 32);
        var warmup = Option(args, "--warmup", 3);
        var client = Text(args, "--client", "raw");
        if (seconds is < 1 or > 120 || connections is < 1 or > 512 || warmup is < 0 or > 60 || client is not ("raw" or "httpclient"))
        {
            await output.WriteLineAsync("loadtest: --seconds 1..120, --connections 1..512, --warmup 0..60, --client raw|httpclient").ConfigureAwait(false);
            return 2;
        }

        var folder = Directory.CreateTempSubdirectory("breakcard-loadtest-");
        try
        {
            await using var app = await BreakcardWeb.BuildAsync(["--store", Path.Combine(folder.FullName, "load.db"), "--urls", "http://127.0.0.1:0",
                "--monitorFolder", Path.Combine(folder.FullName, "monitor"), "--Logging:LogLevel:Default", "Warning"]).ConfigureAwait(false);
            await app.Services.GetRequiredService<DemoSeeder>().SeedDirectoryAsync(CancellationToken.None).ConfigureAwait(false);
            var accounts = SeedAlerts(app.Services.GetRequiredService<AlertBook>());
            await app.StartAsync().ConfigureAwait(false);
            var url = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
            if (!url.IsLoopback)
            {
                throw new InvalidOperationException("the load test runs on loopback only");
            }

            ILoadClient generator = client == "raw" ? new RawClient(new IPEndPoint(IPAddress.Loopback, url.Port), url.Authority) : new HttpClientGenerator(url, connections);
            await using (generator.ConfigureAwait(false))
            {
                var warm = await Phase(generator, accounts, connections, TimeSpan.FromSeconds(warmup)).ConfigureAwait(false);
                var load = await File.ReadAllTextAsync("/proc/loadavg").ConfigureAwait(false);
                var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
                var run = await Phase(generator, accounts, connections, TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
                var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu0;
                run.Latencies.Sort();
                var rps = run.Count / run.Elapsed.TotalSeconds;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"decisions: {run.Count:N0} in {run.Elapsed.TotalSeconds:F1} s = {rps:N0}/s sustained; errors {run.Errors}; latency p50 {P(run.Latencies, 0.50):F2} ms, p95 {P(run.Latencies, 0.95):F2} ms, p99 {P(run.Latencies, 0.99):F2} ms; {connections} connections ({client} client), {Environment.ProcessorCount} cores")).ConfigureAwait(false);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"cpu: {cpu.TotalSeconds:F2} s (server and generator) = {cpu.TotalMicroseconds / Math.Max(1, run.Count):F1} µs per decision, {cpu.TotalSeconds / run.Elapsed.TotalSeconds:F2} cores busy; load average at start {load.Split(' ')[0]}")).ConfigureAwait(false);
                await app.StopAsync().ConfigureAwait(false);
                var acknowledged = warm.Count - warm.Errors + run.Count - run.Errors;
                var (recorded, entries, valid) = await AuditedAsync(app.Services).ConfigureAwait(false);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"audit: {recorded:N0} decisions in {entries:N0} decision.batch entries for {acknowledged:N0} acknowledged; chain {(valid ? "verified" : "BROKEN")}")).ConfigureAwait(false);
                return run.Errors == 0 && warm.Errors == 0 && valid && recorded == acknowledged ? 0 : 1;
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<PhaseResult> Phase(ILoadClient client, string[] accounts, int connections, TimeSpan length)
    {
        var stop = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, connections).Select(async w =>
        {
            var lat = new List<double>(1 << 16);
            long errors = 0;
            var i = w;
            await using var connection = await client.ConnectAsync().ConfigureAwait(false);
            while (Stopwatch.GetTimestamp() < stop)
            {
                var t0 = Stopwatch.GetTimestamp();
                var status = await connection.DecideAsync("T" + i.ToString(CultureInfo.InvariantCulture), accounts[i % accounts.Length], accounts[(i * 7 + 3) % accounts.Length], 12_345).ConfigureAwait(false);
                lat.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                if (status != 200)
                {
                    errors++;
                }

                i += connections;
            }

            return (lat, errors);
        }).ToList();
        var results = await Task.WhenAll(workers).ConfigureAwait(false);
        var elapsed = Stopwatch.GetElapsedTime(started);
        var all = results.SelectMany(r => r.lat).ToList();
        return new PhaseResult(all.Count, results.Sum(r => r.errors), all, elapsed);
    }

    // Every decision.batch entry's count, and the chain verified by an auditor of the demo bank.
    private static async Task<(long Decisions, long Entries, bool Valid)> AuditedAsync(IServiceProvider services)
    {
        var store = services.GetRequiredService<ICaseStore>();
        var system = services.GetRequiredService<CaseSystem>();
        long decisions = 0, entries = 0, from = 1;
        while (true)
        {
            var page = await store.ReadAsync(s => s.Audit.EntriesAsync(null, from, 2_000), CancellationToken.None).ConfigureAwait(false);
            foreach (var e in page.Where(e => e.Action == DecisionAuditor.Action))
            {
                using var details = JsonDocument.Parse(e.Details);
                decisions += details.RootElement.GetProperty("count").GetInt64();
                entries++;
            }

            if (page.Count < 2_000)
            {
                break;
            }

            from = page[^1].Sequence + 1;
        }

        var auditor = await system.Administration.ResolveCallerAsync("aud@bank-a", CancellationToken.None).ConfigureAwait(false);
        var verification = await system.Audit.VerifyAsync(auditor, null, CancellationToken.None).ConfigureAwait(false);
        return (decisions, entries, verification.Valid);
    }

    // 1,000 accounts with alerts at every band, 9,000 without: a realistic mix of allow, review and block.
    private static string[] SeedAlerts(AlertBook book)
    {
        var accounts = Enumerable.Range(0, 10_000).Select(i => "62220200" + i.ToString("D11", CultureInfo.InvariantCulture)).ToArray();
        for (var i = 0; i < 1_000; i++)
        {
            var risk = 50 + (i % 50);
            book.Add(new Alert
            {
                AlertId = "L" + i.ToString(CultureInfo.InvariantCulture), EntityKind = "account", Entity = accounts[i * 10], EntityMasked = "6222********" + i,
                Time = "2025-03-01T10:00:00+08:00", Risk = risk, Band = risk >= 90 ? 4 : risk >= 80 ? 3 : risk >= 65 ? 2 : 1, Model = "points",
                Reasons = [new AlertReason { Code = "PASS_THROUGH", Name = "pass-through", Strength = 80, Points = risk, Source = "load test" }],
                Evidence = [], LegalBasis = [], ControlMeasure = risk >= 80 ? ControlMeasure.RestrictNonCounter : ControlMeasure.Reverify,
            }, "bank-a");
        }

        return accounts;
    }

    private static double P(List<double> sorted, double q) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];

    private static int Option(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : fallback;
    }

    private static string Text(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private sealed record PhaseResult(long Count, long Errors, List<double> Latencies, TimeSpan Elapsed);

    private interface ILoadClient : IAsyncDisposable
    {
        Task<ILoadConnection> ConnectAsync();
    }

    private interface ILoadConnection : IAsyncDisposable
    {
        ValueTask<int> DecideAsync(string id, string debit, string credit, long amountFen);
    }

    // Raw sockets: the request written into a reused buffer, one connection per worker.
    private sealed class RawClient(IPEndPoint endpoint, string authority) : ILoadClient
    {
        public async Task<ILoadConnection> ConnectAsync() => new Connection(await RawHttpConnection.OpenAsync(endpoint).ConfigureAwait(false), authority);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private sealed class Connection(RawHttpConnection http, string authority) : ILoadConnection
        {
            private readonly byte[] _head = Encoding.ASCII.GetBytes($"POST /api/v1/decisions HTTP/1.1\r\nHost: {authority}\r\nX-Api-Key: {DemoSeeder.AnalystKey}\r\nContent-Type: application/json\r\nContent-Length: ");
            private readonly byte[] _buffer = new byte[1024];

            public ValueTask<int> DecideAsync(string id, string debit, string credit, long amountFen)
            {
                var body = string.Create(CultureInfo.InvariantCulture, $"{{\"id\":\"{id}\",\"debit\":\"{debit}\",\"credit\":\"{credit}\",\"amount_fen\":{amountFen}}}");
                _head.CopyTo(_buffer, 0);
                var n = _head.Length;
                var bytes = Encoding.UTF8.GetByteCount(body);
                n += Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{bytes}\r\n\r\n"), _buffer.AsSpan(n));
                n += Encoding.UTF8.GetBytes(body, _buffer.AsSpan(n));
                return http.SendAsync(_buffer.AsMemory(0, n));
            }

            public ValueTask DisposeAsync()
            {
                http.Dispose();
                return ValueTask.CompletedTask;
            }
        }
    }

    // HttpClient with JSON content, as an ordinary .NET client would call the API.
    private sealed class HttpClientGenerator : ILoadClient
    {
        private readonly HttpClient _http;

        public HttpClientGenerator(Uri url, int connections)
        {
            _http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = url };
            _http.DefaultRequestHeaders.Add("X-Api-Key", DemoSeeder.AnalystKey);
        }

        public Task<ILoadConnection> ConnectAsync() => Task.FromResult<ILoadConnection>(new Connection(_http));

        public ValueTask DisposeAsync()
        {
            _http.Dispose();
            return ValueTask.CompletedTask;
        }

        private sealed class Connection(HttpClient http) : ILoadConnection
        {
            public async ValueTask<int> DecideAsync(string id, string debit, string credit, long amountFen)
            {
                using var response = await http.PostAsJsonAsync("/api/v1/decisions", new DecisionRequest(id, debit, credit, amountFen), WebJson.Options).ConfigureAwait(false);
                await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                return (int)response.StatusCode;
            }

            public ValueTask DisposeAsync() => ValueTask.CompletedTask;
        }
    }
}
