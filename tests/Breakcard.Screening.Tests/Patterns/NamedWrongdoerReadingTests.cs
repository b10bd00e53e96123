using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 392, on hand-written sentences that come from no simulator template: an approach reported and then named for what it is —
/// a third party pointed at as the trader (那是收卡的), as a cheat (这是骗子), or as serving a crime's principal (这是在帮诈骗团伙洗钱),
/// or the trade called a crime (犯法) — judges what it reports; a writer who names himself the trader (我们是收卡的) or files the
/// help under a company (属于帮公司走账) does not. A transfer form's payee field that names an institution is whom the transfer
/// pays, not the reader collecting; a payee that is a person or the reader still reads as before.
/// </summary>
public sealed class NamedWrongdoerReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("小区群：昨晚有人在门口问老人卖不卖银行卡，一张给800元——别理他，那是收卡的。", "card-trade")]
    [InlineData("小区群：昨晚有人在门口问老人卖不卖银行卡，一张给800元——别理他，那是收卡的。", "card-price")]
    [InlineData("提醒：出售银行卡、手机卡犯法，老人的卡请带公证书到柜台销户。", "card-trade")]
    [InlineData("群里有人高价收额度，让你收钱再换成美元转到境外，这是在帮诈骗团伙洗钱。", "settlement")]
    [InlineData("群里有人高价收额度，让你收钱再换成美元转到境外，这是在帮诈骗团伙洗钱。", "collect-and-forward")]
    [InlineData("有人找上门想收你爸的银行卡，一张给600元——那是骗子，已拉黑。", "card-trade")]
    [InlineData("汇款申请\n付款账户：本人名下银行卡\n收款人：悉尼大学（学校账户）\n汇出：3万美元，用途学费", "collect-and-forward")]
    [InlineData("付款账户 Debit account：本人名下银行卡\n收款方 Beneficiary：University of Sydney（学校账户）\n汇出 Amount：3万美元", "collect-and-forward")]
    public void ReportedOrPaidToAnInstitution_IsNotRead(string text, string pattern) => Assert.False(Live(Match(text), pattern));

    [Theory]
    [InlineData("我们是收卡的，老人的银行卡一张给800元，长期收。", "card-trade")]
    [InlineData("他是收卡的朋友介绍来的，老人的银行卡一张给800元。", "card-trade")]
    [InlineData("出售银行卡不犯法，一张给800元，当天结。", "card-trade")]
    [InlineData("钱先转到你卡上，你换成美元转到境外指定账户，每次给你1000元，这属于帮公司走账。", "settlement")]
    [InlineData("收款人：你本人\n汇出：收到后转到我们给的账户，每笔给你200元", "collect-and-forward")]
    [InlineData("付款账户：你名下的卡\n收款人：我们给的名字，香港某银行\n汇出：4万美元，每次给你800元", "collect-and-forward")]
    public void TheAct_StaysLive(string text, string pattern) => Assert.True(Live(Match(text), pattern));

    [Fact]
    public void NamingAThirdParty_IsReportFraming()
    {
        var m = Match("小区群：昨晚有人在门口问老人卖不卖银行卡，一张给800元——别理他，那是收卡的。");
        Assert.True(m.Honest.HasFlag(HonestContext.ReportFraming));
        Assert.False(Match("我们是收卡的，老人的银行卡一张给800元，长期收。").Honest.HasFlag(HonestContext.ReportFraming));
    }
}
