using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 23's held-out disguise <see cref="Evasion.RoughAmounts"/> (development since round 24), through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class RoughAmountsTests
{
    [Theory]
    [InlineData("日结300元", "^日结(三位数|小几百)$")] // below 500: a low hundreds
    [InlineData("月入8000块，包住", "^月入(四位数|大几千)，包住$")] // above 5,000: a high thousands
    [InlineData("每月3000-5000元", "^每月(四位数|小几千)$")] // a range whose ends have as many digits: one size for both
    [InlineData("奖金12万元，提成15000元", "^奖金12万元，提成(五位数|小几万)$")] // 万 amounts are left to other slang
    [InlineData("$300 a swap", "^(three figures|a few hundred) a swap$")]
    [InlineData("Cash: $2,400 dropped off", "^Cash: (four figures|a few thousand) dropped off$")]
    [InlineData("$900 each.", "^(three figures|several hundred) each\\.$")] // a full stop after the amount is not a decimal
    [InlineData("$1,000 bonus", "^(four figures|a thousand-plus) bonus$")]
    [InlineData("£150–250 a week", "^(three figures|a couple hundred) a week$")] // an English range, the second sign left out
    public void RoughAmounts_GivesTheOneAmountOfAnAdOnlyBySize(string original, string expected)
    {
        // Hand-worked: an ad with one amount of three to six digits always has it changed, into one of its two sizes.
        for (var seed = 1UL; seed <= 12; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(original, [Evasion.RoughAmounts], [], new SeededRandom(seed));
            Assert.Matches(expected, text);
            Assert.Equal(EvasionSet.Of(Evasion.RoughAmounts), applied);
        }
    }

    [Fact]
    public void RoughAmounts_WritesBothSizesOverSeeds_AndChangesOneOrBothOfTwoAmounts()
    {
        const string ad = "日结300元，月入6000元";
        var seen = new HashSet<string>();
        for (var seed = 1UL; seed <= 40; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.RoughAmounts], [], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.RoughAmounts), applied);
            Assert.Matches("^日结(300元|三位数|小几百)，月入(6000元|四位数|大几千)$", text);
            Assert.NotEqual(ad, text);
            seen.Add(text);
        }

        // Both forms of each amount occur, and texts that keep one amount as written.
        Assert.Contains(seen, t => t.Contains("三位数", StringComparison.Ordinal));
        Assert.Contains(seen, t => t.Contains("小几百", StringComparison.Ordinal));
        Assert.Contains(seen, t => t.Contains("300元", StringComparison.Ordinal) || t.Contains("6000元", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("每条3元，日结")] // fewer than three digits
    [InlineData("每单50块")]
    [InlineData("奖金8万元")] // 万
    [InlineData("金额0.01至0.99元")] // decimals
    [InlineData("单号FZ1234元")] // digits after a letter belong to a code
    [InlineData("$50 a run + $10 per money order")]
    [InlineData("$2.50 per card, $5k a month")] // a decimal and a k amount
    [InlineData("$300–1,500 a week")] // a range whose ends differ in digits
    [InlineData("电话13812345678，QQ 12345")]
    public void RoughAmounts_LeavesAmountsItDoesNotRewriteAlone(string ad)
    {
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.RoughAmounts], [], new SeededRandom(3));
        Assert.Equal((ad, EvasionSet.Empty), (text, applied));
    }

    [Fact]
    public void RoughAmounts_WordsHoldNoDigitAndNoMoneyUnit()
    {
        Assert.All(RoughAmounts.Words, w =>
        {
            Assert.DoesNotContain(w, char.IsAsciiDigit);
            Assert.DoesNotContain('元', w);
            Assert.DoesNotContain('块', w);
            Assert.DoesNotContain('$', w);
        });
    }
}
