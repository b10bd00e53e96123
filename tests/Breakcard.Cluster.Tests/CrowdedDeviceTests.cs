using System.Globalization;
using System.Text;
using System.Text.Json;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;
using Breakcard.Detection.Indicators;
using Breakcard.Detection.State;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// One device shared by 300 accounts of 300 holders spread over the shards (ADR 0361, on ADR 0338's
/// "the step is a byte"). Every login of a new holder makes the device push SHARED_DEVICE to the
/// accounts it served before — but only to the <see cref="RecentEntities.Count"/> it remembers, so
/// no event pushes to more than that many receivers however many accounts share the device, and a
/// byte-wide step never saturated (main passes this test). The sharded merge must give the single
/// process's order on every push (with every place push given one step, both cases fail); the test
/// also pins the bound: one own alert and at most eight pushed alerts per login.
/// </summary>
public sealed class CrowdedDeviceTests
{
    private const int Accounts = 300;

    private static readonly DetectionOptions Options = Build();
    private static readonly Lazy<List<WireEvent>> Stream = new(Events);
    private static readonly Lazy<Outputs> Single = new(() => TestWorld.RunSingle(Stream.Value, null, Options));

    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    public void DeviceOfThreeHundredAccounts_InProcess_ByteIdenticalToSingleProcess(int shards)
    {
        var expected = Expected();

        var (actual, _) = InProcess.Run(Stream.Value, shards, 64, null, Options);

        Outputs.AssertIdentical(expected, actual);
    }

    /// <summary>The single process's outputs: every account alerted, one login with pushed alerts on several shards, none with more than the device remembers.</summary>
    private static Outputs Expected()
    {
        var alerts = Encoding.UTF8.GetString(Single.Value.Alerts).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement)
            .Select(a => (Trigger: a.GetProperty("trigger_event_id").GetString(), Entity: a.GetProperty("entity").GetString()!))
            .ToList();
        var perLogin = alerts.GroupBy(a => a.Trigger).Select(g => g.Count()).ToList();
        var shards = alerts.GroupBy(a => a.Trigger).Max(g => g.Select(a => ShardRouter.ShardOf(a.Entity, 3)).Distinct().Count());
        Assert.Equal(Accounts, alerts.Select(a => a.Entity).Distinct().Count());
        Assert.InRange(perLogin.Max(), 4, 1 + RecentEntities.Count);
        Assert.Equal(3, shards);
        return Single.Value;
    }

    /// <summary>300 accounts log in from one device, a minute apart, in turn; every account a holder of its own.</summary>
    private static List<WireEvent> Events()
    {
        var t = RelayWorld.T0;
        return [.. Enumerable.Range(0, Accounts).Select(i => RelayWorld.Login("L" + i.ToString("D4", CultureInfo.InvariantCulture), t + (60 * i),
            "6222020000" + (100_000 + (i * 7_919)).ToString(CultureInfo.InvariantCulture), "DEVICE-CROWDED"))];
    }

    /// <summary>Only SHARED_DEVICE carries weight, and each rise of its strength is a new band: every new holder alerts someone.</summary>
    private static DetectionOptions Build()
    {
        var weights = IndicatorCatalog.All.ToDictionary(i => i.Code, _ => 0, StringComparer.Ordinal);
        weights["SHARED_DEVICE"] = 100;
        var d = DetectionOptions.Default;
        return d with
        {
            Engine = d.Engine with { StrengthKeptPerDayPercent = 100 },
            Scoring = d.Scoring with { Weights = weights },
        };
    }
}
