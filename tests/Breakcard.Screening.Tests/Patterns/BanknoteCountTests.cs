using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>ADR 410: pay written as a count of banknotes or as spoken digits is an amount; a spoken phone number is not.</summary>
public sealed class BanknoteCountTests
{
    [Theory]
    [InlineData("每月八张红票子", "八张红票子")]
    [InlineData("一个认证捌张毛爷爷", "捌张毛爷爷")]
    [InlineData("开好卡后再给十张大红票", "十张大红票")]
    [InlineData("一次弎张红钞", "弎张红钞")]
    [InlineData("wepaysixbenjaminsupfront", "sixbenjamins")]
    [InlineData("一天另给八洞洞", "八洞洞")]
    [InlineData("每月幺两洞洞元补贴", "幺两洞洞元")]
    public void Find_BanknotesOrSpokenSum_ReturnsItsSpan(string text, string amount)
    {
        var (start, end) = Assert.Single(AmountScanner.Find(text));
        Assert.Equal(amount, text[start..end]);
    }

    [Theory]
    [InlineData("请拨打幺幺洞报警")] // 110: one spoken zero
    [InlineData("电话幺三八洞洞洞幺二三四五")] // a phone number read aloud is too long for a sum
    [InlineData("毛爷爷纪念馆门票")] // a note named without a count
    [InlineData("benjaminfranklinbiography")]
    public void Find_NoSum_ReturnsNothing(string text) => Assert.Empty(AmountScanner.Find(text));

    [Fact]
    public void NotesCountedInASum_PriceNoCard()
    {
        // 一张 in 一张红票子 counts the notes of the pay; it is no unit of trade beside an amount (card-price read it so).
        var m = PatternMatcher.Match(TextNormaliser.Default.Normalise("搬家公司招搬运师傅，日结，每单一张红票子，身体好"));
        Assert.True(m.HasOffer);
        Assert.DoesNotContain(m.Hits, h => h.Pattern.Id == "card-price");
    }

    [Fact]
    public void Find_DigitsBeforeNotes_AreOneAmount()
    {
        // 30张 is read by the digit run already; the note count does not add a second, overlapping amount.
        var (start, end) = Assert.Single(AmountScanner.Find("每月30张红票子"));
        Assert.Equal("30", "每月30张红票子"[start..end]);
    }
}
