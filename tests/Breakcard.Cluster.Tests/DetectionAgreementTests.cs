using Breakcard.Cluster.Gateway;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Hosting;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Core.Errors;
using Breakcard.Detection;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// The gateway refuses a sharded stream whose silos run other detection options than its own
/// sequencer and place stage (ADR 0218), before it sends any event, naming the settings and the silo.
/// </summary>
public sealed class DetectionAgreementTests
{
    private static readonly DetectionOptions ShortLateness = DetectionOptions.Default with
    {
        Engine = DetectionOptions.Default.Engine with { AllowedLatenessSeconds = 300 },
    };

    [Fact]
    public void Differences_NameEverySettingThatDiffers_WithBothValues()
    {
        var other = ShortLateness with
        {
            Indicators = ShortLateness.Indicators with { SharedDevice = ShortLateness.Indicators.SharedDevice with { MinHoldersPerDevice = 9 } },
        };

        var differences = DetectionAgreement.Differences(DetectionOptions.Default.ToJson(), other.ToJson());

        Assert.Equal(
            [
                ("engine.allowedLatenessSeconds", DetectionOptions.Default.Engine.AllowedLatenessSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture), "300"),
                ("indicators.sharedDevice.minHoldersPerDevice", DetectionOptions.Default.Indicators.SharedDevice.MinHoldersPerDevice.ToString(System.Globalization.CultureInfo.InvariantCulture), "9"),
            ],
            differences);
        Assert.Empty(DetectionAgreement.Differences(DetectionOptions.Default.ToJson(), new DetectionOptions().ToJson()));
        Assert.Equal(DetectionAgreement.Of(DetectionOptions.Default, "a").Fingerprint, DetectionAgreement.Of(new DetectionOptions(), "b").Fingerprint);
        Assert.NotEqual(DetectionAgreement.Of(DetectionOptions.Default, "a").Fingerprint, DetectionAgreement.Of(other, "a").Fingerprint);
    }

    [Fact]
    public async Task SilosWithOtherOptions_GatewayRefusesBeforeAnyEvent_NamingSettingAndSilo_ThenTheSameStreamRunsWithTheirOptions()
    {
        var events = TestWorld.Events().Take(3_000).ToList();
        await using var cluster = await LoopbackCluster.StartAsync(2, runtime: s => MonitorRuntime.EventsOnly(s, ShortLateness));
        using var client = await ClusterClient.StartAsync(cluster.ClientSettings(0, 1), TestContext.Current.CancellationToken);
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-agree-" + Guid.NewGuid().ToString("N")[..8]);
        var read = 0;
        IEnumerable<WireEvent> Counted()
        {
            foreach (var e in events)
            {
                read++;
                yield return e;
            }
        }

        try
        {
            var refused = await Assert.ThrowsAsync<InvalidInputException>(() =>
                new ShardedGateway(ClusterClient.Of(client), 3, new GatewayOptions { BatchSize = 500 }).RunAsync("agree", Counted(), output, TestContext.Current.CancellationToken));

            Assert.Equal(0, read);
            Assert.Equal("engine.allowedLatenessSeconds", refused.Error.Field);
            Assert.Contains("engine.allowedLatenessSeconds = 600 at the gateway, 300 at the silo", refused.Message, StringComparison.Ordinal);
            Assert.Contains("no event was sent", refused.Message, StringComparison.Ordinal);
            Assert.InRange(cluster.IndexOf(refused.Message), 0, 1); // names the silo (its port)
            Assert.False(File.Exists(Path.Combine(output, "alerts.jsonl")));

            // Nothing reached the shards: the same stream name runs with the silos' options, equal to one process.
            await new ShardedGateway(ClusterClient.Of(client), 3, new GatewayOptions { BatchSize = 500 }, detection: ShortLateness).RunAsync("agree", events, output, TestContext.Current.CancellationToken);
            Outputs.AssertIdentical(TestWorld.RunSingle(events, null, ShortLateness), Outputs.Read(output));
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }
}
