using Breakcard.Core;
using Breakcard.Core.Judgments;
using Breakcard.Judgments.Numbers;
using Breakcard.Simulation.Judgments;
using CsCheck;

namespace Breakcard.Simulation.Tests.Judgments;

public sealed class CourtNumeralsTests
{
    [Theory]
    [InlineData(0, "零")]
    [InlineData(10, "十")]
    [InlineData(11, "十一")]
    [InlineData(20, "二十")]
    [InlineData(110, "一百一十")]
    [InlineData(1_005, "一千零五")]
    [InlineData(10_500, "一万零五百")]
    [InlineData(32_200, "三万二千二百")]
    [InlineData(100_000, "十万")]
    [InlineData(11_000_000, "一千一百万")]
    [InlineData(100_000_500, "一亿零五百")]
    public void Chinese_KnownValues(long n, string text) => Assert.Equal(text, CourtNumerals.Chinese(n));

    [Theory]
    [InlineData(10_000, "壹万")]
    [InlineData(100_000, "壹拾万")]
    [InlineData(3_500, "叁仟伍佰")]
    public void Capitals_KnownValues(long n, string text) => Assert.Equal(text, CourtNumerals.Capitals(n));

    [Theory]
    [InlineData(8, "八个月")]
    [InlineData(12, "一年")]
    [InlineData(14, "一年二个月")]
    [InlineData(26, "二年二个月")]
    public void Months_CourtForms(int months, string text) => Assert.Equal(text, CourtNumerals.Months(months));

    [Fact]
    public void SignatureDate_ChineseNumeralsWithChosenZero()
    {
        Assert.Equal("二〇二二年五月十八日", CourtNumerals.SignatureDate(new DateOnly(2022, 5, 18)));
        Assert.Equal("二○二一年十二月三十一日", CourtNumerals.SignatureDate(new DateOnly(2021, 12, 31), '○'));
    }

    [Theory]
    [InlineData(11_234_567L, MoneyForm.WanAtLeast, "1123万余元", 11_230_000L, true)]
    [InlineData(32_200L, MoneyForm.Wan, "3.22万元", 32_200L, false)]
    [InlineData(1_707_323L, MoneyForm.Wan, "1707323元", 1_707_323L, false)]
    [InlineData(5_190_000L, MoneyForm.Thousands, "5,190,000元", 5_190_000L, false)]
    [InlineData(34_500L, MoneyForm.ChineseAtLeast, "三万四千余元", 34_000L, true)]
    [InlineData(345_000L, MoneyForm.ChineseAtLeast, "三十四万余元", 340_000L, true)]
    [InlineData(2_345L, MoneyForm.ArabicAtLeast, "2000余元", 2_000L, true)]
    [InlineData(30_000L, MoneyForm.ChineseAtLeast, "三万元", 30_000L, false)]
    public void Money_FormAndGold(long yuan, MoneyForm form, string text, long gold, bool atLeast)
    {
        var (written, amount) = CourtNumerals.Money(yuan, form);

        Assert.Equal(text, written);
        Assert.Equal(new Amount(Money.FromYuan(gold), atLeast), amount);
    }

    /// <summary>Every amount the generator can write reads back (with the extractor's parser) as exactly its gold value.</summary>
    [Fact]
    public void Money_AnyAmountAnyForm_ParsesBackToGold()
    {
        Gen.Long[0, 2_000_000_000].Select(Gen.Enum<MoneyForm>()).Sample((yuan, form) =>
        {
            var (text, gold) = CourtNumerals.Money(yuan, form);
            return ChineseNumbers.TryParseAmount(text, out var parsed) && parsed == gold;
        }, iter: 20_000);
    }

    [Fact]
    public void Months_AnyTerm_ParsesBack()
    {
        Gen.Int[1, 600].Select(Gen.Bool).Sample((m, arabic) => ChineseNumbers.TryParseMonths(CourtNumerals.Months(m, arabic), out var back) && back == m);
    }

    [Fact]
    public void SignatureDate_AnyDate_ParsesBack()
    {
        Gen.Int[0, 40_000].Select(Gen.Int[0, 3].Select(i => "〇○零O"[i])).Sample((days, zero) =>
        {
            var date = new DateOnly(1990, 1, 1).AddDays(days);
            return ChineseNumbers.TryParseDate(CourtNumerals.SignatureDate(date, zero), out var back) && back == date;
        });
    }
}
