using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
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
/// and reports sustained requests per second and latency percentiles. The load generator runs in
/// the same process, so its CPU use counts against the figures.
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
        if (seconds is < 1 or > 120 || connections is < 1 or > 512 || warmup is < 0 or > 60)
        {
            await output.WriteLineAsync("loadtest: --seconds 1..120, --connections 1..512, --warmup 0..60").ConfigureAwait(false);
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
            var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            if (!new Uri(url).IsLoopback)
            {
                throw new InvalidOperationException("the load test runs on loopback only");
            }

            using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) }) { BaseAddress = new Uri(url) };
            http.DefaultRequestHeaders.Add("X-Api-Key", DemoSeeder.AnalystKey);
            await Phase(http, accounts, connections, TimeSpan.FromSeconds(warmup)).ConfigureAwait(false);
            var (count, errors, latencies, elapsed) = await Phase(http, accounts, connections, TimeSpan.FromSeconds(seconds)).ConfigureAwait(false);
            latencies.Sort();
            var rps = count / elapsed.TotalSeconds;
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"decisions: {count:N0} in {elapsed.TotalSeconds:F1} s = {rps:N0}/s sustained; errors {errors}; latency p50 {P(latencies, 0.50):F2} ms, p95 {P(latencies, 0.95):F2} ms, p99 {P(latencies, 0.99):F2} ms; {connections} connections, {Environment.ProcessorCount} cores")).ConfigureAwait(false);
            await app.StopAsync().ConfigureAwait(false);
            return errors == 0 ? 0 : 1;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static async Task<(long Count, long Errors, List<double> Latencies, TimeSpan Elapsed)> Phase(HttpClient http, string[] accounts, int connections, TimeSpan length)
    {
        var stop = Stopwatch.GetTimestamp() + (long)(length.TotalSeconds * Stopwatch.Frequency);
        var started = Stopwatch.GetTimestamp();
        var workers = Enumerable.Range(0, connections).Select(async w =>
        {
            var lat = new List<double>(1 << 16);
            long errors = 0;
            var i = w;
            while (Stopwatch.GetTimestamp() < stop)
            {
                var request = new DecisionRequest("T" + i.ToString(CultureInfo.InvariantCulture), accounts[i % accounts.Length], accounts[(i * 7 + 3) % accounts.Length], 12_345);
                var t0 = Stopwatch.GetTimestamp();
                using var response = await http.PostAsJsonAsync("/api/v1/decisions", request, WebJson.Options).ConfigureAwait(false);
                await response.Content.ReadAsByteArrayAsync().ConfigureAwait(false);
                lat.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
                if (!response.IsSuccessStatusCode)
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
        return (all.Count, results.Sum(r => r.errors), all, elapsed);
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
}
