using System.Runtime.InteropServices;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Engine;
using Breakcard.Detection.State;
using CsCheck;

namespace Breakcard.Detection.Tests.Engine;

public sealed class WatermarkTests
{
    [Fact]
    public void Submit_ShuffledWithinAllowedLateness_SameAlertsAndState()
    {
        Gen.Int[0, 1_000_000].Sample(seed =>
        {
            var ordered = Run(seed, shuffle: null);
            var shuffled = Run(seed, shuffle: new Random(seed + 1));
            Assert.Equal(ordered.Alerts, shuffled.Alerts);
            Assert.Equal(ordered.State, shuffled.State);
            Assert.True(ordered.Alerts.Count > 0);
        }, iter: 12);
    }

    [Fact]
    public void Submit_EventsSharingATime_ProcessedInIdOrderWhateverTheArrival()
    {
        var a = new Harness();
        var b = new Harness();
        var time = Harness.At(10);
        var forward = new[] { a.TxEvent(time, "x", "y", 100, id: "T9"), a.TxEvent(time, "y", "z", 95, id: "T10") };
        var backward = new[] { b.TxEvent(time, "x", "y", 100, id: "T9"), b.TxEvent(time, "y", "z", 95, id: "T10") };
        a.Engine.Submit(forward);
        b.Engine.Submit(backward.Reverse().ToArray());
        a.Flush();
        b.Flush();
        // T9 (in) before T10 (out) either way: the outflow drains 95 of the 100 yuan in both runs
        // (had it come first it would have found an empty pool and left 100 yuan).
        Assert.Equal(500u, a.Account("y").PoolFen);
        Assert.Equal(500u, b.Account("y").PoolFen);
    }

    [Fact]
    public void Submit_HeldUntilWatermarkPasses_ThenApplied()
    {
        var h = new Harness();
        h.Tx(Harness.At(10), "a", "b", 100);
        Assert.Equal(0, h.Engine.Counters.Applied);
        Assert.Equal(1, h.Engine.Counters.Pending);
        h.Tx(Harness.At(10).AddSeconds(601), "c", "d", 100);
        Assert.Equal(1, h.Engine.Counters.Applied);
        h.Flush();
        Assert.Equal(2, h.Engine.Counters.Applied);
        Assert.Equal(0, h.Engine.Counters.Pending);
    }

    [Fact]
    public void Submit_LateEventUnderApplyPolicy_AppliedAtFrontierAndCounted()
    {
        var h = new Harness();
        h.Tx(Harness.At(10), "a", "b", 100);
        h.Tx(Harness.At(10.5), "c", "d", 100);
        h.Tx(Harness.At(12), "g", "h", 100);
        h.Tx(Harness.At(10.2), "e", "f", 100); // behind the 10.5 h event already applied
        h.Flush();
        var c = h.Engine.Counters;
        Assert.Equal(1, c.LateApplied);
        Assert.Equal(4, c.Applied);
        Assert.Equal(Harness.At(10.5).ToUnixTimeSeconds() - Detection.Engine.EngineTime.Epoch, h.Account("f").LastSeen);
    }

    [Fact]
    public void Submit_LateEventUnderRejectPolicy_ReportedNotApplied()
    {
        var options = DetectionOptions.Default with { Engine = DetectionOptions.Default.Engine with { LateEvents = LatePolicy.Reject } };
        var h = new Harness(options);
        h.Tx(Harness.At(10), "a", "b", 100);
        h.Tx(Harness.At(12), "c", "d", 100);
        h.Tx(Harness.At(10.5), "e", "f", 100);
        h.Flush();
        Assert.Equal(1, h.Engine.Counters.LateRejected);
        Assert.Equal(RejectReason.Late, Assert.Single(h.Rejected).Reason);
        Assert.Equal(2, h.Engine.Counters.Applied);
    }

    [Fact]
    public void Submit_OlderThanRetention_ExpiredAndReported()
    {
        var h = new Harness();
        h.Tx(Harness.At(100), "a", "b", 100);
        h.Tx(Harness.At(102), "c", "d", 100);
        h.Tx(Harness.At(70), "e", "f", 100);
        Assert.Equal(RejectReason.Expired, Assert.Single(h.Rejected).Reason);
        Assert.Equal(1, h.Engine.Counters.Expired);
    }

    [Fact]
    public void Submit_TimeBefore2000_RejectedAsOutOfRange()
    {
        var h = new Harness();
        h.Tx(new DateTimeOffset(1999, 12, 31, 23, 0, 0, TimeSpan.Zero), "a", "b", 100);
        Assert.Equal(RejectReason.OutOfRange, Assert.Single(h.Rejected).Reason);
    }

    [Fact]
    public void Submit_SameEventTwice_AppliedOnceAndCounted()
    {
        var once = new Harness();
        var twice = new Harness();
        var a = ScenarioBuilder.Build(once, 7, days: 1);
        var b = ScenarioBuilder.Build(twice, 7, days: 1);
        once.Engine.Submit(a.ToArray());
        foreach (var e in b)
        {
            twice.Engine.Submit(e);
            twice.Engine.Submit(e);
        }

        // A third copy long after (but within retention) is still recognised.
        twice.Engine.Submit(b[^1]);
        once.Flush();
        twice.Flush();
        Assert.Equal(b.Count + 1, twice.Engine.Counters.Duplicates);
        Assert.Equal(Describe(once), Describe(twice));
    }

    private static (List<string> Alerts, byte[] State) Run(int seed, Random? shuffle)
    {
        var h = new Harness();
        var events = ScenarioBuilder.Build(h, seed);
        if (shuffle is not null)
        {
            // Arrival order = event time plus a random delay of up to the allowed lateness.
            var lateness = h.Options.Engine.AllowedLatenessSeconds;
            events = events.Select(e => (e, key: e.Time + shuffle.Next(lateness + 1), tie: shuffle.Next()))
                .OrderBy(x => x.key).ThenBy(x => x.tie).Select(x => x.e).ToList();
        }

        foreach (var e in events)
        {
            h.Engine.Submit(e);
        }

        h.Flush();
        var state = new List<byte>();
        for (var i = 0; i < h.Engine.Accounts.Count; i++)
        {
            var s = h.Engine.Accounts[i];
            state.AddRange(MemoryMarshal.AsBytes(new ReadOnlySpan<AccountState>(in s)).ToArray());
        }

        return (Describe(h), state.ToArray());
    }

    internal static List<string> Describe(Harness h) => h.Alerts.Select(a =>
        $"{a.Kind}:{a.Entity}@{a.Time} risk={a.Risk} band={a.Band} " +
        string.Join(',', a.Contributions.Select(c => $"{c.Indicator}={c.Strength}")) + " ev=" +
        string.Join(',', a.Evidence.Select(r => r.Sequence))).ToList();
}
