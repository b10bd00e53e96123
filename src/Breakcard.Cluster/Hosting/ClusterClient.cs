using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace Breakcard.Cluster.Hosting;

/// <summary>Connects a client (the ingestion gateway) to a cluster.</summary>
public static class ClusterClient
{
    /// <summary>Starts a client host; <c>host.Services.GetRequiredService&lt;IClusterClient&gt;()</c> is the client.</summary>
    public static async Task<IHost> StartAsync(ClusterSettings settings, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var host = new HostBuilder()
            .ConfigureLogging(l => l.SetMinimumLevel(LogLevel.Warning))
            .UseOrleansClient(client =>
            {
                client.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = settings.ClusterId;
                    o.ServiceId = ClusterNames.ServiceId;
                });
                if (settings.Store == ClusterStore.Postgres)
                {
                    client.UseAdoNetClustering(o =>
                    {
                        o.Invariant = Storage.ClusterSchema.Invariant;
                        o.ConnectionString = settings.Postgres;
                    });
                }
                else
                {
                    client.UseStaticClustering([.. settings.GatewayPorts.Select(p => new IPEndPoint(IPAddress.Loopback, p))]);
                }

                // A call to a silo that died fails within this time and the gateway re-sends.
                client.Configure<MessagingOptions>(o => o.ResponseTimeout = TimeSpan.FromSeconds(15));
                client.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(2));
            })
            .Build();
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        return host;
    }

    /// <summary>The client of a started client host.</summary>
    public static IClusterClient Of(IHost host) => host.Services.GetRequiredService<IClusterClient>();
}
