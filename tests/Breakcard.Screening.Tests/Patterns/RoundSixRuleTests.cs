using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// The rules and folds added while studying round 5's families as round 6's development set
/// (ADR 174), on hand-written sentences — each risky form beside the honest sentence that shares
/// its words.
/// </summary>
public sealed class RoundSixRuleTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static string[] Live(string text) => [.. Match(text).Hits.Where(h => !h.Negated).Select(h => h.Pattern.Id)];

    [Theory]
    [InlineData("建设银行2027届校园招聘：对公客户经理，负责对公账户开户、代收代付业务，本科及以上，五险一金")]
    [InlineData("某农商银行春招管培生，岗位职责：个人账户开立、代收代付与结算，硕士优先")]
    public void LicensedBankHiringStaff_NamesSettlementAsDuties(string text)
    {
        Assert.DoesNotContain("settlement", Live(text));
        Assert.DoesNotContain("corporate-account", Live(text));
    }

    [Theory]
    [InlineData("工商银行合作项目：用你的银行卡代收代付，日结500")] // "your" card, daily pay, an amount
    [InlineData("银行内部渠道：代收代付，不问来源，校园招聘")] // reassurance
    [InlineData("代收代付，校园招聘，本科及以上")] // no licensed employer named
    public void SettlementOfferedOrWithoutALicensedEmployer_StaysSettlement(string text) =>
        Assert.Contains("settlement", Live(text));

    [Fact]
    public void AYear_IsNotAnAmount()
    {
        Assert.Empty(AmountScanner.Find("2027年校园招聘2027届"));
        Assert.Single(AmountScanner.Find("2027元"));
    }

    [Fact]
    public void EnglishAlertQuotingTheOffer_IsANotice()
    {
        var alert = Match("Scam alert: a job that asks you to rent out your SIM for quick cash is money laundering. Never share your PIN; report it.");
        Assert.True(alert.IsWarningNotice);
        Assert.All(alert.Hits, h => Assert.True(h.Negated, h.Pattern.Id));
        Assert.Contains("phone-card-trade", Live("Rent out your SIM for quick cash, $20 a day."));
    }

    [Theory]
    [InlineData("Install our app and it sends text messages from your number, $60 a day.")]
    [InlineData("手机挂机：装好软件，用你的手机号群发短信，一天40元")]
    public void MessagesSentFromTheHoldersNumber_AreCallRelay(string text) => Assert.Contains("call-relay", Live(text));

    [Theory]
    [InlineData("We will send verification messages to your phone about the interview, salary $3000 a month.")]
    [InlineData("我们会发短信通知你的面试时间，月薪5000")]
    public void AnEmployerTextingApplicants_IsNotCallRelay(string text) => Assert.DoesNotContain("call-relay", Live(text));

    [Theory]
    [InlineData("出x租银行卡", "出租")]
    [InlineData("收公o户", "公户")]
    [InlineData("把验8证码给我们", "验证码")]
    public void AStrayLetterOrDigitInsideAKeyWord_IsDropped(string text, string canonical)
    {
        var normalised = TextNormaliser.Default.Normalise(text);
        var term = Assert.Single(normalised.Terms, t => t.Term.Text.Contains(canonical, StringComparison.Ordinal));
        Assert.True(term.IsDisguised);
    }

    [Theory]
    [InlineData("每1万给10元", "每1万")] // an amount stays
    [InlineData("A轮融资", "a轮融资")] // not between two halves of a key word
    public void OtherLettersAndDigits_Stay(string text, string kept) =>
        Assert.Contains(kept, TextNormaliser.Default.Normalise(text).Text, StringComparison.Ordinal);

    [Fact]
    public void ALineBrokenInsideAQuotedWord_DoesNotEndTheSentence()
    {
        // The verdict 都是骗局 reaches back over “兼⏎职” to 刷单.
        Assert.DoesNotContain("order-brushing", Live("班会通知：凡是让你刷单的“兼\n职”都是骗局。"));
        Assert.Contains("order-brushing", Live("刷单兼职，日结\n都是骗局？不是，放心做"));
    }

    [Theory]
    [InlineData("长期收U，要求自备一类卡接款，来路不问")]
    [InlineData("收USDT，自备银行卡，不问来源，日结")]
    public void CryptoBrickMovingIntoYourCard_IsFlagged(string text) =>
        Assert.Contains(Live(text), id => id is "settlement" or "reassurance" or "card-required");

    [Fact]
    public void BuyingOnlineBankingKeys_WrittenWithU_IsACardKit() =>
        Assert.Contains("card-kit", Live("长期收U盾，价格私聊"));
}
