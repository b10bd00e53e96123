using Breakcard.Detection.Indicators;

namespace Breakcard.Detection.Tests.Indicators;

/// <summary>
/// Pass-through against the account's own baseline, the day-aged pool and the new-payee rule
/// (the changes that make date-only inputs such as AMLSim work), at, below and above thresholds.
/// </summary>
public sealed class PassThroughBaselineTests
{
    private static readonly PassThroughOptions Defaults = new();

    [Theory]
    [InlineData(0f, 0, 20_000)] // no history: the fixed threshold
    [InlineData(100f, 1, 10_000)] // quiet card: ten times ¥100 is below the floor
    [InlineData(1_000f, 1, 10_000)] // exactly at the floor
    [InlineData(1_000.5f, 3, 10_005)] // just above: follows the baseline
    [InlineData(3_000f, 5, 30_000)] // a busy shop: ten times its turnover
    public void VolumeThreshold_FollowsTheBaselineAboveTheFloor(float baseline, int historyDays, long expected) =>
        Assert.Equal(expected, PassThroughIndicator.VolumeThreshold(baseline, historyDays, Defaults));

    [Theory]
    [InlineData(9_000, 0)] // below the quiet-card threshold
    [InlineData(10_000, 60)] // at it
    [InlineData(15_000, 80)] // above it
    public void QuietCard_OneLargeCycleToANewPayee_FiresAgainstItsBaseline(int yuan, int expected)
    {
        var h = new Harness();
        h.Tx(Harness.At(10), "card", "shop", 100); // day 0: its usual life, ¥100 a day
        h.Tx(Harness.At(34), "victim", "card", yuan); // day 1: one large sum in…
        h.Tx(Harness.At(35), "card", "next-layer", yuan); // …and straight on to an account it never paid
        h.Flush();
        Assert.Equal(expected, h.Strength("card", IndicatorId.PassThrough));
    }

    [Theory]
    [InlineData(49_000, 0)] // below ten times a ¥5,000-a-day turnover
    [InlineData(50_000, 60)] // at it
    public void BusyAccount_IsJudgedAgainstItsOwnTurnover(int yuan, int expected)
    {
        var h = new Harness();
        h.Tx(Harness.At(10), "firm", "supplier", 5_000); // day 0: ¥5,000 of ordinary business
        h.Tx(Harness.At(34), "client", "firm", yuan);
        h.Tx(Harness.At(35), "firm", "new-payee", yuan);
        h.Flush();
        Assert.Equal(expected, h.Strength("firm", IndicatorId.PassThrough));
    }

    [Fact]
    public void SweepToAPayeeAlreadyPaid_IsACycleButNotVolume()
    {
        var h = new Harness();
        h.Tx(Harness.At(10), "card", "wallet", 100); // day 0: the wallet it always uses
        h.Tx(Harness.At(34), "employer", "card", 15_000); // day 1: salary in…
        h.Tx(Harness.At(35), "card", "wallet", 15_000); // …swept to the same wallet
        h.Flush();
        ref var s = ref h.Account("card");
        Assert.Equal(1, s.PassNow + s.PassPrev);
        Assert.Equal(0, s.PassKiloNow + s.PassKiloPrev);
        Assert.Equal(0, h.Strength("card", IndicatorId.PassThrough));
    }

    [Theory]
    [InlineData(8_000, 1)] // yesterday's and today's takings leave: a cycle
    [InlineData(12_000, 0)] // three days of takings leave: the oldest day is no longer pooled, so 67% is unexplained
    public void Pool_KeepsOnlyYesterdayAndToday(int sweptYuan, int expectedCycles)
    {
        var h = new Harness();
        for (var day = 0; day < 3; day++)
        {
            h.Tx(Harness.At((24 * day) + 10), $"customer-{day}", "shop", 4_000);
        }

        h.Tx(Harness.At(60), "shop", "supplier", sweptYuan);
        h.Flush();
        ref var s = ref h.Account("shop");
        Assert.Equal(expectedCycles, s.PassNow + s.PassPrev);
    }
}
