using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;
using Breakcard.Screening.Scoring;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 215, on hand-written sentences (none from a simulator template): the model alone counts at
/// 0.9, Japanese kanji forms fold, concealment and cover stories are signs, a corporate account kept
/// by the recruiter is handed over.
/// </summary>
public sealed class RoundEightModelAloneTests(TrainedModelFixture fixture)
{
    private static string[] Live(string text) =>
        [.. PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Where(h => !h.Negated).Select(h => h.Pattern.Id)];

    [Fact]
    public void TheModelAloneCountsAtItsShare_AndAnyLivePatternRemovesIt()
    {
        var screener = new AdScreener(TextNormaliser.Default, fixture.Model);
        const string Plain = "小区保洁阿姨，每天上午打扫楼道，月薪3200元，包午餐";
        var alone = screener.Screen(Plain);
        Assert.Empty(Live(Plain));
        // Model-led (ADR 306): the model alone counts at its share of the whole score (0.4 of it before).
        var expected = (int)Math.Round(100 * alone.ModelProbability!.Value * 0.9, MidpointRounding.AwayFromZero);
        Assert.Equal(expected, alone.Score);

        // A live pattern (card-trade): the model counts in full; the offence-structure floor may raise it to the
        // pattern-led score, never lower it.
        var trade = screener.Screen("高价收购银行卡，一张800元");
        var full = (int)Math.Round(100 * trade.ModelProbability!.Value, MidpointRounding.AwayFromZero);
        var patternLed = (int)Math.Round(100 * (0.4 * trade.ModelProbability!.Value + (0.6 * trade.PatternEvidence)), MidpointRounding.AwayFromZero);
        Assert.Equal(Math.Max(full, patternLed), trade.Score);
        Assert.DoesNotContain(trade.Reasons, r => r.Id == "model-alone");

        // Share 1 switches it off.
        var off = new AdScreener(TextNormaliser.Default, fixture.Model, ScreeningOptions.Default with { ModelAloneShare = 1 }).Screen(Plain);
        Assert.Equal((int)Math.Round(100 * off.ModelProbability!.Value, MidpointRounding.AwayFromZero), off.Score);
    }

    [Fact]
    public void AModelAlone_NeedsItsShareOfTheReviewBand()
    {
        // Model-led (ADR 306): 100 × 0.9 × p ≥ 49.5 needs p ≥ 0.55 (0.54 → 48.6 stays under 50). ADR 215's
        // near-certainty (p ≥ 0.9583) belonged to the 0.4 weight and still holds under PatternLed.
        var d = ScreeningOptions.Default;
        Assert.True(Math.Round(100 * d.ModelWeight * 0.54 * d.ModelAloneShare, MidpointRounding.AwayFromZero) < d.ReviewFrom);
        Assert.True(Math.Round(100 * d.ModelWeight * 0.55 * d.ModelAloneShare, MidpointRounding.AwayFromZero) >= d.ReviewFrom);
        var old = ScreeningOptions.PatternLed;
        Assert.True(Math.Round(100 * old.ModelWeight * 0.95 * old.ModelAloneShare, MidpointRounding.AwayFromZero) < old.ReviewFrom);
        Assert.True(Math.Round(100 * old.ModelWeight * 0.96 * old.ModelAloneShare, MidpointRounding.AwayFromZero) >= old.ReviewFrom);
        Assert.Throws<ArgumentOutOfRangeException>(() => new AdScreener(TextNormaliser.Default, null, ScreeningOptions.Default with { ModelAloneShare = 1.5 }));
    }

    [Theory]
    [InlineData("高价収购银行卡", "高价收购银行卡")]
    [InlineData("対公帳戸", "对公账户")]
    [InlineData("毎天転出", "每天转出")]
    [InlineData("你の卡", "你的卡")]
    public void JapaneseKanjiForms_FoldToSimplified(string written, string expected) =>
        Assert.Equal(expected, TextNormaliser.Default.Normalise(written).Text);

    [Theory]
    [InlineData("设备放你家里，插上你名下的手机卡，有人问就说是路由器，每月给800")]
    [InlineData("Pay $15 per session. Do not call your bank if a payment appears.")]
    [InlineData("老人带上身份证去银行开户，补贴200，别跟子女说")]
    public void ConcealmentAndCoverStories_AreSecrecy(string text) => Assert.Contains("secrecy", Live(text));

    [Theory]
    [InlineData("如有疑问请联系银行客服95588，月薪5000")]
    [InlineData("Call your bank at once if a payment you do not recognise appears.")]
    public void AskingToContactTheBank_IsNotSecrecy(string text) => Assert.DoesNotContain("secrecy", Live(text));

    [Fact]
    public void ACorporateAccountKeptByTheRecruiter_IsCorporateAccountConduct()
    {
        Assert.Contains("corporate-account", Live("帮忙开个个体户执照和对公户，费用我们出，办好给你2000，执照和账户交我们保管"));
        Assert.DoesNotContain("corporate-account", Live("会计岗位：负责公司对公账户的日常对账，月薪6000"));
    }
}
