using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 382, addendum: the cheap anchor tests of ADR 384's readings search the words' first characters and check each hit
/// for a whole word. A first character that starts no anchor word (收钱, 老家, 法律) must not stop the search before a
/// later anchor, and a first character alone is no anchor.
/// <para>
/// ADR 414: ADR 408's cheap tests, rewritten for speed, must pass and fail on the same texts as before. The cent's words are
/// found by their first characters: a first character that starts no cent word (分享, 毛巾, care, pen) must not stop the
/// search, a first character alone is no cent, and a word at the text's start or end, after a line break or in full-width
/// letters is found. The payout test reads the pay signs before the sellers' words: it needs both, in either order of the text.
/// </para>
/// </summary>
public sealed class AnchorSearchTests
{
    private static PatternContext Context(string text) => new(TextNormaliser.Default.Normalise(text));

    [Theory]
    [InlineData("店主")]
    [InlineData("法人")]
    [InlineData("老板")]
    [InlineData("商户")]
    [InlineData("经营者")]
    [InlineData("结算卡")]
    [InlineData("收款卡")]
    [InlineData("结算账户")]
    public void EveryMerchantWord_IsFound_AfterFirstCharactersThatStartNone(string word)
    {
        Assert.True(MerchantAndParcelReadings.MentionsMerchant(Context("收钱的时候回老家看看法律和经济新闻，" + word)));
        Assert.True(MerchantAndParcelReadings.MentionsMerchant(Context(word + "在这里")));
    }

    [Theory]
    [InlineData("收钱的时候回老家看看法律和经济新闻，商场结束")]
    [InlineData("日结300元，在家打字")]
    public void FirstCharactersAlone_AreNoMerchant(string text) => Assert.False(MerchantAndParcelReadings.MentionsMerchant(Context(text)));

    [Theory]
    [InlineData("发工资，托人办事，运动会结束后寄")]
    [InlineData("发工资，托人办事，运动会结束后看运单")]
    [InlineData("发工资，托人办事，运动会结束后发件")]
    [InlineData("发工资，托人办事，运动会结束后托运")]
    public void EveryParcelWord_IsFound_AfterFirstCharactersThatStartNone(string text) =>
        Assert.True(MerchantAndParcelReadings.MentionsParcel(Context(text)));

    [Fact]
    public void ParcelFirstCharactersAlone_AreNoParcel() =>
        Assert.False(MerchantAndParcelReadings.MentionsParcel(Context("发工资，托人办事，运动会结束")));

    [Theory]
    [InlineData("分钱")]
    [InlineData("分qian")]
    [InlineData("毛钱")]
    [InlineData("零")]
    [InlineData("cent")]
    [InlineData("penny")]
    public void EveryCentWord_IsFound_AfterFirstCharactersThatStartNone(string word)
    {
        Assert.True(MoneyPaidOutReadings.MentionsNote(Context("分享毛巾，care of the pen，备注写好：" + word)));
        Assert.True(MoneyPaidOutReadings.MentionsNote(Context(word + "，备注写好")));
        Assert.True(MoneyPaidOutReadings.MentionsNote(Context("备注写好\n" + word)));
    }

    [Theory]
    [InlineData("分享毛巾，care of the pen，备注写好")]
    [InlineData("备注：分")]
    [InlineData("备注：毛")]
    [InlineData("memo: pen")]
    [InlineData("memo: ce")]
    public void FirstCharactersAlone_AreNoCent(string text) => Assert.False(MoneyPaidOutReadings.MentionsNote(Context(text)));

    [Fact]
    public void FullWidthCent_IsFound() => Assert.True(MoneyPaidOutReadings.MentionsNote(Context("ｏｎｅ ｃｅｎｔ，ｍｅｍｏ：hi")));

    [Fact]
    public void CentWithoutNote_IsNoNote() => Assert.False(MoneyPaidOutReadings.MentionsNote(Context("一分钱一分货")));

    [Fact]
    public void TextWithoutAnyCentCharacter_IsNoNote() => Assert.False(MoneyPaidOutReadings.MentionsNote(Context("备注写好，周末来拿")));

    [Theory]
    [InlineData("农户")]
    [InlineData("供货商")]
    [InlineData("当场")]
    [InlineData("马")]
    [InlineData("回收点")]
    [InlineData("pay")]
    public void SellerWord_AndPaySign_AreFound_InEitherOrder(string seller)
    {
        Assert.True(MoneyPaidOutReadings.MentionsPayoutTerms(Context(seller + "，每付一万给你两百")));
        Assert.True(MoneyPaidOutReadings.MentionsPayoutTerms(Context("钱是谁打的别问\n" + seller)));
    }

    [Theory]
    [InlineData("每付一万给你两百，钱是谁打的别问")]
    [InlineData("农户的茶叶当场收走，结清")]
    [InlineData("")]
    public void SellerWordOrPaySignAlone_IsNoPayout(string text) => Assert.False(MoneyPaidOutReadings.MentionsPayoutTerms(Context(text)));
}
