using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Hosting;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// Fault injection with real processes: three <c>breakcard cluster silo</c> processes with
/// PostgreSQL membership and grain state; a process hosting the stream (or most of its shards) is
/// killed with SIGKILL in the middle of the stream, at several points, and started again. The
/// outputs are byte-identical to the single-process run: no alert lost, none repeated.
/// </summary>
public sealed class ProcessFaultTests
{
    private const int Batch = 400;

    // Bounded: the gateway gives up on an unreachable stream after two minutes, and the whole test after five.
    [Fact(Timeout = 300_000)]
    public async Task ThreeSiloProcesses_HostSigkilledTwice_ByteIdenticalToSingleProcess()
    {
        var lastSilo = string.Empty;
        await RunWithKillsAsync(TestWorld.SingleProcess, [5, 13], (host, output) =>
        {
            var gateway = new IngestGateway(host, new GatewayOptions { BatchSize = Batch, RetryPause = TimeSpan.FromMilliseconds(200) })
            {
                Acknowledged = (_, r) => lastSilo = r.Silo,
            };
            return (events => gateway.RunAsync("bank-proc", events, output, TestContext.Current.CancellationToken), () => lastSilo);
        });
    }

    // The sharded mode (ADR 0155, 0177): six shards over three silo processes; the process hosting
    // most shards is killed at three points between checkpoints (every 4 batches), so shards resume
    // elsewhere from an older checkpoint and the gateway replays the batches after it.
    [Fact(Timeout = 300_000)]
    public async Task ThreeSiloProcesses_SixShards_ShardHostSigkilledThrice_ByteIdenticalToSingleProcess()
    {
        const int Shards = 6;
        var expected = TestWorld.RunSingle(TestWorld.WorldFolder, null, LocalIndicators.Apply(DetectionOptions.Default));
        await RunWithKillsAsync(expected, [3, 10, 17], (host, output) =>
        {
            var gateway = new ShardedGateway(host, Shards, new GatewayOptions { BatchSize = Batch, RetryPause = TimeSpan.FromMilliseconds(200) });
            string MostShards() => Enumerable.Range(0, Shards)
                .Select(k => host.GetGrain<IShardGrain>(ShardGrain.Key("bank-sproc", k, Shards)).SiloAsync().GetAwaiter().GetResult())
                .GroupBy(s => s, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
            return (events => gateway.RunAsync("bank-sproc", events, output, TestContext.Current.CancellationToken), MostShards);
        });
    }

    /// <summary>
    /// Starts three silo processes, runs the world's events through the gateway <paramref name="gateway"/>
    /// makes (writing to the folder it is given), and at the start of each batch in <paramref name="killAt"/> SIGKILLs the process whose
    /// silo the gateway's victim function names, starting a replacement on its ports; then compares
    /// the outputs with <paramref name="expected"/> byte for byte.
    /// </summary>
    private static async Task RunWithKillsAsync(Outputs expected, int[] killAt,
        Func<IClusterClient, string, (Func<IEnumerable<WireEvent>, Task<StreamResult>> Run, Func<string> Victim)> gateway)
    {
        await using var db = await TestPostgres.CreateAsync();
        var events = TestWorld.Events();
        Assert.True(events.Count / Batch > killAt.Max() + 3, "the stream is too short for the kill points");
        var clusterId = "proc-" + Guid.NewGuid().ToString("N")[..8];
        var ports = LoopbackCluster.FreePorts(6);
        var silos = new SiloProcess?[3];
        var killed = new List<SiloProcess>();
        var restarts = new List<Task<SiloProcess>>();
        try
        {
            var started = await Task.WhenAll(Enumerable.Range(0, 3).Select(i => SiloProcess.StartAsync(db.ConnectionString, clusterId, ports[2 * i], ports[2 * i + 1], 4)));
            started.CopyTo(silos, 0);
            var settings = new ClusterSettings { ClusterId = clusterId, Store = ClusterStore.Postgres, Postgres = db.ConnectionString };
            using var host = await ClusterClient.StartAsync(settings, TestContext.Current.CancellationToken);
            var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-proc-" + Guid.NewGuid().ToString("N")[..8]);
            var (run, victimSilo) = gateway(ClusterClient.Of(host), output);

            IEnumerable<WireEvent> WithKills()
            {
                for (var i = 0; i < events.Count; i++)
                {
                    if (i % Batch == 0 && killAt.Contains(i / Batch))
                    {
                        // A first-generation silo or a replacement that is already up.
                        var silo = victimSilo();
                        var process = silos.OfType<SiloProcess>().Concat(restarts.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result))
                            .FirstOrDefault(p => !p.HasExited && silo.Contains(":" + p.SiloPort + ":", StringComparison.Ordinal));
                        Assert.True(process is not null, $"the stream answered from {silo}, none of the silo processes");
                        var victim = Array.IndexOf(silos, process);
                        if (victim >= 0)
                        {
                            silos[victim] = null;
                        }

                        process.Kill();
                        killed.Add(process);
                        // The replacement boots while the stream resumes on the survivors.
                        restarts.Add(SiloProcess.StartAsync(db.ConnectionString, clusterId, process.SiloPort, process.GatewayPort, 4));
                    }

                    yield return events[i];
                }
            }

            var result = await Task.Run(() => run(WithKills()), TestContext.Current.CancellationToken);
            var actual = Outputs.Read(output);
            Directory.Delete(output, recursive: true);
            var restarted = await Task.WhenAll(restarts);
            Assert.Equal(killAt.Length, killed.Count);
            Assert.All(restarted.Except(killed), r => Assert.False(r.HasExited, $"a restarted silo exited:\n{r.Output}"));
            // Killed by SIGKILL (9): the runtime reports 128 + 9.
            Assert.All(killed, k => Assert.Equal(137, k.ExitCode));
            Assert.Equal(events.Count, result.Events);
            Assert.True(result.Resends > 0, "nothing was replayed: the stream did not resume from an older checkpoint");
            Assert.True(result.Silos.Count >= 2, $"the stream never moved: answered only by {string.Join(", ", result.Silos)}");
            Assert.Equal(expected.AlertCount, result.Alerts);
            Assert.Equal(expected.Alerts, actual.Alerts);
            Assert.Equal(expected.Scores, actual.Scores);
            Assert.Equal(expected.Summary, actual.Summary);
            // Three silos started and one restarted per kill: that many generations in the membership table.
            Assert.Equal(3 + killAt.Length, await db.CountAsync("SELECT count(*) FROM breakcard_membership"));
        }
        finally
        {
            foreach (var s in silos.Concat(killed))
            {
                s?.Dispose();
            }

            foreach (var r in restarts)
            {
                try
                {
                    (await r).Dispose();
                }
                catch (Exception ex) when (ex is InvalidOperationException or TimeoutException)
                {
                    // It never came up; StartAsync already killed it.
                }
            }
        }
    }
}
