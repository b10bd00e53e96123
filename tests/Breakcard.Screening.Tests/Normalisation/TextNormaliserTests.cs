using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;
using CsCheck;

namespace Breakcard.Screening.Tests.Normalisation;

public sealed class TextNormaliserTests
{
    private static readonly TextNormaliser Normaliser = TextNormaliser.Default;

    private static string Fold(string text) => Normaliser.Normalise(text).Text;

    private static TermMatch Term(string text, string canonical) =>
        Normaliser.Normalise(text).Terms.Single(t => t.Term.Text == canonical);

    [Theory]
    [InlineData("ＡＢＣ１２３", "abc123")] // full-width letters and digits
    [InlineData("日結３００元", "日结300元")] // traditional and full-width together
    [InlineData("銀行卡帳戶", "银行卡账户")] // 帐户 is the common spelling of 账户
    [InlineData("收 银.行*卡", "收银行卡")] // separators between characters
    [InlineData("银\u200B行\u200B卡", "银行卡")] // zero-width spaces
    [InlineData("银丨行ノ卡", "银行卡")] // stroke and katakana separators
    [InlineData("银🌟行🌟卡", "银行卡")] // emoji between characters
    [InlineData("𝐯𝐱", "微信")] // mathematical bold letters, then the abbreviation
    [InlineData("ⓥⓧ", "微信")] // circled letters
    [InlineData("vх", "微信")] // Cyrillic х
    public void Normalise_CharacterDisguises_FoldToCanonical(string text, string expected)
    {
        Assert.Equal(expected, Fold(text));
    }

    [Theory]
    [InlineData("出祖", "出租", FoldKind.Homophone)]
    [InlineData("薇信", "微信", FoldKind.Homophone)]
    [InlineData("徽信", "微信", FoldKind.Lookalike)]
    [InlineData("银彳亍卡", "银行卡", FoldKind.Split)]
    [InlineData("yinhangka", "银行卡", FoldKind.Pinyin)]
    [InlineData("yin行卡", "银行卡", FoldKind.Pinyin)]
    [InlineData("pao fen", "跑分", FoldKind.Pinyin)]
    [InlineData("yhk", "银行卡", FoldKind.Abbreviation)]
    [InlineData("zfb", "支付宝", FoldKind.Abbreviation)]
    [InlineData("跑粉", "跑分", FoldKind.Homophone)]
    [InlineData("刷丹", "刷单", FoldKind.Homophone)]
    [InlineData("日洁", "日结", FoldKind.Homophone)]
    public void Normalise_WordDisguises_AreRecognisedAndMarked(string text, string canonical, FoldKind kind)
    {
        var term = Term(text, canonical);
        Assert.Equal(kind, term.Fold);
        Assert.True(term.IsDisguised);
    }

    [Fact]
    public void Normalise_HeartAfterWei_IsWeChat()
    {
        Assert.Equal("微信", Fold("微❤"));
        Assert.Equal("微信", Fold("薇💗"));
    }

    [Theory]
    [InlineData("new xbox", "newxbox")] // "wx" inside English words is not WeChat
    [InlineData("sweater", "sweater")]
    [InlineData("祖国", "祖国")] // 祖 is 租 only inside a vocabulary word
    [InlineData("对工作认真负责", "对工作认真负责")] // 对工 is not 对公 here
    public void Normalise_OrdinaryWords_AreNotFolded(string text, string expected)
    {
        Assert.Equal(expected, Fold(text));
    }

    [Theory]
    [InlineData("收银员", "收银员")] // a decoy wins over 收
    [InlineData("出租车司机", "出租车")]
    [InlineData("家纺店床品四件套", "床品四件套")]
    public void Normalise_Decoys_WinOverTheRiskyWordInside(string text, string decoy)
    {
        Assert.Contains(Normaliser.Normalise(text).Terms, t => t.Term.Text == decoy && t.Has(Concept.Decoy));
    }

    [Fact]
    public void Normalise_DecoyThatWouldSwallowACardWord_IsCutShort()
    {
        // 收银 (cashier) must not swallow the 银 of 银行卡.
        var terms = Normaliser.Normalise("收银行卡一张800").Terms.Select(t => t.Term.Text).ToArray();
        Assert.Equal(["收", "银行卡", "一张"], terms);
    }

    [Fact]
    public void Normalise_DecoyAcrossSeparators_IsNotADecoy()
    {
        // "收 银 行 卡" is 收 + a spaced 银行卡, not the word 收银.
        var terms = Normaliser.Normalise("收 银 航 卡").Terms;
        Assert.Contains(terms, t => t.Term.Text == "银行卡" && t.Spaced && t.Fold == FoldKind.Homophone);
    }

    [Fact]
    public void Quote_DisguisedTerm_ReturnsTheTextAsWritten()
    {
        var text = "高价收 银.行.咔，一张800";
        var normalised = Normaliser.Normalise(text);
        var card = normalised.Terms.Single(t => t.Term.Text == "银行卡");
        Assert.Equal("银.行.咔", normalised.Quote(card.Start, card.End));
        Assert.Equal((4, 9), normalised.OriginalSpan(card.Start, card.End));
    }

    [Fact]
    public void Quote_AbbreviationFoldedToLongerWord_QuotesTheAbbreviation()
    {
        var normalised = Normaliser.Normalise("出祖 y h k 日结");
        var card = normalised.Terms.Single(t => t.Term.Text == "银行卡");
        Assert.Equal("y h k", normalised.Quote(card.Start, card.End));
    }

    [Fact]
    public void Normalise_SurrogatePairs_KeepOffsetsOnTheOriginal()
    {
        var text = "💰出租💰银行卡";
        var normalised = Normaliser.Normalise(text);
        var card = normalised.Terms.Single(t => t.Term.Text == "银行卡");
        Assert.Equal("银行卡", normalised.Quote(card.Start, card.End));
        Assert.Equal(text.IndexOf('银', StringComparison.Ordinal), normalised.OriginalSpan(card.Start, card.End).Start);
    }

    [Fact]
    public void Normalise_LoneSurrogateAndControlCharacters_AreDropped()
    {
        Assert.Equal("出租卡", Fold("出\uD800租\u0007卡"));
    }

    [Fact]
    public void Normalise_Breaks_AreRememberedForScopes()
    {
        var n = Normaliser.Normalise("切勿出租。日结，300");
        var day = n.Text.IndexOf('日', StringComparison.Ordinal);
        Assert.True(n.SentenceBreakBefore(day));
        Assert.True(n.ClauseBreakBefore(n.Text.IndexOf('3', StringComparison.Ordinal)));
        Assert.False(n.SentenceBreakBefore(n.Text.IndexOf('3', StringComparison.Ordinal)));
    }

    [Fact]
    public void OriginalSpan_EveryCharacter_PointsInsideTheOriginalInOrder()
    {
        // Property: spans are within the original, non-empty, and never move backwards.
        Gen.String[Gen.OneOf(Gen.Char['\u4E00', '\u4E30'], Gen.Char['a', 'z'], Gen.Const(' '), Gen.Const('.'), Gen.Char['\uFF10', '\uFF5A'], Gen.Const('\uD83D'))]
            .Sample(text =>
            {
                var n = Normaliser.Normalise(text);
                var previous = 0;
                for (var i = 0; i < n.Text.Length; i++)
                {
                    var (start, end) = n.OriginalSpan(i, i + 1);
                    Assert.InRange(start, 0, text.Length - 1);
                    Assert.InRange(end, start + 1, text.Length);
                    Assert.True(start >= previous);
                    previous = start;
                }
            });
    }

    [Fact]
    public void Normalise_SpacesBetweenChineseCharacters_DoNotChangeTheResult()
    {
        // Property: interleaving separators changes nothing but the "spaced" marks.
        Gen.String[Gen.OneOf(Gen.Const('银'), Gen.Const('行'), Gen.Const('卡'), Gen.Const('出'), Gen.Const('租'), Gen.Const('日'), Gen.Const('结'), Gen.Char['\u4E00', '\u4E30'])]
            .Select(Gen.OneOf(Gen.Const(" "), Gen.Const("."), Gen.Const("*"), Gen.Const("丨")))
            .Sample((text, separator) =>
            {
                var spaced = string.Join(separator, text.ToCharArray());
                Assert.Equal(Fold(text), Fold(spaced));
            });
    }
}
