using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 382, addendum: the cheap anchor tests of ADR 384's readings search the words' first characters and check each hit
/// for a whole word. A first character that starts no anchor word (收钱, 老家, 法律) must not stop the search before a
/// later anchor, and a first character alone is no anchor.
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
}
