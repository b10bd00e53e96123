using Breakcard.Core;
using Breakcard.Core.Judgments;
using Breakcard.Judgments.Numbers;

namespace Breakcard.Judgments.Tests.Numbers;

public sealed class ChineseNumbersTests
{
    [Theory]
    // Chinese numerals
    [InlineData("一万二千元", 1_200_000, false)]
    [InlineData("七千元", 700_000, false)]
    [InlineData("三万二千二百元", 3_220_000, false)]
    [InlineData("一万零五百元", 1_050_000, false)]
    [InlineData("十万元", 10_000_000, false)]
    [InlineData("二千五百元", 250_000, false)]
    [InlineData("两千元", 200_000, false)]
    [InlineData("一千一百余万元", 1_100_000_000, true)]
    [InlineData("一亿二千万元", 12_000_000_000, false)]
    // financial capitals
    [InlineData("壹万元整", 1_000_000, false)]
    [InlineData("人民币壹万元整", 1_000_000, false)]
    [InlineData("叁仟伍佰元", 350_000, false)]
    [InlineData("壹拾万元", 10_000_000, false)]
    [InlineData("贰万零伍佰元", 2_050_000, false)]
    [InlineData("叁佰元伍角", 30_050, false)]
    // Arabic and mixed
    [InlineData("5,190,000元", 519_000_000, false)]
    [InlineData("5190000.50元", 519_000_050, false)]
    [InlineData("32200元", 3_220_000, false)]
    [InlineData("3.22万元", 3_220_000, false)]
    [InlineData("519万元", 519_000_000, false)]
    [InlineData("0.5万元", 500_000, false)]
    [InlineData("1100余万元", 1_100_000_000, true)]
    [InlineData("174万余元", 174_000_000, true)]
    [InlineData("三万多元", 3_000_000, true)]
    [InlineData("二十余万元", 20_000_000, true)]
    [InlineData("10万元以上", 10_000_000, true)]
    [InlineData("万余元", 1_000_000, true)]
    [InlineData("人民币7000元", 700_000, false)]
    [InlineData("¥9,000元", 900_000, false)]
    // colloquial abbreviation after a unit
    [InlineData("一万五元", 1_500_000, false)]
    [InlineData("三千五元", 350_000, false)]
    public void TryParseAmount_CourtForms_ReturnsExactFen(string text, long fen, bool atLeast)
    {
        Assert.True(ChineseNumbers.TryParseAmount(text, out var amount), text);
        Assert.Equal(new Amount(Money.FromFen(fen), atLeast), amount);
    }

    [Theory]
    [InlineData("")]
    [InlineData("元")]
    [InlineData("一万二千")]        // no unit
    [InlineData("5,19,000元")]     // misplaced separator
    [InlineData("3.2256789万元")]  // more than four decimals
    [InlineData("0.001元")]        // finer than a fen
    [InlineData("很多元")]
    [InlineData("99999999999999999999元")]
    public void TryParseAmount_NotAnAmount_ReturnsFalse(string text)
    {
        Assert.False(ChineseNumbers.TryParseAmount(text, out _), text);
    }

    [Theory]
    [InlineData("八个月", 8)]
    [InlineData("十一个月", 11)]
    [InlineData("6个月", 6)]
    [InlineData("一年", 12)]
    [InlineData("两年", 24)]
    [InlineData("一年二个月", 14)]
    [InlineData("一年零二个月", 14)]
    [InlineData("1年2个月", 14)]
    [InlineData("二年二个月", 26)]
    [InlineData("一年六个月", 18)]
    [InlineData("一年半", 18)]
    [InlineData("三年", 36)]
    public void TryParseMonths_CourtForms_ReturnsMonths(string text, int months)
    {
        Assert.True(ChineseNumbers.TryParseMonths(text, out var m), text);
        Assert.Equal(months, m);
    }

    [Theory]
    [InlineData("八个")]
    [InlineData("一年十三个月")]
    [InlineData("三年多")]
    public void TryParseMonths_Malformed_ReturnsFalse(string text)
    {
        Assert.False(ChineseNumbers.TryParseMonths(text, out _), text);
    }

    [Theory]
    [InlineData("二〇二二年五月十八日", 2022, 5, 18)]
    [InlineData("二○二二年十二月三十一日", 2022, 12, 31)]
    [InlineData("二O二一年十月一日", 2021, 10, 1)]
    [InlineData("二零二一年二月二十八日", 2021, 2, 28)]
    [InlineData("2022年5月18日", 2022, 5, 18)]
    [InlineData("2022年05月08日", 2022, 5, 8)]
    [InlineData("1995年3月12日", 1995, 3, 12)]
    [InlineData("2022-05-18", 2022, 5, 18)]
    [InlineData("2022/5/18", 2022, 5, 18)]
    public void TryParseDate_CourtForms_ReturnsDate(string text, int y, int m, int d)
    {
        Assert.True(ChineseNumbers.TryParseDate(text, out var date), text);
        Assert.Equal(new DateOnly(y, m, d), date);
    }

    [Theory]
    [InlineData("二〇二二年二月三十日")]
    [InlineData("2022年13月1日")]
    [InlineData("2022年5月")]
    [InlineData("五月十八日")]
    public void TryParseDate_InvalidOrPartial_ReturnsFalse(string text)
    {
        Assert.False(ChineseNumbers.TryParseDate(text, out _), text);
    }

    [Fact]
    public void TryParsePartialDate_YearMonth_HasNoDay()
    {
        Assert.True(ChineseNumbers.TryParsePartialDate("2021年5月", out var date));
        Assert.Equal(new PartialDate(2021, 5, null), date);
        Assert.Equal(new DateOnly(2021, 5, 1), date.Earliest);
    }

    [Theory]
    [InlineData("4张", 4, false)]
    [InlineData("二十余张", 20, true)]
    [InlineData("36套", 36, false)]
    [InlineData("两张", 2, false)]
    [InlineData("十多张", 10, true)]
    public void TryParseCount_CourtForms_ReturnsQuantity(string text, int value, bool atLeast)
    {
        Assert.True(ChineseNumbers.TryParseCount(text, out var q), text);
        Assert.Equal(new Quantity(value, atLeast), q);
    }

    [Theory]
    [InlineData("二〇二二", 2022)]
    [InlineData("一万二千", 12000)]
    [InlineData("壹仟", 1000)]
    [InlineData("十一", 11)]
    [InlineData("二十", 20)]
    [InlineData("5,190,000", 5190000)]
    public void TryParseInteger_Forms_ReturnsValue(string text, long value)
    {
        Assert.True(ChineseNumbers.TryParseInteger(text, out var v, out var atLeast), text);
        Assert.Equal(value, v);
        Assert.False(atLeast);
    }
}
