using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Hosting;
using Breakcard.Detection;
using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;
using Breakcard.Ingest.Quarantine;
using Breakcard.Simulation;
using Spectre.Console;

namespace Breakcard.Cli.Commands.Cluster;

/// <summary>
/// <c>breakcard cluster bench</c>: simulates a small city, then feeds its events as several
/// independent streams to loopback clusters of 1, 2, 3… silos in this process (each stream's
/// gateway connects to a different silo, so streams spread), and reports total events per second,
/// the median of several runs, next to the single-process engine on one stream.
/// </summary>
internal static class ClusterBenchCommand
{
    public static Command Create(CliContext cli)
    {
        var silos = new Option<int[]>("--silos") { Description = "Silo counts to measure (comma-separated).", DefaultValueFactory = _ => [1, 2, 3], CustomParser = ClusterIngestCommand.ParsePorts };
        var streams = new Option<int>("--streams") { Description = "Independent streams fed at once (one grain each).", DefaultValueFactory = _ => 3 }.InRange(1, 64);
        var people = new Option<int>("--people") { Description = "Population of the simulated city.", DefaultValueFactory = _ => 3_000 }.InRange(SimulationOptions.MinPeople, 200_000);
        var days = new Option<int>("--days") { Description = "Days simulated.", DefaultValueFactory = _ => 10 }.InRange(1, 60);
        var runs = new Option<int>("--runs") { Description = "Runs per silo count (the median is reported).", DefaultValueFactory = _ => 3 }.InRange(1, 20);
        var batch = new Option<int>("--batch") { Description = "Events per batch.", DefaultValueFactory = _ => 2_000 }.InRange(1, 1_000_000);
        var shards = new Option<int>("--shards") { Description = "Also measure the sharded mode: one stream split over this many shard grains (0: not measured).", DefaultValueFactory = _ => 0 }.InRange(0, 256);
        var shardedOnly = new Option<bool>("--sharded-only") { Description = "With --shards: measure the sharded mode only (no stream-grain rows)." };
        var command = new Command("bench", "Measure cluster throughput with 1, 2, 3… loopback silos on this machine against the single-process engine.")
        {
            silos, streams, people, days, runs, batch, shards, shardedOnly,
        };
        command.SetBody(cli, async (parse, ct) =>
        {
            var root = Path.Combine(Path.GetTempPath(), "breakcard-cluster-bench-" + Guid.NewGuid().ToString("N")[..8]);
            try
            {
                return await RunAsync(cli, root, parse.GetValue(silos)!, parse.GetValue(streams), parse.GetValue(people), parse.GetValue(days), parse.GetValue(runs), parse.GetValue(batch), parse.GetValue(shards), parse.GetValue(shardedOnly), ct).ConfigureAwait(false);
            }
            finally
            {
                if (Directory.Exists(root))
                {
                    Directory.Delete(root, recursive: true);
                }
            }
        });
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, string root, int[] siloCounts, int streams, int people, int days, int runs, int batch, int shards, bool shardedOnly, CancellationToken ct)
    {
        var world = Path.Combine(root, "world");
        await WorldSimulator.RunAsync(new SimulationOptions(people, days, 20_261_122, SimulationOptions.DefaultStart, OutputFormat.Jsonl), world, cancellationToken: ct).ConfigureAwait(false);
        List<WireEvent> events;
        using (var input = GatewayInput.Open(world, new QuarantineList()))
        {
            events = [.. input.Events()];
        }

        cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"city: {people:N0} people, {days} days, {events.Count:N0} events per stream; {streams} streams; {Environment.ProcessorCount} cores; median of {runs} runs"));
        if (shardedOnly && shards > 0)
        {
            await ShardedRowsAsync(cli, root, events, siloCounts, runs, batch, shards, ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        var singles = Enumerable.Range(0, runs).Select(r => SingleProcess(events, Path.Combine(root, "single-" + r))).ToList();
        var single = Median(singles.Select(x => x.Rate));
        cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"single process, one stream: {single:N0} events/s, {Median(singles.Select(x => x.CpuMicros)):0.0} µs CPU per event"));
        foreach (var n in siloCounts)
        {
            if (n < 1 || n > 16)
            {
                throw new Core.Errors.InvalidInputException($"--silos: {n} is not between 1 and 16");
            }

            var measured = new List<(double Rate, double CpuMicros)>();
            for (var r = 0; r < runs; r++)
            {
                measured.Add(await ClusterRunAsync(events, n, streams, batch, r, Path.Combine(root, $"out-{n}-{r}"), ct).ConfigureAwait(false));
            }

            var median = Median(measured.Select(m => m.Rate));
            cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n} silo{(n == 1 ? " " : "s")}: {median:N0} events/s in total ({median / single:0.00}× single process), {Median(measured.Select(m => m.CpuMicros)):0.0} µs CPU per event (silos, gateways and clients); runs: {string.Join(", ", measured.Select(m => m.Rate.ToString("N0", CultureInfo.InvariantCulture)))}"));
        }

        if (shards > 0)
        {
            await ShardedRowsAsync(cli, root, events, siloCounts, runs, batch, shards, ct).ConfigureAwait(false);
        }

        return ExitCodes.Ok;
    }

    /// <summary>The sharded mode's rows: the single-process engine on the same options, then one stream in <paramref name="shards"/> shards per silo count, with its transfer rounds per batch.</summary>
    private static async Task ShardedRowsAsync(CliContext cli, string root, List<WireEvent> events, int[] siloCounts, int runs, int batch, int shards, CancellationToken ct)
    {
        // The sharded mode leaves the place indicators out: compare it with the single-process engine on the same options.
        var local = Breakcard.Cluster.Sharding.LocalIndicators.Apply(DetectionOptions.Default);
        var localSingles = Enumerable.Range(0, runs).Select(r => SingleProcess(events, Path.Combine(root, "single-local-" + r), local)).ToList();
        var localSingle = Median(localSingles.Select(x => x.Rate));
        cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"single process, one stream, sharded-mode indicators: {localSingle:N0} events/s, {Median(localSingles.Select(x => x.CpuMicros)):0.0} µs CPU per event"));
        foreach (var n in siloCounts)
        {
            var measured = new List<(double Rate, double CpuMicros, IReadOnlyList<int> Rounds)>();
            for (var r = 0; r < runs; r++)
            {
                measured.Add(await ShardedRunAsync(events, n, shards, batch, r, Path.Combine(root, $"sharded-{n}-{r}"), ct).ConfigureAwait(false));
            }

            var median = Median(measured.Select(m => m.Rate));
            var rounds = measured[0].Rounds.Select(x => (double)x).ToList();
            cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n} silo{(n == 1 ? " " : "s")}, one stream in {shards} shards: {median:N0} events/s ({median / localSingle:0.00}× single process), {Median(measured.Select(m => m.CpuMicros)):0.0} µs CPU per event; " +
                $"transfer rounds per batch: median {Median(rounds):0}, p90 {Percentile(rounds, 0.9):0}, max {rounds.Max():0} over {rounds.Count} batches; runs: {string.Join(", ", measured.Select(m => m.Rate.ToString("N0", CultureInfo.InvariantCulture)))}"));
        }
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Floor(p * sorted.Length))];
    }

    private static (double Rate, double CpuMicros) SingleProcess(List<WireEvent> events, string output, DetectionOptions? options = null)
    {
        options ??= DetectionOptions.Default;
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        using (var session = new MonitorSession(ReferenceData.Empty(), options, new PointsModel(options), output))
        {
            session.Feed(events);
            session.Finish();
        }

        return (events.Count / clock.Elapsed.TotalSeconds, (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / events.Count);
    }

    private static async Task<(double Rate, double CpuMicros)> ClusterRunAsync(List<WireEvent> events, int silos, int streams, int batch, int run, string output, CancellationToken ct)
    {
        await using var cluster = await LoopbackCluster.StartAsync(silos, checkpointEvery: 32).ConfigureAwait(false);
        var clients = new List<Microsoft.Extensions.Hosting.IHost>();
        try
        {
            for (var k = 0; k < streams; k++)
            {
                clients.Add(await ClusterClient.StartAsync(cluster.ClientSettings(k % silos), ct).ConfigureAwait(false));
            }

            var cpu = Environment.CpuUsage.TotalTime;
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(clients.Select((c, k) => Task.Run(() => new IngestGateway(ClusterClient.Of(c), new GatewayOptions { BatchSize = batch })
                .RunAsync($"bench-{run}-{k}", events, Path.Combine(output, k.ToString(CultureInfo.InvariantCulture)), ct), ct))).ConfigureAwait(false);
            var total = (double)events.Count * streams;
            return (total / clock.Elapsed.TotalSeconds, (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / total);
        }
        finally
        {
            foreach (var c in clients)
            {
                c.Dispose();
            }
        }
    }

    private static async Task<(double Rate, double CpuMicros, IReadOnlyList<int> Rounds)> ShardedRunAsync(List<WireEvent> events, int silos, int shards, int batch, int run, string output, CancellationToken ct)
    {
        await using var cluster = await LoopbackCluster.StartAsync(silos, checkpointEvery: 32).ConfigureAwait(false);
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings([.. Enumerable.Range(0, silos)]), ct).ConfigureAwait(false);
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        var gateway = new Breakcard.Cluster.Sharding.ShardedGateway(ClusterClient.Of(client), shards, new GatewayOptions { BatchSize = batch });
        await gateway.RunAsync($"sharded-{run}", events, output, ct).ConfigureAwait(false);
        return (events.Count / clock.Elapsed.TotalSeconds, (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / events.Count, gateway.RoundsPerBatch);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
