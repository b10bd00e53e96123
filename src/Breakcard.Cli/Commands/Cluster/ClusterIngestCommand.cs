using System.CommandLine;
using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Hosting;
using Breakcard.Core.Errors;
using Breakcard.Ingest.Quarantine;
using Spectre.Console;

namespace Breakcard.Cli.Commands.Cluster;

/// <summary>
/// <c>breakcard cluster ingest</c>: the ingestion gateway. Reads the same inputs as
/// <c>breakcard ingest</c> (a world folder or an event file; bad records to quarantine.csv), sends
/// them as one stream, waits for each batch (back-pressure), survives silo failures, and writes
/// alerts.jsonl, scores.csv, summary.json and rejected.csv as a single-process run would.
/// </summary>
internal static class ClusterIngestCommand
{
    public static Command Create(CliContext cli)
    {
        var shared = new ClusterOptions();
        var input = new Option<FileSystemInfo>("--input") { Description = "A world folder (events.jsonl or the CSV event files) or one event file.", Required = true }.MustExist();
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for alerts.jsonl, scores.csv, summary.json, rejected.csv and quarantine.csv.", Required = true };
        var stream = new Option<string>("--stream") { Description = "Stream name (one grain per stream, e.g. the institution); must be new to the cluster.", Required = true };
        var gateways = new Option<int[]>("--gateways") { Description = "Without --postgres: gateway ports of the silos to connect to (comma-separated).", DefaultValueFactory = _ => [30000], CustomParser = ParsePorts };
        var batch = new Option<int>("--batch") { Description = "Events per batch.", DefaultValueFactory = _ => 2_000 }.InRange(1, 1_000_000);
        var shards = new Option<int>("--shards") { Description = "Split the stream over this many shard grains by entity (the sharded mode, ADR 0155, 0178, 0185: every indicator but shared device and SIM cluster; shards checkpoint and resume after a silo is lost). 0: one grain for the whole stream (every indicator, checkpoints).", DefaultValueFactory = _ => 0 }.InRange(0, 4096);
        var world = new Option<DirectoryInfo?>("--world") { Description = "With --shards: the world folder whose entity files the silos load (cluster silo --world); shards own a holder's accounts and phones together, so the gateway must route by the same holders." };
        var command = new Command("ingest", "Feed an input to the monitoring cluster as one stream and write its alerts (exactly once, across silo failures).")
        {
            input, output, stream, gateways, batch, shards, world,
        };
        shared.AddTo(command);
        command.SetBody(cli, async (parse, ct) =>
        {
            var settings = shared.Read(parse) with { GatewayPorts = parse.GetValue(gateways)! };
            var detection = shared.ReadDetection(parse);
            var model = shared.ReadModel(parse);
            var outFolder = parse.GetValue(output)!.FullName;
            Directory.CreateDirectory(outFolder);
            using var quarantine = QuarantineCsvWriter.Create(Path.Combine(outFolder, "quarantine.csv"));
            using var source = GatewayInput.Open(parse.GetValue(input)!.FullName, quarantine);
            // Input errors before connecting: a bad world folder, options or model file never waits for a cluster.
            var entities = parse.GetValue(world) is { } folder ? ReadWorld(cli, folder, outFolder) : null;
            Microsoft.Extensions.Hosting.IHost client;
            try
            {
                client = await ClusterClient.StartAsync(settings, ct).ConfigureAwait(false);
            }
            catch (Orleans.Runtime.OrleansException ex)
            {
                throw new IOException($"cannot reach cluster {settings.ClusterId} " +
                    (settings.Store == ClusterStore.Postgres ? "through the PostgreSQL membership" : $"at gateway ports {string.Join(",", settings.GatewayPorts)}") + $": {ex.Message}", ex);
            }

            using var clientHost = client;
            var options = new GatewayOptions { BatchSize = parse.GetValue(batch) };
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var cost = ProcessCost.Now();
            var result = parse.GetValue(shards) is > 0 and var n
                ? await new Breakcard.Cluster.Sharding.ShardedGateway(ClusterClient.Of(client), n, options, entities, detection, model.Identity).RunAsync(parse.GetValue(stream)!, source.Events(), outFolder, ct).ConfigureAwait(false)
                : await new IngestGateway(ClusterClient.Of(client), options).RunAsync(parse.GetValue(stream)!, source.Events(), outFolder, ct).ConfigureAwait(false);
            quarantine.Flush();
            var seconds = Math.Max(clock.Elapsed.TotalSeconds, 1e-3);
            cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"stream {result.Stream}: {result.Events:N0} events in {result.Batches:N0} batches, {result.Alerts:N0} alerts, {source.Counts.Quarantined:N0} records quarantined; " +
                $"{result.Events / seconds:N0} events/s; {result.Failovers} failed calls, {result.Resends} batches re-sent; silos: {string.Join(", ", result.Silos)}"));
            // The gateway's own share of the sharded mode's cost, beside what each silo reports when it stops (ADR 0276).
            cli.Console.WriteLine("gateway process during the stream (reading the input included): " + ProcessCost.Now().Since(cost).Describe(result.Events));
            cli.Console.WriteLine($"outputs in {outFolder}");
            await client.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// The entity files of <paramref name="folder"/> (rows the silos would quarantine too go to
    /// entity-quarantine.csv, and their count is printed, as <c>cluster silo</c> prints its own).
    /// </summary>
    private static WorldReference ReadWorld(CliContext cli, DirectoryInfo folder, string outFolder)
    {
        if (!folder.Exists)
        {
            throw new InvalidInputException(new InputError(folder.FullName, null, null, "the world folder does not exist"));
        }

        var quarantinePath = Path.Combine(outFolder, "entity-quarantine.csv");
        using var quarantine = QuarantineCsvWriter.Create(quarantinePath);
        var reference = WorldReference.Read(folder.FullName, quarantine);
        cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"reference data: {reference.Counts.Sum(c => c.Accepted):N0} entities from {folder.FullName}; {quarantine.Count:N0} rows quarantined ({quarantinePath})"));
        return reference;
    }

    internal static int[] ParsePorts(System.CommandLine.Parsing.ArgumentResult result)
    {
        var ports = new List<int>();
        foreach (var token in result.Tokens.SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
        {
            if (!int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            {
                result.AddError($"Option '{(result.Parent as System.CommandLine.Parsing.OptionResult)?.Option.Name ?? "--gateways"}': '{token}' is not a port (1–65535).");
                return [];
            }

            ports.Add(port);
        }

        return [.. ports];
    }
}
