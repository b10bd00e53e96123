using System.Net;
using Breakcard.Cluster.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Orleans.Configuration;
using Orleans.Serialization;
using Orleans.Storage;

namespace Breakcard.Cluster.Hosting;

/// <summary>
/// Builds and starts one silo: membership (localhost with a primary silo, or PostgreSQL through
/// Orleans' ADO.NET clustering), the checkpoint storage (a shared folder, or PostgreSQL), the
/// stream runtime, and failure detection tuned for <see cref="ClusterSettings.DeathSeconds"/>.
/// With PostgreSQL the silo applies the schema scripts before it joins.
/// </summary>
public static class SiloHost
{
    /// <summary>
    /// Starts a silo and returns its host (stop it to leave the cluster); <paramref name="configure"/>
    /// may add to the silo's configuration (tests add a grain call filter that slows the cluster).
    /// </summary>
    public static async Task<IHost> StartAsync(ClusterSettings settings, MonitorRuntime runtime, Action<ILoggingBuilder>? logging = null, CancellationToken cancellationToken = default,
        Action<ISiloBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(runtime);
        NpgsqlDataSource? db = null;
        if (settings.Store == ClusterStore.Postgres)
        {
            db = NpgsqlDataSource.Create(settings.Postgres ?? throw new ArgumentException("a PostgreSQL cluster needs a connection string", nameof(settings)));
            await ClusterSchema.ApplyAsync(db, cancellationToken).ConfigureAwait(false);
        }

        var host = new HostBuilder()
            .ConfigureLogging(l =>
            {
                l.SetMinimumLevel(LogLevel.Warning);
                logging?.Invoke(l);
            })
            .UseOrleans(silo =>
            {
                silo.Configure<ClusterOptions>(o =>
                {
                    o.ClusterId = settings.ClusterId;
                    o.ServiceId = ClusterNames.ServiceId;
                });
                if (db is null)
                {
                    silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, new IPEndPoint(IPAddress.Loopback, settings.PrimarySiloPort),
                        ClusterNames.ServiceId, settings.ClusterId);
                }
                else
                {
                    silo.Configure<EndpointOptions>(o =>
                    {
                        o.AdvertisedIPAddress = IPAddress.Parse(settings.AdvertisedAddress);
                        o.SiloPort = settings.SiloPort;
                        o.GatewayPort = settings.GatewayPort;
                    });
                    silo.UseAdoNetClustering(o =>
                    {
                        o.Invariant = ClusterSchema.Invariant;
                        o.ConnectionString = settings.Postgres;
                    });
                }

                silo.Configure<ClusterMembershipOptions>(o => FailureDetection(o, settings.DeathSeconds));
                silo.Services.AddSingleton(runtime);
                silo.Services.AddKeyedSingleton<IGrainStorage>(ClusterNames.Storage, (sp, _) => db is null
                    ? new FileGrainStorage(settings.StateFolder, sp.GetRequiredService<Serializer>())
                    : new PostgresGrainStorage(db, sp.GetRequiredService<Serializer>(), ClusterNames.ServiceId + "/" + settings.ClusterId));
                configure?.Invoke(silo);
            })
            .Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            host.Dispose();
            throw;
        }

        return host;
    }

    /// <summary>
    /// Probes every second; a silo that misses <c>deathSeconds / 2</c> probes in a row is voted
    /// dead (two votes, or one in a two-silo cluster), so its streams move within seconds.
    /// </summary>
    private static void FailureDetection(ClusterMembershipOptions o, int deathSeconds)
    {
        o.ProbeTimeout = TimeSpan.FromSeconds(1);
        o.NumMissedProbesLimit = Math.Max(2, deathSeconds / 2);
        o.TableRefreshTimeout = TimeSpan.FromSeconds(2);
        o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
        o.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(Math.Max(10, deathSeconds * 2));
    }
}
