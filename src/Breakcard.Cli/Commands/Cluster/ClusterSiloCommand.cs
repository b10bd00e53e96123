using System.CommandLine;
using Breakcard.Cli.Infrastructure;
using System.Globalization;
using Breakcard.Cluster.Hosting;
using Breakcard.Core.Errors;
using Breakcard.Ingest.Quarantine;
using Spectre.Console;

namespace Breakcard.Cli.Commands.Cluster;

/// <summary><c>breakcard cluster silo</c>: runs one silo on loopback-or-any ports until Ctrl-C.</summary>
internal static class ClusterSiloCommand
{
    public static Command Create(CliContext cli)
    {
        var shared = new ClusterOptions();
        var port = new Option<int>("--port") { Description = "This silo's port for silo-to-silo traffic.", DefaultValueFactory = _ => 11111 }.InRange(1, 65535);
        var gatewayPort = new Option<int>("--gateway-port") { Description = "This silo's port for gateways (clients).", DefaultValueFactory = _ => 30000 }.InRange(1, 65535);
        var primary = new Option<int>("--primary-port") { Description = "Without --postgres: the primary silo's --port (membership lives there; start it first).", DefaultValueFactory = _ => 11111 }.InRange(1, 65535);
        var every = new Option<int>("--checkpoint-every") { Description = "Batches between a stream's checkpoints (more: less storage traffic, longer replay after a failure).", DefaultValueFactory = _ => 32 }.InRange(1, 100_000);
        var advertise = new Option<string>("--advertise") { Description = "With --postgres: the IP address other machines reach this silo at.", DefaultValueFactory = _ => "127.0.0.1" };
        advertise.Validators.Add(r =>
        {
            if (!System.Net.IPAddress.TryParse(r.GetValueOrDefault<string>(), out _))
            {
                r.AddError($"Option '--advertise': '{r.GetValueOrDefault<string>()}' is not an IP address.");
            }
        });
        var world = new Option<DirectoryInfo?>("--world") { Description = "A world folder whose entity files (people, companies, accounts, phones, devices, links) give the reference data, as for breakcard monitor; every silo needs the same. Without it, entities are learned from events only." };
        var command = new Command("silo", "Run one silo of a monitoring cluster until stopped (Ctrl-C or SIGTERM). Start the primary (or any, with --postgres) first.")
        {
            port, gatewayPort, primary, every, advertise, world,
        };
        shared.AddTo(command);
        command.SetBody(cli, async (parse, ct) =>
        {
            var settings = shared.Read(parse) with
            {
                SiloPort = parse.GetValue(port),
                GatewayPort = parse.GetValue(gatewayPort),
                PrimarySiloPort = parse.GetValue(primary),
                CheckpointEveryBatches = parse.GetValue(every),
                AdvertisedAddress = parse.GetValue(advertise)!,
                // Per process: a silo started again on the same port (after a crash) never shares working files with its predecessor.
                ScratchFolder = Path.Combine(Path.GetTempPath(), "breakcard-cluster-scratch", string.Create(CultureInfo.InvariantCulture, $"{parse.GetValue(port)}-{Environment.ProcessId}")),
            };
            var detection = shared.ReadDetection(parse);
            var model = shared.ReadModel(parse);
            var runtime = MonitorRuntime.EventsOnly(settings, detection, model.Create);
            if (parse.GetValue(world) is { } folder)
            {
                if (!folder.Exists)
                {
                    throw new InvalidInputException(new InputError(folder.FullName, null, null, "the world folder does not exist"));
                }

                Directory.CreateDirectory(settings.StateFolder);
                var quarantinePath = Path.Combine(settings.StateFolder, $"entity-quarantine-{settings.SiloPort}.csv");
                using var quarantine = QuarantineCsvWriter.Create(quarantinePath);
                var reference = WorldReference.Read(folder.FullName, quarantine);
                runtime = MonitorRuntime.OverWorld(reference, settings, detection, model.Create);
                cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"reference data: {reference.Counts.Sum(c => c.Accepted):N0} entities from {folder.FullName}; {quarantine.Count:N0} rows quarantined ({quarantinePath})"));
            }

            // A service manager stops a silo with SIGTERM: leave the cluster gracefully then too.
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
            using var term = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, signal =>
            {
                signal.Cancel = true;
                stop.Cancel();
            });
            using var host = await SiloHost.StartAsync(settings, runtime, cancellationToken: ct).ConfigureAwait(false);
            cli.Console.WriteLine($"silo up: cluster {settings.ClusterId}, silo port {settings.SiloPort}, gateway port {settings.GatewayPort}, " +
                (settings.Store == ClusterStore.Postgres ? "membership and checkpoints in PostgreSQL" : $"primary {settings.PrimarySiloPort}, checkpoints in {settings.StateFolder}") + $"; risk model {model.Identity}. Ctrl-C to stop.");
            var up = ProcessCost.Now();
            try
            {
                await Task.Delay(Timeout.Infinite, stop.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl-C: leave the cluster gracefully below.
            }

            // What serving cost this silo, start-up and shutdown excluded: its share of the sharded mode's cost (ADR 0276).
            var served = ProcessCost.Now().Since(up);
            await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            if (Directory.Exists(settings.ScratchFolder))
            {
                Directory.Delete(settings.ScratchFolder, recursive: true);
            }

            cli.Console.WriteLine("silo stopped; while up: " + served.Describe(0));
            return ExitCodes.Ok;
        });
        return command;
    }
}
