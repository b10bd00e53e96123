using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Breakcard.Cli.Commands.Monitor;
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
        var seed = new Option<ulong>("--seed") { Description = "Seed of the simulated city (another seed, another city: the agreement checks then cover other worlds).", DefaultValueFactory = _ => 20_261_122 };
        var runs = new Option<int>("--runs") { Description = "Runs per silo count (the median is reported).", DefaultValueFactory = _ => 3 }.InRange(1, 20);
        var batch = new Option<int>("--batch") { Description = "Events per batch.", DefaultValueFactory = _ => 2_000 }.InRange(1, 1_000_000);
        var shards = new Option<int>("--shards") { Description = "Also measure the sharded mode: one stream split over this many shard grains (0: not measured).", DefaultValueFactory = _ => 0 }.InRange(0, 256);
        var shardedOnly = new Option<bool>("--sharded-only") { Description = "With --shards: measure the sharded mode only (no stream-grain rows)." };
        var allocations = new Option<bool>("--allocations") { Description = "With --shards: also list the types the sharded runs allocate most, the in-process row's apart (sampled; slows the runs, so their timings are not figures)." };
        var model = new Option<FileInfo?>(RiskModelFile.Option) { Description = "A learned model from 'breakcard train' for every engine measured (single process, stream grains, shards); default: the points model." };
        var entities = new Option<bool>("--entities") { Description = "Give every engine measured the simulated city's entity files (people, companies, accounts, phones, devices, links) as reference data, as breakcard monitor reads a world folder's and cluster silo --world loads them; default: entities learned from events only. The sharded rows are checked against the single process." };
        var every = new Option<int>("--checkpoint-every") { Description = "Batches between a stream's or shard's checkpoints, as for cluster silo.", DefaultValueFactory = _ => 32 }.InRange(1, 100_000);
        var command = new Command("bench", "Measure cluster throughput with 1, 2, 3… loopback silos on this machine against the single-process engine.")
        {
            silos, streams, people, days, seed, runs, batch, shards, shardedOnly, every, allocations, model, entities,
        };
        command.SetBody(cli, async (parse, ct) =>
        {
            var risk = RiskModelFile.Load(parse.GetValue(model)?.FullName);
            var root = Path.Combine(Path.GetTempPath(), "breakcard-cluster-bench-" + Guid.NewGuid().ToString("N")[..8]);
            try
            {
                return await RunAsync(cli, root, parse.GetValue(silos)!, parse.GetValue(streams), parse.GetValue(people), parse.GetValue(days), parse.GetValue(seed), parse.GetValue(runs), parse.GetValue(batch), parse.GetValue(shards), parse.GetValue(shardedOnly), parse.GetValue(every), parse.GetValue(allocations), parse.GetValue(entities), risk, ct).ConfigureAwait(false);
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

    private static async Task<int> RunAsync(CliContext cli, string root, int[] siloCounts, int streams, int people, int days, ulong seed, int runs, int batch, int shards, bool shardedOnly, int every, bool allocations, bool withEntities, RiskModelFile model, CancellationToken ct)
    {
        var world = Path.Combine(root, "world");
        await WorldSimulator.RunAsync(new SimulationOptions(people, days, seed, SimulationOptions.DefaultStart, OutputFormat.Jsonl), world, cancellationToken: ct).ConfigureAwait(false);
        List<WireEvent> events;
        using (var input = GatewayInput.Open(world, new QuarantineList()))
        {
            events = [.. input.Events()];
        }

        var reference = BenchReference.Of(world, withEntities, events);
        cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"city: {people:N0} people, {days} days, seed {seed}, {events.Count:N0} events per stream; {streams} streams; {Environment.ProcessorCount} cores; risk model {model.Identity}; reference data: {reference.Describe()}; median of {runs} runs"));
        if (shardedOnly && shards > 0)
        {
            return await ShardedRowsAsync(cli, root, events, siloCounts, runs, batch, shards, every, allocations, model, reference, ct).ConfigureAwait(false);
        }

        var singles = Enumerable.Range(0, runs).Select(r => SingleProcess(events, Path.Combine(root, "single-" + r), DetectionOptions.Default, model, reference)).ToList();
        var single = Median(singles.Select(x => x.Rate));
        cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"single process, one stream: {single:N0} events/s, {Median(singles.Select(x => x.CpuMicros)):0.0} µs CPU per event"));
        // Every stream grain runs the whole engine on the whole stream: each stream's files are the single process's (ADR 0361).
        var streamAgreement = new BenchAgreement(Path.Combine(root, "single-0"), "stream-grain");
        foreach (var n in siloCounts)
        {
            if (n < 1 || n > 16)
            {
                throw new Core.Errors.InvalidInputException($"--silos: {n} is not between 1 and 16");
            }

            var measured = new List<(double Rate, double CpuMicros)>();
            for (var r = 0; r < runs; r++)
            {
                measured.Add(await ClusterRunAsync(events, n, streams, batch, every, r, Path.Combine(root, $"out-{n}-{r}"), model, reference, ct).ConfigureAwait(false));
                for (var k = 0; k < streams; k++)
                {
                    streamAgreement.Check($"{n} silo(s), run {r + 1}, stream {k + 1}", Path.Combine(root, $"out-{n}-{r}", k.ToString(CultureInfo.InvariantCulture)));
                }
            }

            var median = Median(measured.Select(m => m.Rate));
            cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n} silo{(n == 1 ? " " : "s")}: {median:N0} events/s in total ({median / single:0.00}× single process), {Median(measured.Select(m => m.CpuMicros)):0.0} µs CPU per event (silos, gateways and clients); runs: {string.Join(", ", measured.Select(m => m.Rate.ToString("N0", CultureInfo.InvariantCulture)))}"));
        }

        cli.Console.WriteLine(streamAgreement.Report());
        var sharded = shards > 0
            ? await ShardedRowsAsync(cli, root, events, siloCounts, runs, batch, shards, every, allocations, model, reference, ct).ConfigureAwait(false)
            : ExitCodes.Ok;
        return streamAgreement.ExitCode != ExitCodes.Ok ? streamAgreement.ExitCode : sharded;
    }

    /// <summary>
    /// The sharded mode's rows: the single-process engine on the same options, the sharded stages in
    /// one process without Orleans (<see cref="Breakcard.Cluster.Sharding.InProcessShardedRun"/>: gateway
    /// and shard sessions called directly), then one stream in <paramref name="shards"/> shards per silo
    /// count, with its transfer rounds per batch. Each row also says what it allocated and collected
    /// per event (ADR 0276), so the Orleans rows' cost splits into the engine, the sharding and the cluster.
    /// Every sharded run's alerts, scores and summary are compared with the single process's (ADR
    /// 0338, 0361, <see cref="BenchAgreement"/>): a difference is reported and fails the command.
    /// </summary>
    private static async Task<int> ShardedRowsAsync(CliContext cli, string root, List<WireEvent> events, int[] siloCounts, int runs, int batch, int shards, int every, bool allocations, RiskModelFile model, BenchReference reference, CancellationToken ct)
    {
        using var types = allocations ? new AllocationTypes() : null;
        // The in-process row's own sample (ADR 0411): its allocation volume, apart from Orleans'.
        using var inProcessTypes = allocations ? new AllocationTypes() : null;
        // The sharded mode leaves the place indicators out: compare it with the single-process engine on the same options.
        var local = Breakcard.Cluster.Sharding.LocalIndicators.Apply(DetectionOptions.Default);
        var localSingles = Enumerable.Range(0, runs).Select(r => SingleProcess(events, Path.Combine(root, "single-local-" + r), local, model, reference)).ToList();
        var agreement = new BenchAgreement(Path.Combine(root, "single-local-0"), "sharded");
        var localSingle = Median(localSingles.Select(x => x.Rate));
        // Two decimals (ADR 0445): the in-process row is compared as a ratio to this row, and one decimal moved the ratio by ≈ 0.07.
        var singleCpu = Median(localSingles.Select(x => x.Cost.CpuMicros(events.Count)));
        cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"single process, one stream, sharded-mode indicators: {localSingle:N0} events/s, {singleCpu:0.00} µs CPU per event; {Memory(localSingles.Select(x => x.Cost), events.Count)}"));
        var inProcess = new List<ProcessCost>();
        var inProcessNumbering = new List<double>();
        var inProcessBuilds = new List<ProcessCost>();
        var inProcessWire = default(Breakcard.Cluster.Sharding.WireCounts);
        for (var r = 0; r < runs; r++)
        {
            // The run's reference data (one the shards share, ADR 0451, and one for the gateway) is built
            // before the clock starts, as the single row's is (and a silo's, in its start-up): ADR 0403.
            // Its cost is reported apart; the shared one's fingerprint, ownership and trim are inside the clock.
            const int references = 2;
            var building = ProcessCost.Now();
            var built = new Queue<ReferenceData>(Enumerable.Range(0, references).Select(_ => reference.Build(reference.AsOf)));
            var start = ProcessCost.Now();
            inProcessBuilds.Add(start.Since(building));
            var run = new Breakcard.Cluster.Sharding.InProcessShardedRun(shards, batch, asOf => asOf == reference.AsOf && built.TryDequeue(out var data) ? data : reference.Build(asOf), DetectionOptions.Default, model.Create);
            inProcessTypes?.Counting = true;
            await run.RunAsync(events, Path.Combine(root, $"sharded-in-process-{r}"), ct).ConfigureAwait(false);
            inProcessTypes?.Counting = false;
            inProcess.Add(ProcessCost.Now().Since(start));
            inProcessNumbering.Add(run.NumberingCpu.TotalMicroseconds / events.Count);
            if (built.Count > 0)
            {
                throw new InvalidOperationException($"the in-process run left {built.Count} of the {references} reference data built before its clock unused: its stream's first day is not {reference.AsOf:yyyy-MM-dd}");
            }

            inProcessWire = run.Wire;
            agreement.Check($"in process, run {r + 1}", Path.Combine(root, $"sharded-in-process-{r}"));
        }

        cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"in process without Orleans, {shards} shards: {Median(inProcess.Select(c => c.CpuMicros(events.Count))):0.00} µs CPU per event, {Median(inProcess.Select(c => c.CpuMicros(events.Count))) / singleCpu:0.00}× the single row's, its gateway's numbering {Median(inProcessNumbering):0.000} of it (its 2 reference data, the shards' shared one and the gateway's, built before the clock: {Median(inProcessBuilds.Select(c => c.CpuMicros(events.Count))):0.00} µs and {Median(inProcessBuilds.Select(c => c.BytesPer(events.Count))):N0} B per event more); {Memory(inProcess, events.Count)}; {Wire(inProcessWire, shards, events.Count)}"));
        if (inProcessTypes is not null)
        {
            cli.Console.WriteLine("types allocated most in the in-process runs (sampled):");
            foreach (var line in inProcessTypes.Report((long)events.Count * runs, 20))
            {
                cli.Console.WriteLine(line);
            }
        }

        foreach (var n in siloCounts)
        {
            var measured = new List<(double Rate, ProcessCost Cost, IReadOnlyList<int> Rounds, Breakcard.Cluster.Sharding.WireCounts Wire)>();
            for (var r = 0; r < runs; r++)
            {
                measured.Add(await ShardedRunAsync(events, n, shards, batch, every, r, Path.Combine(root, $"sharded-{n}-{r}"), types, model, reference, ct).ConfigureAwait(false));
                agreement.Check($"{n} silo(s), run {r + 1}", Path.Combine(root, $"sharded-{n}-{r}"));
            }

            var median = Median(measured.Select(m => m.Rate));
            var rounds = measured[0].Rounds.Select(x => (double)x).ToList();
            cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{n} silo{(n == 1 ? " " : "s")}, one stream in {shards} shards: {median:N0} events/s ({median / localSingle:0.00}× single process), {Median(measured.Select(m => m.Cost.CpuMicros(events.Count))):0.0} µs CPU per event; " +
                $"transfer rounds per batch: median {Median(rounds):0}, p90 {Percentile(rounds, 0.9):0}, max {rounds.Max():0} over {rounds.Count} batches; {Memory(measured.Select(m => m.Cost), events.Count)}; {Wire(measured[0].Wire, shards, events.Count)}; runs: {string.Join(", ", measured.Select(m => m.Rate.ToString("N0", CultureInfo.InvariantCulture)))}"));
        }

        if (types is not null)
        {
            cli.Console.WriteLine("types allocated most in the sharded runs (sampled):");
            foreach (var line in types.Report((long)events.Count * runs * siloCounts.Length, 20))
            {
                cli.Console.WriteLine(line);
            }
        }

        // Last (ADR 0477): its runs' garbage would otherwise move the collections inside the rows above (ADR 0462).
        cli.Console.WriteLine(NumberingBench.Row(events, reference, batch, shards, runs));
        cli.Console.WriteLine(agreement.Report());
        return agreement.ExitCode;
    }

    /// <summary>Medians of the runs' allocation and collections per event.</summary>
    private static string Memory(IEnumerable<ProcessCost> costs, long events)
    {
        var list = costs.ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"allocated {Median(list.Select(c => c.BytesPer(events))):N0} B per event, GC paused {Median(list.Select(c => c.PauseMicros(events))):0.00} µs per event, collections gen0/1/2 {Median(list.Select(c => (double)c.Gen0)):0}/{Median(list.Select(c => (double)c.Gen1)):0}/{Median(list.Select(c => (double)c.Gen2)):0} per run");
    }

    /// <summary>What the gateway sent its shards per event (ADR 0387) and how many items its shards apply per released event (ADR 0445): counted, the same on every run of one input.</summary>
    private static string Wire(Breakcard.Cluster.Sharding.WireCounts wire, int shards, long events)
    {
        var bytes = wire.RoundBytes + wire.ItemBytes == 0 ? string.Empty
            : string.Create(CultureInfo.InvariantCulture,
                $"sent to shards {(double)(wire.RoundBytes + wire.ItemBytes) / events:0.0} B per event (place rounds {(double)wire.RoundBytes / events:0.0} of which identifiers {(double)wire.KeyBytes / events:0.0}, every text to every shard would be {(double)wire.EveryTextKeyBytes / events:0.0}; items {(double)wire.ItemBytes / events:0.0}), ");
        return string.Create(CultureInfo.InvariantCulture,
            $"{bytes}new identifiers {1000.0 * wire.NewKeys / events:0.0} per 1,000 events, identifier texts decoded {1000.0 * wire.KeyTexts / shards / events:0.00} per shard per 1,000 events; " +
            $"shard items {(double)wire.Items / Math.Max(1, wire.Released):0.000} per released event (split transfer sides {(double)wire.SplitSides / Math.Max(1, wire.Released):0.000}; released {(double)wire.Released / events:0.000} per event), place items {(double)wire.PlaceItems / Math.Max(1, wire.Released):0.000} per released event");
    }

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[Math.Min(sorted.Length - 1, (int)Math.Floor(p * sorted.Length))];
    }

    private static (double Rate, double CpuMicros, ProcessCost Cost) SingleProcess(List<WireEvent> events, string output, DetectionOptions options, RiskModelFile model, BenchReference reference)
    {
        // Built before the clock starts: the cluster rows build theirs in the silos' start-up, which is not timed either.
        var data = reference.Build(reference.AsOf);
        var start = ProcessCost.Now();
        var clock = Stopwatch.StartNew();
        using (var session = new MonitorSession(data, options, model.Create(options), output))
        {
            session.Feed(events);
            session.Finish();
        }

        var cost = ProcessCost.Now().Since(start);
        return (events.Count / clock.Elapsed.TotalSeconds, cost.CpuMicros(events.Count), cost);
    }

    private static async Task<(double Rate, double CpuMicros)> ClusterRunAsync(List<WireEvent> events, int silos, int streams, int batch, int every, int run, string output, RiskModelFile model, BenchReference reference, CancellationToken ct)
    {
        await using var cluster = await LoopbackCluster.StartAsync(silos, checkpointEvery: every, runtime: s => reference.Runtime(s, model)).ConfigureAwait(false);
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

    private static async Task<(double Rate, ProcessCost Cost, IReadOnlyList<int> Rounds, Breakcard.Cluster.Sharding.WireCounts Wire)> ShardedRunAsync(List<WireEvent> events, int silos, int shards, int batch, int every, int run, string output, AllocationTypes? types, RiskModelFile model, BenchReference reference, CancellationToken ct)
    {
        await using var cluster = await LoopbackCluster.StartAsync(silos, checkpointEvery: every, runtime: s => reference.Runtime(s, model)).ConfigureAwait(false);
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings([.. Enumerable.Range(0, silos)]), ct).ConfigureAwait(false);
        var start = ProcessCost.Now();
        var clock = Stopwatch.StartNew();
        var gateway = new Breakcard.Cluster.Sharding.ShardedGateway(ClusterClient.Of(client), shards, new GatewayOptions { BatchSize = batch }, reference.World, model: model.Identity);
        types?.Counting = true;
        await gateway.RunAsync($"sharded-{run}", events, output, ct).ConfigureAwait(false);
        types?.Counting = false;
        return (events.Count / clock.Elapsed.TotalSeconds, ProcessCost.Now().Since(start), gateway.RoundsPerBatch, gateway.Wire);
    }

    /// <summary>The median of <paramref name="values"/> (the mean of the middle two for an even count).</summary>
    internal static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
