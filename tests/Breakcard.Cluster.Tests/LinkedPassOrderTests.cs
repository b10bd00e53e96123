using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;
using Breakcard.Detection.Indicators;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// A holder passed on twice in one event (ADR 0361). Holder H's phone C is first seen as the callee
/// of a call, which raises its static SIMS_PER_IDENTITY but does not re-score it. Then H's account
/// A logs in from a device H2's account B used before: the device becomes shared, A alerts in the
/// login's own application and raises H, the device pushes SHARED_DEVICE to B, which alerts and
/// raises H2. Passing H's risk on re-scores C: C alerts, and its direct risk (the pending SIMS_PER_
/// IDENTITY) raises H again — queued after H2. H2's entities alert; then H's second pass raises A's
/// LINKED_RISK and A alerts again, last. Before ADR 0361 the second pass kept the step of the first
/// (raised by the own application), so the merge put A's second alert before H2's.
/// The same on a transfer from A to B (<c>transfer</c>): one amount just under the reporting line
/// alerts A, its tainted inflow alerts B, H's pass re-raises H after H2, and A alerts again last. On
/// shards where A and B live apart the transfer is split, and before ADR 0361 the debit side's
/// follow-ups (both of H's passes) all came before the credit side's (H2's pass).
/// Only SHARED_DEVICE, JUST_UNDER_THRESHOLD, TAINTED_INFLOW, LINKED_RISK and SIMS_PER_IDENTITY carry
/// weight, one event under the line fires, and a static signal alone may alert (context cap 100),
/// so each step of the story is one indicator.
/// </summary>
public sealed class LinkedPassOrderTests
{
    private static readonly DetectionOptions Options = Build();
    private static readonly Lazy<Pair> World = new(Pair.Find);
    private static readonly Lazy<Outputs> Login = new(() => TestWorld.RunSingle(Events(World.Value, transfer: false), TestWorld.Reference, Options));
    private static readonly Lazy<Outputs> Transfer = new(() => TestWorld.RunSingle(Events(World.Value, transfer: true), TestWorld.Reference, Options));

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(5, false)]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(3, true)]
    [InlineData(5, true)]
    public void HolderRaisedAgainInItsOwnPass_InProcess_ByteIdenticalToSingleProcess(int shards, bool transfer)
    {
        var expected = Expected(transfer);

        var (actual, _) = InProcess.Run(Events(World.Value, transfer), shards, 500, TestWorld.Reference, Options);

        Outputs.AssertIdentical(expected, actual);
    }

    [Fact]
    public void Transfer_SplitOverShards_AtSomeShardCountsTested()
    {
        var w = World.Value;
        var owners = ((int[])[2, 3, 5]).Select(n => new ShardOwnership(TestWorld.Reference.Build(Pair.AsOf), n));

        Assert.Contains(owners, o => o.OfAccount(w.Account) != o.OfAccount(w.Pushed));
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(3, true)]
    public async Task HolderRaisedAgainInItsOwnPass_TwoSilos_ByteIdenticalToSingleProcess(int shards, bool transfer)
    {
        var expected = Expected(transfer);

        var actual = await TwoSilos.RunShardedAsync(TestWorld.Reference, Options, shards, 2, "bank-linkedpass-" + shards + "-" + transfer, Events(World.Value, transfer));

        Outputs.AssertIdentical(expected, actual);
    }

    /// <summary>The single process's outputs, with the case in them: on the login (transfer), A; B; C; H2's other entities; A again (band 4), last.</summary>
    private static Outputs Expected(bool transfer)
    {
        var w = World.Value;
        var single = transfer ? Transfer.Value : Login.Value;
        var alerts = single.EntitiesAlertedBy(transfer ? "PAY-B" : "LOGIN-A");
        var shown = "alerts: " + string.Join(", ", alerts);
        Assert.True(alerts.Count >= 5, shown);
        Assert.True(alerts[0] == w.Account && alerts[1] == w.Pushed && alerts.IndexOf(w.Phone) > 1, shown);
        // A's second alert comes after at least one alert of H2's other entities.
        Assert.Equal(w.Account, alerts[^1]);
        Assert.Contains(alerts.Skip(2).SkipLast(1), e => w.OtherOfH2.Contains(e));
        return single;
    }

    /// <summary>A call first touches C; then B and A log in from one device, or A pays B ¥48,000 (just under the ¥50,000 line).</summary>
    private static List<WireEvent> Events(Pair w, bool transfer)
    {
        var t = RelayWorld.T0;
        var call = new WireEvent(WireKind.Call, "CALL-C", t, 480, "13912345678", w.Phone, 30, 0, null, null, null);
        return transfer
            ? [call, RelayWorld.Transfer("PAY-B", t + 120, w.Account, w.Pushed, 4_800_000)]
            : [call, RelayWorld.Login("LOGIN-B", t + 60, w.Pushed, "DEVICE-SHARED-1"), RelayWorld.Login("LOGIN-A", t + 120, w.Account, "DEVICE-SHARED-1")];
    }

    private static DetectionOptions Build()
    {
        var weights = IndicatorCatalog.All.ToDictionary(i => i.Code, _ => 0, StringComparer.Ordinal);
        weights["SHARED_DEVICE"] = 100;
        weights["LINKED_RISK"] = 100;
        weights["SIMS_PER_IDENTITY"] = 100;
        weights["JUST_UNDER_THRESHOLD"] = 100;
        weights["TAINTED_INFLOW"] = 100;
        var d = DetectionOptions.Default;
        return d with
        {
            Scoring = d.Scoring with { Weights = weights, ContextAloneCap = 100 },
            Indicators = d.Indicators with
            {
                SharedDevice = d.Indicators.SharedDevice with { MinHoldersPerDevice = 2 },
                SimsPerIdentity = d.Indicators.SimsPerIdentity with { MaxPerOperator = 1 },
                JustUnderThreshold = d.Indicators.JustUnderThreshold with { MinCount = 1 },
                TaintedInflow = d.Indicators.TaintedInflow with { PassOnPercent = 100 },
            },
        };
    }

    /// <summary>H (account A, phone C, two SIMs at one operator) and H2 (account B and at least one other entity) of the test city's entity files.</summary>
    private sealed record Pair(string Account, string Phone, string Pushed, string[] OtherOfH2)
    {
        public static DateOnly AsOf => DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(RelayWorld.T0).ToOffset(TimeSpan.FromHours(8)).DateTime);

        public static Pair Find()
        {
            var data = TestWorld.Reference.Build(AsOf);
            // H holds two SIMs at one operator (SIMS_PER_IDENTITY over a limit of one); H2 any other holder with a phone.
            var usable = Enumerable.Range(0, data.Holders.Count).Where(h => data.PhonesOf(h).Length > 0 && Usable(data, h) is not null).ToList();
            var h = usable.First(x => data.Holder(x).MaxSimsPerOperator >= 2);
            var h2 = usable.First(x => x != h);
            var b = Usable(data, h2)!.Value;
            var others = data.AccountsOf(h2).ToArray().Where(a => a != b).Select(data.Accounts.KeyOf)
                .Concat(data.PhonesOf(h2).ToArray().Select(data.Phones.KeyOf)).ToArray();
            return new Pair(data.Accounts.KeyOf(Usable(data, h)!.Value), data.Phones.KeyOf(data.PhonesOf(h)[0]), data.Accounts.KeyOf(b), others);
        }

        /// <summary>The holder's first account that is not a cash point, if any.</summary>
        private static int? Usable(ReferenceData data, int holder)
        {
            foreach (var a in data.AccountsOf(holder))
            {
                if ((data.Account(a).Flags & AccountFlags.Cash) == 0)
                {
                    return a;
                }
            }

            return null;
        }
    }
}
