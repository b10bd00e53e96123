using Breakcard.Ingest.Internal;

namespace Breakcard.Ingest.Tests.Internal;

public sealed class DecimalTextTests
{
    [Theory]
    [InlineData("3697.34", '.', null, 369734, 2)]
    [InlineData("1,234.50", '.', ',', 123450, 2)]
    [InlineData("1.234,5", ',', '.', 12345, 1)]
    [InlineData("-0.010298", '.', null, -10298, 6)]
    [InlineData("+7", '.', null, 7, 0)]
    [InlineData("1 234 567", '.', ' ', 1234567, 0)]
    public void TryParse_Valid_GivesExactMantissaAndScale(string text, char point, char? group, long mantissa, int scale)
    {
        Assert.True(DecimalText.TryParse(text, point, group, out var value, out var error), error);
        Assert.Equal(new DecimalText(mantissa, scale), value);
    }

    [Theory]
    [InlineData("1e5", "exponent")]
    [InlineData("12,34", "misplaced thousands separator")]
    [InlineData("1,2345", "misplaced thousands separator")]
    [InlineData(",123", "misplaced thousands separator")]
    [InlineData("5.", "no digits after the decimal separator")]
    [InlineData("¥5", "not a decimal number")]
    [InlineData("1.2.3", "not a decimal number")]
    [InlineData("-", "empty")]
    [InlineData("12345678901234567890", "significant digits")]
    public void TryParse_Invalid_SaysWhy(string text, string reason)
    {
        Assert.False(DecimalText.TryParse(text, '.', ',', out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1234.50", "1", 123450L, true)]
    [InlineData("0.01", "7.0", 7L, true)]
    [InlineData("10.005", "7.1", 7104L, false)] // 71.0355 → 71.04
    [InlineData("0.0123", "140000", 172200L, true)]
    [InlineData("2740.004", "1", 274000L, false)]
    [InlineData("2740.005", "1", 274001L, false)] // half away from zero
    [InlineData("-2740.005", "1", -274001L, false)]
    [InlineData("3", "0.049", 15L, false)] // 0.147 → 0.15
    public void TryToHundredths_RoundsHalfAwayFromZero(string amount, string rate, long expected, bool exact)
    {
        Assert.True(DecimalText.TryParse(amount, '.', null, out var a, out _));
        Assert.True(DecimalText.TryParse(rate, '.', null, out var r, out _));
        Assert.True(a.TryToHundredths(r, out var hundredths, out var isExact));
        Assert.Equal((expected, exact), (hundredths, isExact));
    }

    [Fact]
    public void TryToHundredths_Overflow_IsReportedNotThrown()
    {
        Assert.True(DecimalText.TryParse("9999999999999999999", '.', null, out var a, out _));
        Assert.False(a.TryToHundredths(a, out _, out _));
    }
}
