using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Tests.Normalisation;

/// <summary>
/// ADR 385, on hand-written spellings with naming words the simulator does not use: a word spelled character by character
/// as on the phone (银子的银，行业的行; b for boy, a as in anchor) reads as the word, disguised and quoted from the whole
/// spelled run; prose of the same shape that is no chain stays as written.
/// </summary>
public sealed class SpelledOutTests
{
    private static NormalisedText Normalise(string text) => TextNormaliser.Default.Normalise(text);

    [Theory]
    [InlineData("长期收银子的银，行业的行，卡车的卡，一套800", "银行卡", "行业的行")] // the first unit right after a verb
    [InlineData("要你的银色的银 行业的行 卡车的卡", "银行卡", "行业的行")] // spaces between the units
    [InlineData("出租支票的支、付钱的付、宝石的宝", "支付宝", "付钱的付")]
    [InlineData("长期收银子旳银，行业嘚行，卡车の卡，一套800", "银行卡", "行业嘚行")] // 的 in its Martian-script and Japanese forms
    [InlineData("send us your b for boy, a as in anchor, n for night, k as in kettle card", "bank", "a as in anchor")]
    [InlineData("RMB 500 for one a for art, c as in cup, c for coat, o as in owl, u for uncle, n as in nut, t for toy", "account", "o as in owl")]
    [InlineData("rent us your c like cup, a like art, r like rope, d like dime for a month", "card", "r like rope")]
    // After prose of the chain's shape (学生的生, as good as), where the skip to the next possible start must not pass it.
    [InlineData("学生的生活很好，长期收银子的银，行业的行，卡车的卡", "银行卡", "行业的行")]
    [InlineData("as good as ever, send us your b for boy, a as in anchor, n for night, k as in kettle card", "bank", "a as in anchor")]
    public void SpelledWord_ReadsAsTheWord_Disguised(string text, string word, string inQuote)
    {
        var n = Normalise(text);
        var term = n.Terms.Single(t => t.Term.Text == word || t.Term.Text.StartsWith(word, StringComparison.Ordinal));
        Assert.True(term.IsDisguised);
        // The quote is the spelled run as written, not one naming word.
        Assert.Contains(inQuote, n.Quote(term.Start, term.End), StringComparison.Ordinal);
    }

    [Fact]
    public void TwoChains_BothRead()
    {
        // The second chain follows a collapsed one, where characters no longer stand where they were.
        var n = Normalise("长期收银子的银，行业的行，卡车的卡，也收 b for boy, a as in anchor, n for night, k as in kettle card");
        Assert.Contains(n.Terms, t => t.Term.Text == "银行卡" && t.IsDisguised);
        Assert.Contains(n.Terms, t => t.Term.Text.StartsWith("bank", StringComparison.Ordinal) && t.IsDisguised);
    }

    [Theory]
    [InlineData("学生的生活费自己管，老师的工资按月发", "学生的生活费")] // one unit of the shape, no chain
    [InlineData("我们的的确确按时发工资", "我们的的确确")]
    [InlineData("A as in the example above, the card is yours", "aasintheexample")] // a single unit
    [InlineData("Look for a for-sale sign, b for bonus", "lookforaforsale")]
    public void ProseOfTheSameShape_StaysAsWritten(string text, string kept) =>
        Assert.Contains(kept, Normalise(text).Text, StringComparison.Ordinal);

    [Fact]
    public void CyrillicCapitalsThatLookLatin_ReadAsLatin() =>
        Assert.Equal("handusthelogin", Normalise("\u041Dand us the login").Text);
}
