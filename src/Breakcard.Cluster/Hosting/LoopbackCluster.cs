using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;

namespace Breakcard.Cluster.Hosting;

/// <summary>
/// Several silos in this process on free loopback ports, for tests, benchmarks and trying the
/// cluster on one machine: silo 0 is the primary (with localhost membership it holds the
/// membership, so it must stay up); the others may be killed and started again. Grain state goes
/// to a temporary folder, or to PostgreSQL when a connection string is given.
/// </summary>
public sealed class LoopbackCluster : IAsyncDisposable
{
    private readonly IHost?[] _silos;
    private readonly ClusterSettings[] _settings;
    // One folder per cluster (process id and a random part), each silo its own scratch folder inside it.
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"breakcard-cluster-test-{Environment.ProcessId}-{Guid.NewGuid():N}");

    private readonly Func<ClusterSettings, MonitorRuntime> _runtime;
    private readonly Action<ISiloBuilder>? _configure;

    private LoopbackCluster(int silos, string? postgres, int checkpointEvery, Func<ClusterSettings, MonitorRuntime>? runtime, Action<ISiloBuilder>? configure)
    {
        _runtime = runtime ?? MonitorRuntime.EventsOnly;
        _configure = configure;
        _silos = new IHost?[silos];
        _settings = new ClusterSettings[silos];
        var ports = FreePorts(2 * silos);
        var clusterId = "test-" + Guid.NewGuid().ToString("N")[..8];
        for (var i = 0; i < silos; i++)
        {
            _settings[i] = new ClusterSettings
            {
                ClusterId = clusterId,
                Store = postgres is null ? ClusterStore.Local : ClusterStore.Postgres,
                Postgres = postgres,
                StateFolder = Path.Combine(_root, "state"),
                ScratchFolder = Path.Combine(_root, "scratch", i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                SiloPort = ports[2 * i],
                GatewayPort = ports[2 * i + 1],
                PrimarySiloPort = ports[0],
                CheckpointEveryBatches = checkpointEvery,
                DeathSeconds = 10,
            };
        }
    }

    /// <summary>Number of silos (running or not).</summary>
    public int Count => _silos.Length;

    /// <summary>Whether a test may kill silo <paramref name="i"/>: any with PostgreSQL membership, any but the primary with localhost membership.</summary>
    public bool MayKill(int i) => i >= 0 && (_settings[0].Store == ClusterStore.Postgres || i > 0);

    /// <summary>Settings for a client that may use the gateways of silos <paramref name="silos"/>.</summary>
    public ClusterSettings ClientSettings(params int[] silos) => _settings[0] with { GatewayPorts = [.. silos.Select(i => _settings[i].GatewayPort)] };

    /// <summary>
    /// Starts <paramref name="silos"/> silos; <paramref name="runtime"/> gives each its stream runtime
    /// (default: reference data from events only); <paramref name="configure"/> may add to each
    /// silo's configuration (a grain call filter that slows the cluster, for back-pressure tests).
    /// </summary>
    public static async Task<LoopbackCluster> StartAsync(int silos, string? postgres = null, int checkpointEvery = 4, Func<ClusterSettings, MonitorRuntime>? runtime = null,
        Action<ISiloBuilder>? configure = null)
    {
        var cluster = new LoopbackCluster(silos, postgres, checkpointEvery, runtime, configure);
        for (var i = 0; i < silos; i++)
        {
            await cluster.StartSiloAsync(i);
        }

        return cluster;
    }

    /// <summary>Starts silo <paramref name="i"/> (again) on its ports.</summary>
    public async Task StartSiloAsync(int i) =>
        _silos[i] = await SiloHost.StartAsync(_settings[i], _runtime(_settings[i]), configure: _configure);

    /// <summary>The silo whose identity is <paramref name="silo"/> (as grains report it), or -1.</summary>
    public int IndexOf(string silo)
    {
        for (var i = 0; i < _silos.Length; i++)
        {
            if (silo.Contains(":" + _settings[i].SiloPort.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":", StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Stops silo <paramref name="i"/> without a graceful shutdown: no deactivation, no goodbye.</summary>
    public async Task KillAsync(int i)
    {
        var host = _silos[i] ?? throw new InvalidOperationException($"silo {i} is not running");
        _silos[i] = null;
        try
        {
            await host.StopAsync(new CancellationToken(canceled: true));
        }
        catch (OperationCanceledException)
        {
            // An ungraceful stop: cancellation is how it is asked for.
        }

        host.Dispose();
    }

    /// <summary>Stops every silo and deletes the state folder.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            for (var i = _silos.Length - 1; i >= 0; i--)
            {
                if (_silos[i] is { } host)
                {
                    _silos[i] = null;
                    try
                    {
                        await host.StopAsync(new CancellationToken(canceled: true));
                    }
                    catch (OperationCanceledException)
                    {
                        // Stopped without waiting, as in KillAsync.
                    }

                    host.Dispose();
                }
            }
        }
        finally
        {
            DeleteRoot();
        }
    }

    private void DeleteRoot()
    {
        try
        {
            if (Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A silo stopped without waiting may still be removing its own scratch files; the folder
            // is this cluster's alone, so what is left is only litter in the temporary folder.
        }
    }

    /// <summary><paramref name="n"/> loopback ports free at the time of the call (the OS picks them).</summary>
    public static int[] FreePorts(int n)
    {
        var listeners = Enumerable.Range(0, n).Select(_ =>
        {
            var l = new TcpListener(IPAddress.Loopback, 0);
            l.Start();
            return l;
        }).ToList();
        var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToArray();
        listeners.ForEach(l => l.Stop());
        return ports;
    }
}
