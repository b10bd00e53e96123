using System.CommandLine;
using Breakcard.Cli.Commands.Cluster;
using Breakcard.Cli.Infrastructure;

namespace Breakcard.Cli.Commands;

/// <summary>
/// <c>breakcard cluster</c>: the monitoring engine on a Microsoft Orleans cluster (docs/cluster.md).
/// <c>silo</c> runs one silo until stopped; <c>ingest</c> feeds an input to the cluster as one
/// stream and writes the alerts; <c>bench</c> measures throughput with 1, 2, 3… silos on this machine.
/// </summary>
public static class ClusterCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli) =>
        new("cluster", "Run the monitoring engine on a Microsoft Orleans cluster: silos, the ingestion gateway, and a scale-out benchmark.")
        {
            ClusterSiloCommand.Create(cli),
            ClusterIngestCommand.Create(cli),
            ClusterBenchCommand.Create(cli),
        };
}
