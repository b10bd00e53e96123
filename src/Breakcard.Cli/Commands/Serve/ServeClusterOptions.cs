using System.CommandLine;
using Breakcard.Cli.Commands.Cluster;
using Breakcard.Cli.Infrastructure;
using Breakcard.Cluster.Hosting;
using Breakcard.Web.Monitoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Breakcard.Cli.Commands.Serve;

/// <summary>
/// <c>breakcard serve --cluster</c>: the options that put the web host's live monitors on a
/// monitoring cluster (ADR 0180) — which cluster, and how to reach it (PostgreSQL membership, or the
/// gateway ports of silos on this machine).
/// </summary>
internal sealed class ServeClusterOptions
{
    private readonly Option<bool> _cluster = new("--cluster") { Description = "Run each institution's live monitor on a monitoring cluster (breakcard cluster silo): one stream per institution, each request answered once the cluster applied it." };
    private readonly Option<string> _id = new("--cluster-id") { Description = "With --cluster: the cluster id the silos were started with.", DefaultValueFactory = _ => "breakcard" };
    private readonly Option<string?> _postgres = new("--cluster-postgres") { Description = "With --cluster: the PostgreSQL connection string of the cluster's membership (silos on other machines)." };
    private readonly Option<int[]> _gateways = new("--cluster-gateways") { Description = "With --cluster and no --cluster-postgres: gateway ports of silos on this machine (comma-separated).", DefaultValueFactory = _ => [30000], CustomParser = ClusterIngestCommand.ParsePorts };

    public void AddTo(Command command)
    {
        command.Options.Add(_cluster);
        command.Options.Add(_id);
        command.Options.Add(_postgres);
        command.Options.Add(_gateways);
    }

    /// <summary>The cluster client, or null without <c>--cluster</c>.</summary>
    public async Task<IHost?> StartClientAsync(ParseResult parse, CliContext cli, CancellationToken cancellationToken)
    {
        if (!parse.GetValue(_cluster))
        {
            return null;
        }

        var postgres = parse.GetValue(_postgres);
        var settings = new ClusterSettings
        {
            ClusterId = parse.GetValue(_id)!,
            Store = postgres is { Length: > 0 } ? ClusterStore.Postgres : ClusterStore.Local,
            Postgres = postgres,
            GatewayPorts = parse.GetValue(_gateways)!,
        };
        Where = settings.Store == ClusterStore.Postgres ? $"{settings.ClusterId} (PostgreSQL membership)" : $"{settings.ClusterId} at 127.0.0.1 ports {string.Join(",", settings.GatewayPorts)}";
        try
        {
            var client = await ClusterClient.StartAsync(settings, cancellationToken).ConfigureAwait(false);
            await cli.Error.WriteLineAsync($"live monitors on the monitoring cluster {Where}").ConfigureAwait(false);
            return client;
        }
        catch (Orleans.Runtime.OrleansException ex)
        {
            throw new IOException($"--cluster: cannot reach cluster {Where}: {ex.Message}", ex);
        }
    }

    private string Where { get; set; } = string.Empty;

    /// <summary>Registers the cluster engines when there is a client (each host start gets streams of its own).</summary>
    public void Register(WebApplicationBuilder builder, IHost? client, TimeProvider time)
    {
        if (client is not null)
        {
            var prefix = "web-" + time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss", System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6] + "-";
            builder.Services.AddSingleton<IMonitorEngineFactory>(new ClusterMonitorEngines(ClusterClient.Of(client), prefix, Where));
        }
    }
}
