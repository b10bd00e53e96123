using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 469, on hand-written texts that come from no simulator template: a trading platform's record of a player paying for their
/// own purchase from their own wallet. The wallet paid from beside a refused third-party payment (从本人的支付宝付款，不收第三方代付)
/// is lent to no one; a record's serial number (流水号) is no money flow for its English title's "Transfer" to pair with.
/// The same wallet used to pay for the poster, and money passed on, stay live.
/// </summary>
public sealed class OwnWalletRecordReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("资金 Payment：从本人的支付宝付款 ✔，不收第三方代付 ✔，大额交易客服审核 ✔")]
    [InlineData("付款 Payment：用本人的支付宝付款 ✔，不收第三方代付 ✔，几千以上的装备客服复核 ✔")]
    [InlineData("資金 Payment：從自己的支付寶充值 ✔，不收陌生人代付 ✔")]
    public void OnesOwnWalletBesideARefusedPayment_IsNotLent(string text) => Assert.False(Live(Match(text), "account-lending"));

    [Theory]
    [InlineData("用你的支付宝帮我们代付货款，每单返3%，日结")]
    [InlineData("资金：老板的钱转到你的支付宝，你帮我们代付，一单30元")]
    public void OnesWalletPayingForOthers_StaysLent(string text) => Assert.True(Live(Match(text), "account-lending"));

    [Theory]
    [InlineData("【装备转移单 Item Transfer Record】流水号 No.：ZB2435　渠道 Platform：藏宝阁　买方 Party：玩家小朱")]
    [InlineData("【裝備轉移單 Item Transfer Record】流水號 No.：ZB5820　平台 Platform：藏寶閣　買方 Party：本人")]
    public void ARecordsSerialNumber_MovesNoMoney(string text) => Assert.False(Live(Match(text), "collect-and-forward"));

    [Fact]
    public void MoneyReceivedAndItsFlowPassedOn_StaysLive() =>
        Assert.True(Live(Match("用你本人的卡帮老板收款，流水当天转给我们的账户，每笔抽3%"), "collect-and-forward"));
}
