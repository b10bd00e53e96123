using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

public sealed class AmountScannerTests
{
    [Theory]
    [InlineData("一张800", "800")]
    [InlineData("每天300元", "300元")]
    [InlineData("¥1500", "¥1500")]
    [InlineData("5k", "5k")]
    [InlineData("一天三百块", "三百块")]
    [InlineData("佣金两千", "两千")]
    [InlineData("每套给1200千万别办", "1200")] // the quotation mark before 千万 is gone after normalisation (ADR 384)
    [InlineData("1万一次", "1万")]
    [InlineData("融资三千万元", "三千万元")]
    public void Find_Amount_ReturnsItsSpan(string text, string amount)
    {
        var (start, end) = Assert.Single(AmountScanner.Find(text));
        Assert.Equal(amount, text[start..end]);
    }

    [Theory]
    [InlineData("电话13812345678")] // a phone number is not an amount
    [InlineData("五险一金")]
    [InlineData("第3天")]
    [InlineData("千万别信")] // 千万, 万一 and 万万 are adverbs, not sums (ADR 384)
    [InlineData("万一出事怎么办")]
    public void Find_NoAmount_ReturnsNothing(string text)
    {
        Assert.Empty(AmountScanner.Find(text));
    }
}
