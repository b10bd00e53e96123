using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;
using Breakcard.Screening.Scoring;

namespace Breakcard.Screening.Tests.Scoring;

/// <summary>
/// ADR 306: the model leads, and a text stating an offence structure with no honest context scores at least
/// the pattern-led score. Hand-written sentences (hc-r09 and hc-r04 are the hard cases the floor was made for).
/// </summary>
public sealed class OffenceStructureFloorTests(TrainedModelFixture fixture)
{
    private const string CorporateAccounts = "回收闲置对公户，公司注销的也要，要求带齐执照、公章、U盾，价格5000-20000不等，当天打款";
    private const string Settlement = "招聘：线上财务助理（兼职）。岗位要求：本人持有两张及以上储蓄卡并开通手机银行；工作内容：协助公司进行资金归集与划转；薪资：按流水千分之三结算，周结。";

    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    [Theory]
    [InlineData(CorporateAccounts)]
    [InlineData(Settlement)]
    public void AStatedTrade_IsNotOverruledByAModelThatHasNotSeenItsWords(string text)
    {
        var m = Match(text);
        Assert.Contains(m.Hits, h => !h.Negated && h.Pattern.IsOffenceStructure);
        Assert.Equal(HonestContext.None, m.Honest);
        var screener = new AdScreener(TextNormaliser.Default, fixture.Model);
        var r = screener.Screen(text);
        var p = r.ModelProbability!.Value;
        var patternLed = (int)Math.Round(100 * ((0.4 * p) + (0.6 * r.PatternEvidence)), MidpointRounding.AwayFromZero);
        // At most one under the reject band: the floor leads to review, and reject needs the pattern-led score there (ADR 306).
        var floored = Math.Max((int)Math.Round(100 * p, MidpointRounding.AwayFromZero), patternLed);
        Assert.Equal(Math.Min(floored, screener.Options.RejectFrom - 1), r.Score);
        Assert.Equal(RiskBand.Medium, r.Band);
        Assert.Contains(r.Reasons, x => x.Kind == ReasonKind.Decision && x.Id == "offence-structure-floor");

        // Without the floor the model and the patterns' combination decide, and the score is lower: the floor is what
        // lifted it. (Until ADR 433 the test's model read both texts as harmless, p ≈ 0.1, and the band fell to low; since
        // ADR 433 the test's model reads the settlement text at p ≈ 0.7 — ADR 433 traces it to its wider don't-ask forms —
        // so the band is no longer the test: the lift is.)
        var modelOnly = new AdScreener(TextNormaliser.Default, fixture.Model, ScreeningOptions.Default with { OffenceStructureFloor = false }).Screen(text);
        Assert.True(modelOnly.Score < r.Score, $"without the floor {modelOnly.Score}, with it {r.Score}");
        Assert.DoesNotContain(modelOnly.Reasons, x => x.Kind == ReasonKind.Decision);
    }

    [Fact]
    public void HonestContext_TurnsTheFloorOff()
    {
        // The same trade of corporate accounts, spoken by a bank as a prohibition: honest context, no floor.
        const string Text = "银行提醒：对公账户严禁出租出借，公司注销请到柜台办理，如有人高价回收请及时报警";
        var m = Match(Text);
        Assert.NotEqual(HonestContext.None, m.Honest);
        var r = new AdScreener(TextNormaliser.Default, fixture.Model).Screen(Text);
        Assert.DoesNotContain(r.Reasons, x => x.Id == "offence-structure-floor");
        Assert.Equal(RiskBand.Low, r.Band);
    }

    [Fact]
    public void WhenTheModelScoresHigher_TheModelDecides()
    {
        const string Text = "找人帮忙：公司账户被冻结了，想借你的卡收几笔货款再转给我们，给你好处费一千";
        var r = new AdScreener(TextNormaliser.Default, fixture.Model).Screen(Text);
        Assert.True(r.ModelProbability > 0.9, $"p = {r.ModelProbability}");
        Assert.Equal((int)Math.Round(100 * r.ModelProbability!.Value, MidpointRounding.AwayFromZero), r.Score);
        Assert.DoesNotContain(r.Reasons, x => x.Id == "offence-structure-floor");
    }

    [Fact]
    public void RejectNeedsThePatternLedScore_NotTheModelAlone()
    {
        // Face verification for others, priced: identity-lending (0.60) is the only pattern. With the pattern-led
        // score set to 100 × e (60) the patterns do not reach reject, however confident the model.
        const string Text = "需要配合做个人脸验证，三分钟搞定，100一次，不用露面不用见人，私信";
        var options = ScreeningOptions.Default with { FloorModelWeight = 0 };
        var free = new AdScreener(TextNormaliser.Default, fixture.Model, options with { RejectNeedsPatternLedScore = false }).Screen(Text);
        Assert.True(free.ModelProbability >= 0.7, $"p = {free.ModelProbability}");
        Assert.Equal(RiskBand.High, free.Band);

        var r = new AdScreener(TextNormaliser.Default, fixture.Model, options).Screen(Text);
        Assert.Equal(69, r.Score);
        Assert.Equal(RiskBand.Medium, r.Band);
        Assert.Contains(r.Reasons, x => x.Kind == ReasonKind.Decision && x.Id == "reject-needs-patterns");
    }

    [Fact]
    public void WithoutAModel_TheBandsStayPatternLed()
    {
        var screener = new AdScreener(TextNormaliser.Default, null);
        Assert.Equal(ScreeningOptions.PatternLed, screener.Options);
        var r = screener.Screen(CorporateAccounts);

        // 100 × e, stopped at 69 since the readings find no price here (ADR 233's reject gate).
        Assert.Equal(Math.Min((int)Math.Round(100 * r.PatternEvidence, MidpointRounding.AwayFromZero), 69), r.Score);
        Assert.Equal(RiskBand.Medium, r.Band);
        Assert.DoesNotContain(r.Reasons, x => x.Id == "offence-structure-floor");
    }
}
