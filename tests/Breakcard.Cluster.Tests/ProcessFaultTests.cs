using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Hosting;
using Breakcard.Cluster.Tests.Support;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// Fault injection with real processes: three <c>breakcard cluster silo</c> processes with
/// PostgreSQL membership; the process hosting the stream is killed with SIGKILL in the middle of
/// the stream, twice, and started again. The outputs are byte-identical to the single-process
/// run: no alert lost, none repeated.
/// </summary>
public sealed class ProcessFaultTests
{
    private const int Batch = 400;

    // Bounded: the gateway gives up on an unreachable stream after two minutes, and the whole test after five.
    [Fact(Timeout = 300_000)]
    public async Task ThreeSiloProcesses_HostSigkilledTwice_ByteIdenticalToSingleProcess()
    {
        await using var db = await TestPostgres.CreateAsync();
        var expected = TestWorld.SingleProcess;
        var events = TestWorld.Events();
        int[] killAt = [5, 13];
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
            var lastSilo = string.Empty;
            var gateway = new IngestGateway(ClusterClient.Of(host), new GatewayOptions { BatchSize = Batch, RetryPause = TimeSpan.FromMilliseconds(200) })
            {
                Acknowledged = (_, r) => lastSilo = r.Silo,
            };

            IEnumerable<WireEvent> WithKills()
            {
                for (var i = 0; i < events.Count; i++)
                {
                    if (i % Batch == 0 && killAt.Contains(i / Batch))
                    {
                        // The stream's host: a first-generation silo or a replacement that is already up.
                        var process = silos.OfType<SiloProcess>().Concat(restarts.Where(t => t.IsCompletedSuccessfully).Select(t => t.Result))
                            .FirstOrDefault(p => !p.HasExited && lastSilo.Contains(":" + p.SiloPort + ":", StringComparison.Ordinal));
                        Assert.True(process is not null, $"the stream answered from {lastSilo}, none of the silo processes");
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

            var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-proc-" + Guid.NewGuid().ToString("N")[..8]);
            var result = await Task.Run(() => gateway.RunAsync("bank-proc", WithKills(), output, TestContext.Current.CancellationToken), TestContext.Current.CancellationToken);
            var actual = Outputs.Read(output);
            Directory.Delete(output, recursive: true);

            var restarted = await Task.WhenAll(restarts);
            Assert.Equal(2, killed.Count);
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
            // Three silos started and two restarted: five generations in the membership table.
            Assert.Equal(5, await db.CountAsync("SELECT count(*) FROM breakcard_membership"));
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
