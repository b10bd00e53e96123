using CsCheck;

namespace Breakcard.Core.Tests;

public sealed class MoneyTests
{
    [Theory]
    [InlineData("1234.56", 123456)]
    [InlineData("1,234.56", 123456)]
    [InlineData("¥1,234,567.5", 123456750)]
    [InlineData("￥12", 1200)]
    [InlineData("CNY 7000", 700000)]
    [InlineData("3000元", 300000)]
    [InlineData("-0.01", -1)]
    [InlineData("0", 0)]
    public void ParseYuan_AcceptedForms_GiveExactFen(string text, long fen)
    {
        Assert.Equal(Money.FromFen(fen), Money.ParseYuan(text));
    }

    [Theory]
    [InlineData("1.234", "two decimals")]
    [InlineData("12,34.00", "separator")]
    [InlineData("1,2345", "separator")]
    [InlineData(",123", "separator")]
    [InlineData("12a", "not a digit")]
    [InlineData("", "empty")]
    [InlineData("1.", "missing")]
    [InlineData("99999999999999999999", "too large")]
    public void TryParseYuan_Invalid_ReportsReason(string text, string reasonPart)
    {
        Assert.False(Money.TryParseYuan(text, out _, out var error));
        Assert.Contains(reasonPart, error, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_FormatsWithSignSeparatorsAndTwoDecimals()
    {
        Assert.Equal("¥11,000,000.00", Money.FromYuan(11_000_000).ToString());
        Assert.Equal("-¥0.05", Money.FromFen(-5).ToString());
        Assert.Equal("32200.00", Money.FromYuan(32_200).ToYuanString());
        Assert.Equal("-0.05", Money.FromFen(-5).ToYuanString());
    }

    [Fact]
    public void ToYuanString_RoundTripsThroughParse()
    {
        Gen.Long.Sample(fen => Money.ParseYuan(Money.FromFen(fen).ToYuanString()).Fen == fen);
    }

    [Fact]
    public void ToString_RoundTripsThroughParse()
    {
        Gen.Long[-1_000_000_000_000, 1_000_000_000_000].Sample(fen => Money.ParseYuan(Money.FromFen(fen).ToString()).Fen == fen);
    }

    [Fact]
    public void Arithmetic_Overflow_Throws()
    {
        Assert.Throws<OverflowException>(() => Money.FromFen(long.MaxValue) + Money.FromFen(1));
        Assert.Throws<OverflowException>(() => Money.FromFen(long.MinValue) - Money.FromFen(1));
        Assert.Throws<OverflowException>(() => Money.FromFen(long.MaxValue / 2) * 3);
        Assert.Throws<OverflowException>(() => Money.FromYuan(long.MaxValue / 10));
    }

    [Fact]
    public void Arithmetic_AddSubtract_AreExactInverses()
    {
        Gen.Select(Gen.Long[-1L << 60, 1L << 60], Gen.Long[-1L << 60, 1L << 60])
            .Sample((a, b) => (Money.FromFen(a) + Money.FromFen(b) - Money.FromFen(b)).Fen == a);
    }

    [Theory]
    [InlineData(1000, 1, 3, 333)]
    [InlineData(1000, 2, 3, 667)]
    [InlineData(-1000, 2, 3, -667)]
    [InlineData(5, 1, 2, 3)]
    [InlineData(-5, 1, 2, -3)]
    public void MultiplyRatio_RoundsHalfAwayFromZero(long fen, long num, long den, long expected)
    {
        Assert.Equal(expected, Money.FromFen(fen).MultiplyRatio(num, den).Fen);
    }

    [Fact]
    public void Allocate_AnyWeights_PartsSumExactlyAndStayProportional()
    {
        Gen.Select(Gen.Long[-10_000_000, 10_000_000], Gen.Long[0, 1000].Array[1, 12])
            .Where((_, w) => w.Any(x => x > 0))
            .Sample((fen, weights) =>
            {
                var parts = Money.FromFen(fen).Allocate(weights);
                var total = weights.Sum();
                var sumOk = parts.Sum(p => p.Fen) == fen;
                // Each part is within one fen of its exact share.
                var shareOk = parts.Select((p, i) => Math.Abs((decimal)p.Fen - ((decimal)fen * weights[i] / total)) < 1m).All(x => x);
                return sumOk && shareOk;
            });
    }

    [Fact]
    public void Allocate_AllZeroWeights_Throws()
    {
        Assert.Throws<ArgumentException>(() => Money.FromYuan(1).Allocate([0, 0]));
    }
}
