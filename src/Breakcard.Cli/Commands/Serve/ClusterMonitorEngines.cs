using Breakcard.Cluster.Gateway;
using Breakcard.Web.Links;
using Breakcard.Web.Monitoring;

namespace Breakcard.Cli.Commands.Serve;

/// <summary>
/// The web host's engines on a monitoring cluster (<c>breakcard serve --cluster</c>, ADR 0180): one
/// stream per institution, named <paramref name="streamPrefix"/> + the institution id (a stream
/// takes one producer from its first batch on, so every host start uses a new prefix). The silos
/// hold the reference data (<c>breakcard cluster silo --world</c>); the web's own world feeds
/// link analysis only.
/// </summary>
internal sealed class ClusterMonitorEngines(IClusterClient client, string streamPrefix, string where, GatewayOptions? gateway = null) : IMonitorEngineFactory
{
    /// <summary>The stream's options; events per batch are the monitor's commit, so each commit is one batch.</summary>
    public GatewayOptions Options { get; } = (gateway ?? new GatewayOptions()) with { BatchSize = InstitutionMonitor.CommitEvery };

    public string Description => $"on the monitoring cluster {where}, streams {streamPrefix}<institution>";

    public async Task<IMonitorEngine> CreateAsync(string institutionId, string folder, ReferenceWorld? world, CancellationToken cancellationToken)
    {
        var name = streamPrefix + institutionId;
        var open = ClusterStream.OpenAsync(client, name, folder, Options, cancellationToken: cancellationToken);
        await ClusterMonitorEngine.Unavailable(open, $"cannot open stream {name} on the monitoring cluster {where}; no event was applied").ConfigureAwait(false);
        return new ClusterMonitorEngine(await open.ConfigureAwait(false), Options.BatchSize);
    }
}
