using System.Globalization;
using System.Text;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Core.Events;
using Breakcard.Detection;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// Readiness per entity with the place indicators on, at default options (ADR 0207): a login, call
/// or SMS whose device pushes to other entities waits only for the push receivers' groups (and its
/// own), not for the whole shard. Hand-built batches on 3 shards; rounds per batch are asserted
/// against the hand-counted chains and every output against the single-process engine's.
/// </summary>
public sealed class PlaceReadinessTests
{
    // Default options, but a place signal alone raises an alert (weight 100), so the pushes show in the alerts compared.
    private static readonly DetectionOptions Options = DetectionOptions.Default with
    {
        Scoring = DetectionOptions.Default.Scoring with
        {
            Weights = new Dictionary<string, int>(DetectionOptions.Default.Scoring.Weights, StringComparer.Ordinal) { ["SHARED_DEVICE"] = 100, ["SIM_CLUSTER"] = 100 },
        },
    };

    private static readonly long T0 = new DateTimeOffset(2026, 11, 2, 10, 0, 0, TimeSpan.FromHours(8)).ToUnixTimeSeconds();

    [Fact]
    public void IndependentStaircase_WithADeviceSharedAcrossShards_TakesTwoRounds_NotTheStrictOrdersSeven()
    {
        // The staircase of TransferRoundsTests (one-hop transfers 0 → 1, 1 → 2, 2 → 0, …: 7 rounds in
        // strict order, 2 per entity) with four holders on shards 0, 1, 2, 0 logging in from one
        // device: the fourth makes it shared (4 holders) and pushes SHARED_DEVICE to the first three.
        var events = new List<WireEvent>();
        var t = T0;
        for (var i = 0; i < 6; i++)
        {
            events.Add(Transfer("S" + i, t += 120, AccountOn(i % 3, "X" + i), AccountOn((i + 1) % 3, "Y" + i), 4_990_000 - (i * 10_000)));
            if (i < 4)
            {
                events.Add(Login("L" + i, t += 120, AccountOn(i % 3, "D" + i), "DEVICE-SHARED"));
            }
        }

        var (expected, actual, rounds) = Run(events);

        Assert.Contains("\"SHARED_DEVICE\"", Encoding.UTF8.GetString(expected.Alerts), StringComparison.Ordinal);
        Assert.Equal([2], rounds);
        Outputs.AssertIdentical(expected, actual);
    }

    [Fact]
    public void APushToAnAccountBehindItsHeldCreditSide_Waits_AndWhatFollowsTheTriggerWaitsWithIt()
    {
        // R (shard 1) logged in from the device; its credit side waits for V's debit (shard 0, round
        // 1). A's login (shard 1) is the device's 4th holder and pushes to R, so it must wait for R's
        // credit (round 2); A's debit to B follows A's login (round 2) and B's credit (shard 2) takes
        // round 3. Without R's key on the push, the login and A's debit would go in round 1 and B's
        // credit in round 2.
        var r = AccountOn(1, "R");
        var a = AccountOn(1, "A");
        var t = T0;
        var events = new List<WireEvent>
        {
            Login("L0", t += 120, r, "DEVICE-SHARED"),
            Login("L1", t += 120, AccountOn(0, "P"), "DEVICE-SHARED"),
            Login("L2", t += 120, AccountOn(2, "Q"), "DEVICE-SHARED"),
            Transfer("T0", t += 120, AccountOn(0, "V"), r, 4_990_000),
            Login("L3", t += 120, a, "DEVICE-SHARED"),
            Transfer("T1", t += 120, a, AccountOn(2, "B"), 4_900_000),
        };

        var (expected, actual, rounds) = Run(events);

        Assert.Contains("\"SHARED_DEVICE\"", Encoding.UTF8.GetString(expected.Alerts), StringComparison.Ordinal);
        Assert.Equal([3], rounds);
        Outputs.AssertIdentical(expected, actual);
    }

    [Fact]
    public void SimBoxOnThreeShards_PushesToItsEarlierSims_IndependentTransfersGoOn()
    {
        // SIMs on shards 0, 1, 2, 0 call from one box: the 3rd makes it a cluster and pushes to the
        // first two, the 4th to the first three; an SMS to a 5th SIM in the box pushes to all four.
        // Interleaved, the staircase of independent transfers: 2 rounds (strict order: 7).
        var events = new List<WireEvent>();
        var t = T0;
        for (var i = 0; i < 6; i++)
        {
            events.Add(Transfer("S" + i, t += 120, AccountOn(i % 3, "X" + i), AccountOn((i + 1) % 3, "Y" + i), 4_990_000 - (i * 10_000)));
            if (i < 4)
            {
                events.Add(new WireEvent(WireKind.Call, "C" + i, t += 120, 480, PhoneOn(i % 3, "1380" + i), "13900000000", 20, 0, "SIMBOX-1", null, null));
            }
        }

        events.Add(new WireEvent(WireKind.Sms, "M0", t + 120, 480, "10690000", PhoneOn(1, "1381"), 0, 0, "SIMBOX-1", null, null));

        var (expected, actual, rounds) = Run(events);

        Assert.Contains("\"SIM_CLUSTER\"", Encoding.UTF8.GetString(expected.Alerts), StringComparison.Ordinal);
        Assert.Equal([2], rounds);
        Outputs.AssertIdentical(expected, actual);
    }

    [Theory]
    [InlineData(3, 500)]
    public void TestCity_DefaultOptions_RoundsStayPerEntity_ByteIdenticalToSingleProcess(int shards, int batch)
    {
        // With the place indicators on each shard kept strict order before (ADR 0203): median 58
        // rounds per batch on this city at 3 shards and batches of 500.
        var expected = TestWorld.RunSingle(TestWorld.Events(), TestWorld.Reference, DetectionOptions.Default);

        var (actual, rounds) = InProcess.Run(TestWorld.Events(), shards, batch, TestWorld.Reference, DetectionOptions.Default);

        var text = Encoding.UTF8.GetString(expected.Alerts);
        Assert.Contains("\"SHARED_DEVICE\"", text, StringComparison.Ordinal);
        Assert.Contains("\"SIM_CLUSTER\"", text, StringComparison.Ordinal);
        Outputs.AssertIdentical(expected, actual);
        var sorted = rounds.Order().ToArray();
        var median = sorted[sorted.Length / 2];
        TestContext.Current.TestOutputHelper?.WriteLine($"rounds per batch: median {median}, p90 {sorted[sorted.Length * 9 / 10]}, max {sorted[^1]}, batches {sorted.Length}");
        Assert.True(median <= 15, $"median {median} rounds per batch");
    }

    private static (Outputs Expected, Outputs Actual, IReadOnlyList<int> Rounds) Run(List<WireEvent> events)
    {
        var expected = TestWorld.RunSingle(events, null, Options);
        var (actual, rounds) = InProcess.Run(events, 3, 100, null, Options);
        return (expected, actual, rounds);
    }

    private static WireEvent Transfer(string id, long time, string debit, string credit, long fen) =>
        new(WireKind.Transaction, id, time, 480, debit, credit, fen, (byte)Channel.Transfer, null, null, null);

    private static WireEvent Login(string id, long time, string account, string device) =>
        new(WireKind.Login, id, time, 480, account, string.Empty, 0, 0, device, null, null);

    private static string AccountOn(int shard, string prefix) => On(shard, "6222" + prefix);

    private static string PhoneOn(int shard, string prefix) => On(shard, prefix);

    /// <summary>The first of "{prefix}0001", "…0002", … that falls on <paramref name="shard"/> of three.</summary>
    private static string On(int shard, string prefix)
    {
        for (var i = 1; ; i++)
        {
            var key = prefix + i.ToString("D4", CultureInfo.InvariantCulture);
            if (ShardRouter.ShardOf(key, 3) == shard)
            {
                return key;
            }
        }
    }
}
