using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 458, on hand-written texts that come from no simulator template: a business's or a person's own record of their own money.
/// A check list that refuses a third party's payment (不收陌生人代付, 不接受第三方转账) offers no payment for others; 买方 before an
/// account is the buyer, not a purchase of the account; a note whose subject is a relative clause's head (people who resell them may be
/// helping launder money) describes others' conduct. A refusal of something else (不收押金) and a relative subject in an offer stay live.
/// </summary>
public sealed class OwnMoneyRecordReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("付款：用买方自己的银行卡付款 ✔，超过五万的付款登记资金来源 ✔，不收陌生人代付 ✔")]
    [InlineData("付款：從買方自己的銀行卡刷卡 ✔，不收第三方代付 ✔")]
    [InlineData("本店只收顾客本人付款，不接受他人代付")]
    public void APaymentRefusedWithItsPayer_IsNoSettlement(string text) => Assert.False(Live(Match(text), "settlement"));

    [Theory]
    [InlineData("付款：用买方自己的银行卡付款 ✔，超过五万的付款登记资金来源 ✔，不收陌生人转账 ✔")]
    [InlineData("付款：用买方自己的银行卡付款 ✔，超过五万的付款登记资金来源 ✔，不收第三方代付 ✔")]
    public void AChecklistRefusingOthersTransfers_CollectsNothing(string text) => Assert.False(Live(Match(text), "collect-and-forward"));

    [Theory]
    [InlineData("兼职：不收押金，帮老板代付货款，每笔提成1%，日结")]
    [InlineData("不收手续费，用你的银行卡帮我们代付，一单30元")]
    public void ARefusalOfSomethingElse_LeavesTheSettlementLive(string text) => Assert.True(Live(Match(text), "settlement"));

    [Theory]
    [InlineData("车款 Payment：从买方名下的账户付款 ✔")]
    [InlineData("車款：從買方自己的賬戶付款 ✔")]
    public void TheBuyersOwnAccount_IsNoAccountTrade(string text) => Assert.False(Live(Match(text), "internet-account-trade"));

    [Fact]
    public void BuyingAccounts_StaysATrade() => Assert.True(Live(Match("高价买抖音账号，一个50元"), "internet-account-trade"));

    [Theory]
    [InlineData("Note: \"50% off\" delivery services online usually use stolen cards, and people who forward payments for them may be helping launder money; report them")]
    [InlineData("Note: \"half-price\" ordering services online often use stolen cards, and students who resell them may be helping launder money; don't use them")]
    public void ANoteWithARelativeSubject_DescribesOthersConduct(string text) => Assert.False(Live(Match(text), "settlement"));

    [Fact]
    public void ARelativeSubjectInTheOffersOwnSentence_StaysLive() =>
        Assert.True(Live(Match("Students who launder money for us through their own accounts keep 10% of every payment, we pay daily"), "settlement"));
}
