using System.Text.Json;
using Breakcard.Cli.Commands.Serve;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Hosting;
using Breakcard.Ingest.Quarantine;
using Breakcard.Simulation;
using Breakcard.Web.Monitoring;
using Orleans;
using Orleans.Hosting;

namespace Breakcard.Cli.Tests.Serve;

/// <summary>
/// <c>breakcard serve --cluster</c> (ADR 0180): the web API's events go to one cluster stream per
/// institution and the alerts come back to the web's alert book. Two hosts take the same request
/// bodies — one with its monitor in process, one on a two-silo loopback cluster slowed by a delay
/// on every batch — and must answer and alert alike; the slowed one must make each request wait for
/// its batches (back-pressure) and drop nothing.
/// </summary>
public sealed class ServeOnClusterTests
{
    private const int BodyLines = 3_000;

    private static readonly TimeSpan Delay = TimeSpan.FromMilliseconds(60);

    private static readonly Lazy<Task<string>> World = new(async () =>
    {
        var folder = Path.Combine(Path.GetTempPath(), "breakcard-serve-cluster-world-" + Guid.NewGuid().ToString("N")[..8]);
        await WorldSimulator.RunAsync(new SimulationOptions(1_000, 7, 20_261_123, SimulationOptions.DefaultStart, OutputFormat.Jsonl), folder);
        return folder;
    });

    [Fact]
    public async Task WebApiOnSlowCluster_SameAnswersAndAlertsAsInProcess_BadRecordWithLine_EachRequestWaitsForItsBatches()
    {
        var world = await World.Value;
        var lines = File.ReadAllLines(Path.Combine(world, "events.jsonl"));
        var bodies = lines.Chunk(BodyLines).Select(c => c.ToList()).ToList();
        Assert.True(bodies.Count >= 3, $"the test world has {lines.Length} events");
        bodies[1].Insert(7, "{\"type\":\"transaction\",\"id\":\"BAD-1\",\"time\":\"not a time\"}");
        bodies.Add(bodies[0]); // sent again: every id already received

        var slow = new SlowSubmits(Delay);
        var reference = WorldReference.Read(world, new QuarantineList());
        await using var cluster = await LoopbackCluster.StartAsync(2, runtime: s => MonitorRuntime.OverWorld(reference, s),
            configure: silo => silo.AddIncomingGrainCallFilter(slow.InvokeAsync));
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings(0, 1), TestContext.Current.CancellationToken);
        var prefix = "test-" + Guid.NewGuid().ToString("N")[..8] + "-";
        await using var local = await ServedHost.StartAsync(world, null);
        await using var remote = await ServedHost.StartAsync(world, new ClusterMonitorEngines(ClusterClient.Of(client), prefix, "loopback"));

        var answers = new List<JsonElement>();
        foreach (var body in bodies)
        {
            var text = string.Join('\n', body) + "\n";
            var (expected, _) = await local.PostEventsAsync(text);
            var before = slow.Submits;
            var (actual, took) = await remote.PostEventsAsync(text);
            Assert.Equal(expected, actual);
            var answer = JsonDocument.Parse(actual).RootElement.Clone();
            answers.Add(answer);

            // One batch per 2,000 new events, each delayed, all applied before the answer came.
            var applied = answer.GetProperty("applied").GetInt64();
            var batches = (applied + InstitutionMonitor.CommitEvery - 1) / InstitutionMonitor.CommitEvery;
            Assert.Equal(batches, slow.Submits - before);
            Assert.True(took >= Delay * batches, $"{applied} events in {batches} batches answered after {took.TotalMilliseconds:F0} ms, less than {batches} × {Delay.TotalMilliseconds} ms");
        }

        Assert.Equal(1, slow.MostInFlight);
        var bad = Assert.Single(answers[1].GetProperty("rejected_records").EnumerateArray());
        Assert.Equal(8, bad.GetProperty("line").GetInt64());
        Assert.Equal("time", bad.GetProperty("field").GetString());
        Assert.Equal(BodyLines, answers[1].GetProperty("applied").GetInt64());
        Assert.Equal(0, answers[^1].GetProperty("applied").GetInt64());
        Assert.Equal(BodyLines, answers[^1].GetProperty("duplicates").GetInt64());
        Assert.Equal(lines.Length, answers.Sum(a => a.GetProperty("applied").GetInt64()));

        // The end of input (what the demo load does) flushes the engine's held events on both.
        await (await local.Monitors.ForAsync("bank-a", CancellationToken.None)).FlushAsync(CancellationToken.None);
        await (await remote.Monitors.ForAsync("bank-a", CancellationToken.None)).FlushAsync(CancellationToken.None);

        var expectedAlerts = Serialized(local.Alerts);
        Assert.True(expectedAlerts.Count > 10, $"only {expectedAlerts.Count} alerts");
        Assert.Equal(expectedAlerts, Serialized(remote.Alerts));
        Assert.Equal(await local.AlertListAsync(), await remote.AlertListAsync());
        var status = await ClusterClient.Of(client).GetGrain<IMonitorGrain>(prefix + "bank-a").StatusAsync(1);
        Assert.Equal(expectedAlerts.Count, status.Alerts.Length);
    }

    [Fact]
    public async Task TwoRequestsAtOnceOnSlowCluster_SecondWaitsForFirst_NothingDropped()
    {
        var world = await World.Value;
        var lines = File.ReadAllLines(Path.Combine(world, "events.jsonl"));
        var first = string.Join('\n', lines.Take(5_000)) + "\n";
        var second = string.Join('\n', lines.Skip(5_000).Take(5_000)) + "\n";
        var slow = new SlowSubmits(Delay);
        await using var cluster = await LoopbackCluster.StartAsync(1, configure: silo => silo.AddIncomingGrainCallFilter(slow.InvokeAsync));
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings(0), TestContext.Current.CancellationToken);
        var prefix = "test-" + Guid.NewGuid().ToString("N")[..8] + "-";
        await using var remote = await ServedHost.StartAsync(world, new ClusterMonitorEngines(ClusterClient.Of(client), prefix, "loopback"));
        await remote.PostEventsAsync(lines[0] + "\n"); // the stream opened before the race

        var a = remote.PostEventsAsync(first);
        var b = remote.PostEventsAsync(second);
        var answers = await Task.WhenAll(a, b);

        // 4,999 new events in the first body (its first line was sent before), 5,000 in the second: 3 batches each.
        Assert.Equal(4_999, JsonDocument.Parse(answers[0].Answer).RootElement.GetProperty("applied").GetInt64());
        Assert.Equal(5_000, JsonDocument.Parse(answers[1].Answer).RootElement.GetProperty("applied").GetInt64());
        Assert.Equal(1 + 6, slow.Submits);
        Assert.Equal(1, slow.MostInFlight);
        Assert.True(answers.Max(x => x.Took) >= Delay * 6, $"the later answer came after {answers.Max(x => x.Took).TotalMilliseconds:F0} ms");
        var status = await ClusterClient.Of(client).GetGrain<IMonitorGrain>(prefix + "bank-a").StatusAsync(1);
        Assert.Equal(7, status.Next);
    }

    [Fact]
    public async Task ClusterGivesUpMidBody_503_ThenRetriedBodyAppliesTheRest_AlertsAsInProcess()
    {
        var world = await World.Value;
        var lines = File.ReadAllLines(Path.Combine(world, "events.jsonl"));
        var bodies = lines.Take(4 * BodyLines).Chunk(BodyLines).Select(c => string.Join('\n', c) + "\n").ToList();
        var faults = new SlowSubmits(TimeSpan.Zero);
        var reference = WorldReference.Read(world, new QuarantineList());
        await using var cluster = await LoopbackCluster.StartAsync(1, runtime: s => MonitorRuntime.OverWorld(reference, s),
            configure: silo => silo.AddIncomingGrainCallFilter(faults.InvokeAsync));
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings(0), TestContext.Current.CancellationToken);
        var prefix = "test-" + Guid.NewGuid().ToString("N")[..8] + "-";
        var gateway = new Cluster.Gateway.GatewayOptions { FailoverTimeout = TimeSpan.FromSeconds(2), RetryPause = TimeSpan.FromMilliseconds(200) };
        await using var local = await ServedHost.StartAsync(world, null);
        await using var remote = await ServedHost.StartAsync(world, new ClusterMonitorEngines(ClusterClient.Of(client), prefix, "loopback", gateway));

        Assert.Equal((await local.PostEventsAsync(bodies[0])).Answer, (await remote.PostEventsAsync(bodies[0])).Answer);
        await local.PostEventsAsync(bodies[1]);

        // Every reply is lost after the grain applied the batch: the gateway retries for its
        // failover time and gives up; the request is answered 503 after the first 2,000 events.
        faults.LoseReplies = true;
        var failed = await remote.PostEventsAsync(bodies[1], expectSuccess: false);
        Assert.Contains("503", failed.Answer, StringComparison.Ordinal);
        Assert.Contains("monitoring cluster did not apply", failed.Answer, StringComparison.Ordinal);
        faults.LoseReplies = false;

        // The client sends the body again: the 2,000 events read before the failure are duplicates
        // (held by the gateway and re-driven now, applied once), the other 1,000 are applied.
        var retried = JsonDocument.Parse((await remote.PostEventsAsync(bodies[1])).Answer).RootElement;
        Assert.Equal(InstitutionMonitor.CommitEvery, retried.GetProperty("duplicates").GetInt64());
        Assert.Equal(BodyLines - InstitutionMonitor.CommitEvery, retried.GetProperty("applied").GetInt64());
        foreach (var body in bodies.Skip(2))
        {
            Assert.Equal((await local.PostEventsAsync(body)).Answer, (await remote.PostEventsAsync(body)).Answer);
        }

        var expectedAlerts = Serialized(local.Alerts);
        Assert.True(expectedAlerts.Count > 0, "no alerts");
        Assert.Equal(expectedAlerts, Serialized(remote.Alerts));
    }

    [Fact]
    public async Task ServeCluster_GatewayNotAPort_UsageErrorNamesOption()
    {
        var result = await CliRunner.RunAsync("serve", "--cluster", "--cluster-gateways", "30000,70000");
        Assert.Equal(Infrastructure.ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("'70000' is not a port", result.Error, StringComparison.Ordinal);
    }

    private static List<string> Serialized(AlertBook book) => [.. book.Query("bank-a").Select(r => JsonSerializer.Serialize(r.Alert))];

    /// <summary>A grain call filter that delays every batch (a slow or full cluster) and counts batches and how many were in flight at once.</summary>
    private sealed class SlowSubmits(TimeSpan delay)
    {
        private int _inFlight;
        private int _most;
        private int _submits;

        public int Submits => Volatile.Read(ref _submits);

        public int MostInFlight => Volatile.Read(ref _most);

        /// <summary>Batches are applied, but their replies are lost (an exception instead).</summary>
        public bool LoseReplies { get; set; }

        public async Task InvokeAsync(IIncomingGrainCallContext context)
        {
            if (context.MethodName != nameof(IMonitorGrain.SubmitAsync))
            {
                await context.Invoke();
                return;
            }

            var now = Interlocked.Increment(ref _inFlight);
            InterlockedMax(ref _most, now);
            try
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay);
                }

                await context.Invoke();
                Interlocked.Increment(ref _submits);
                if (LoseReplies)
                {
                    throw new Orleans.Runtime.OrleansException("injected: the reply to an applied batch is lost");
                }
            }
            finally
            {
                Interlocked.Decrement(ref _inFlight);
            }
        }

        private static void InterlockedMax(ref int target, int value)
        {
            int seen;
            while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
            {
            }
        }
    }
}
