using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 425, on hand-written texts that come from no simulator template: everyday words in the online register read as the
/// standard words (木有 → 没有, 神马 → 什么, ur own acct → your own account) without making them a disguise; a row of unrelated
/// topic tags dropped before reading, a single tag kept; a clause written backwards whose note says so read back in order, English
/// words keeping their boundaries; the payee right after the verb that moves the money (打到你本人银行卡) read as the reader's own pay,
/// unless someone else's money is named or passed on; and "report anyone trying to …" describing, not offering, what follows.
/// </summary>
public sealed class OnlineRegisterAndPayeeReadingTests
{
    private static string Fold(string text) => TextNormaliser.Default.Normalise(text).Text;

    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("木有押金，神马都不用问", "没有押金什么都不用问")]
    [InlineData("盆友们酱紫做不造对不对", "朋友们这样子做不知道对不对")]
    [InlineData("承诺不造假，不造成损失", "承诺不造假不造成损失")] // 不造 is "don't know" only outside 造假 and 造成
    [InlineData("树木有很多种", "树木有很多种")] // 木有 is "haven't" only outside 树木
    [InlineData("pls msg me tmrw", "pleasemessagemetomorrow")]
    [InlineData("paid to ur own acct", "paidtoyourownaccount")]
    public void Normalise_OnlineRegister_ReadsAsTheStandardWords(string text, string expected) => Assert.Equal(expected, Fold(text));

    [Fact]
    public void Normalise_TextSpeakAcrossWords_IsNoDisguise()
    {
        var n = TextNormaliser.Default.Normalise("use ur bank acct");
        var term = n.Terms.Single(t => t.Term.Text == "bankaccount");
        Assert.False(term.IsDisguised);
        Assert.Equal("bank acct", n.Quote(term.Start, term.End));
    }

    [Theory]
    [InlineData("出租银行卡日结\n#打工人日常 #今日穿搭 #露营", "出租银行卡日结")]
    [InlineData("#生活碎片##城市漫步#出租银行卡日结", "出租银行卡日结")]
    [InlineData("rent ur card #ootd #foodie #gymtok", "rentyourcard")]
    [InlineData("label every video #ad / 广告", "labeleveryvideoad广告")] // one label is part of the sentence
    public void Normalise_RowOfTopicTags_IsDropped(string text, string expected) => Assert.Equal(expected, Fold(text));

    [Theory]
    [InlineData("兼职：卡行银的你借租（倒序读），日结200", "兼职租借你的银行卡日结200")]
    [InlineData("兼职：卡行銀的你借租（從右往左讀），日結200", "兼职租借你的银行卡日结200")]
    [InlineData("Side gig: tnuocca knab ruoy su dnel (read backwards), £200", "sidegiglendusyourbankaccount200")]
    public void Normalise_ClauseWrittenBackwardsWithItsNote_ReadsInOrder(string text, string expected) =>
        Assert.Equal(expected, Fold(text).Replace("£", string.Empty, StringComparison.Ordinal));

    [Fact]
    public void Normalise_BackwardsEnglishClause_KeepsItsWordBoundaries()
    {
        var n = TextNormaliser.Default.Normalise("Side gig: tnuocca knab ruoy su dnel (read backwards)");
        var term = n.Terms.Single(t => t.Term.Text == "bankaccount");
        Assert.False(term.Spaced);
    }

    [Fact]
    public void BackwardsClause_WithAFoldedWord_QuotesTheOriginalWord()
    {
        // acct is folded to account after the clause is read back: the fold's source span is taken over all its characters.
        var n = TextNormaliser.Default.Normalise("Side gig: tcca knab ruoy su dnel (read backwards), £200 a week");
        var term = n.Terms.Single(t => t.Term.Text == "bankaccount");
        Assert.Equal("tcca knab", n.Quote(term.Start, term.End));
        Assert.NotEmpty(PatternMatcher.Match(n).Hits);
    }

    [Theory]
    [InlineData("探店达人：每条稿费300元，视频审核通过后银行转账，打到你本人银行卡，需开发票。")]
    [InlineData("短视频测评：每条视频稿费300元，银行转账打到本人银行卡，需开发票。")]
    public void AFeePaidIntoTheReadersOwnCard_IsNoCollecting(string text) => Assert.False(Live(Match(text), "collect-and-forward"));

    [Theory]
    // Third parties' money into the reader's card and passed on.
    [InlineData("探店达人：顾客付的餐费银行转账，打到你本人银行卡，收到后转给店长指定的账户，每单留5%。")]
    // Third parties named as paying in, nothing said of passing on: still their money through the reader's card.
    [InlineData("兼职：客户的货款银行转账打到你本人银行卡，每单提成20元。")]
    public void OthersMoneyIntoTheReadersOwnCard_IsCollecting(string text) => Assert.True(Live(Match(text), "collect-and-forward"));

    [Fact]
    public void TextSpeakOwnAccount_PassedOn_IsCollecting() =>
        Assert.True(Live(Match("Our clients pay by bank transfer to ur own acct, u wire it on to our manager the same day n keep 3%."), "collect-and-forward"));

    [Fact]
    public void ReportAnyoneTrying_DescribesWhatFollows() =>
        Assert.False(Live(Match("Check the seller's ID and pay only to an account in the seller's own name. Report anyone trying to sell phones with the SIM and apps kept on."), "phone-card-trade"));
}
