using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;
using Breakcard.Screening.Scoring;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// Round 9's change of method (ADR 233), on hand-written sentences that come from no simulator
/// template: only the offence structure for pay reaches the reject band, honest-context evidence is
/// found in general form, a prohibition governs the acts it names, and converting others' money is
/// the offence structure.
/// </summary>
public sealed class RoundNineStructureTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static string[] Live(string text) => [.. Match(text).Hits.Where(h => !h.Negated).Select(h => h.Pattern.Id)];

    // --- a prohibition governs the acts it names, across a list

    [Theory]
    [InlineData("Reminder to all interns: never sell, rent or lend your bank card or SIM to anyone.")]
    [InlineData("物业保洁员须知：不得出租、出借、出售本人银行卡，工资每月发放。")]
    public void AProhibitionOverAListOfActs_NegatesEveryAct(string text)
    {
        var m = Match(text);
        Assert.DoesNotContain("card-trade", Live(text));
        Assert.DoesNotContain("phone-card-trade", Live(text));
        Assert.True(m.Honest.HasFlag(HonestContext.Prohibition));
    }

    [Theory]
    [InlineData("We rent your bank card, 500元 a week, easy money.")]
    [InlineData("出租你的银行卡，一张800元，不要告诉家人。")]
    public void AnOfferWithoutProhibition_StillTradesTheCard(string text)
    {
        Assert.Contains("card-trade", Live(text));
        Assert.True(Match(text).HasOffenceStructure);
    }

    [Fact]
    public void AProhibitionLaterInTheHit_NegatesTheWholeHit()
    {
        // The hit runs from the card to 代收; 代收 is forbidden, so the hit is not live.
        const string text = "保洁员用工协议：甲方每月5日把工资转入乙方本人银行卡，不得由他人代收。";
        var m = Match(text);
        Assert.DoesNotContain("settlement", Live(text));
        Assert.True(m.Honest.HasFlag(HonestContext.OwnAccountPay));
        Assert.True(m.Honest.HasFlag(HonestContext.InstitutionVoice));
        Assert.True(m.Honest.HasFlag(HonestContext.Prohibition));
    }

    // --- honest-context evidence in general form

    [Fact]
    public void ADateIsNotADisguisedPayWord()
    {
        // 10日转入 reads as the disguised 日赚 (转 for 赚) without the date rule.
        var live = Live("家政员：工资次月10日转入本人银行卡，月薪5000元。");
        Assert.DoesNotContain("easy-money", live);
        Assert.DoesNotContain("daily-pay", live);
        Assert.DoesNotContain("disguised-vocabulary", live);
    }

    [Fact]
    public void HelpForAServedPerson_IsNotActingForOthersWithMoney()
    {
        const string text = "银行大厅引导员：帮老人在自助机上查余额、给子女转账，月薪3500元。";
        Assert.DoesNotContain("collect-and-forward", Live(text));
        Assert.True(Match(text).Honest.HasFlag(HonestContext.ServedPersonHelp));
    }

    [Fact]
    public void WatchAndReportFraming_IsHonestContext()
    {
        const string text = "金店营业员培训：诈骗团伙会让人拿别人转来的钱到店买金条再交给上线，遇到说不清资金来源的顾客，马上告知店长。";
        Assert.DoesNotContain("money-conversion", Live(text));
        Assert.True(Match(text).Honest.HasFlag(HonestContext.ReportFraming));
    }

    // --- converting others' money is the offence structure

    [Theory]
    [InlineData("跑腿单：货款稍后转到你的卡上，收到后去金店买金条，交给来取货的人，每单500元")]
    [InlineData("同城取件：上门取一个包裹，到ATM无卡存款存进指定的账户，一单提成5%")]
    public void OthersMoneyConvertedOrDeposited_IsMoneyConversion(string text) => Assert.Contains("money-conversion", Live(text));

    [Fact]
    public void PayIntoOnesOwnCard_IsHonestContextButNotConversion()
    {
        const string text = "洗碗工，月薪4500，每月15号打到你自己卡上，包吃住。";
        var m = Match(text);
        Assert.DoesNotContain(Live(text), id => PatternCatalog.Get(id).IsOffenceStructure);
        Assert.True(m.Honest.HasFlag(HonestContext.OwnAccountPay));
    }

    [Fact]
    public void TheRecruitersMoneyArrivingOnce_IsNotPay()
    {
        // Money that arrives first and is then spent as told is not wages on a schedule.
        Assert.False(Match("代购助理：货款我们先转到你的卡上，你再用这笔钱在网上买卡，卡密发给我们。").Honest.HasFlag(HonestContext.OwnAccountPay));
        Assert.True(Match("搬家工，每周五把工钱打到你自己的卡上。").Honest.HasFlag(HonestContext.OwnAccountPay));
    }

    [Theory]
    [InlineData("骑手问答：工资按月提现到本人银行卡。Ｖ信 ｚ４５０４了解详情")]
    [InlineData("騎手問答：工資按周提現到本人銀行卡。電話微信同號 13858728976")]
    public void AWeChatIdInFullWidthOrTraditionalScript_IsAContact(string text) => Assert.DoesNotContain("account-lending", Live(text));

    // --- scoring: the reject band needs the offence structure; honest context lowers only without it

    [Fact]
    public void WithoutOffenceStructure_TheScoreStopsAtReview()
    {
        // Slang, several cards, reassurance and daily pay: signs of card collecting, but no card handed over.
        const string text = "招卡农，要求名下多张银行卡，不冻卡，日结";
        var screener = new AdScreener(TextNormaliser.Default, null);
        var m = Match(text);
        Assert.False(m.HasOffenceStructure);
        Assert.True(m.Evidence >= 0.7, $"evidence {m.Evidence}");
        var r = screener.Screen(text);
        Assert.Equal(RiskBand.Medium, r.Band);
        Assert.Equal(screener.Options.RejectFrom - 1, r.Score);
        Assert.Contains(r.Reasons, x => x.Id == "no-offence-structure");
        var uncapped = new AdScreener(TextNormaliser.Default, null, new ScreeningOptions { RejectNeedsOffenceStructure = false }).Screen(text);
        Assert.Equal(RiskBand.High, uncapped.Band);
    }

    [Fact]
    public void HonestContextLowersOnlyTextsWithoutOffenceStructure()
    {
        var screener = new AdScreener(TextNormaliser.Default, null);
        var off = new AdScreener(TextNormaliser.Default, null, new ScreeningOptions { HonestContextWeight = 0 });

        // Contract voice and a prohibition, and a disguised key word: lowered by 1 − (1 − 0.4)² = 0.64.
        const string honest = "甲方：某保洁公司。乙方：保洁员。乙方不得私下收款，工资按月结算，银.行.卡号入职时登记。";
        var h = Match(honest);
        Assert.False(h.HasOffenceStructure);
        var n = System.Numerics.BitOperations.PopCount((uint)h.Honest);
        Assert.True(n >= 2, h.Honest.ToString());
        Assert.Equal(off.Screen(honest).Score * Math.Pow(0.6, n), screener.Screen(honest).Score, 1.0);

        // The same framing next to a card handed over for pay changes nothing.
        const string risky = "甲方：某科技公司。乙方不得私下收款。出租你的银行卡，一张800元。";
        Assert.True(Match(risky).HasOffenceStructure);
        Assert.Equal(off.Screen(risky).Score, screener.Screen(risky).Score);
    }
}
