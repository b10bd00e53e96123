using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 22's held-out disguise <see cref="Evasion.BanknoteSlang"/> (development since round 23), through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class BanknoteSlangTests
{
    [Theory]
    [InlineData("日结300元", "^日结三张(毛爷爷|红票子|大红票)$")] // 300 yuan is three hundred-yuan notes
    [InlineData("月入3000块，包住", "^月入30张(毛爷爷|红票子|大红票)，包住$")] // more than ten notes are counted in digits
    [InlineData("每月300-500元", "^每月三到五张(毛爷爷|红票子|大红票)$")] // a range of whole hundreds
    [InlineData("一天两百，周结200元", "^一天两百，周结两张(毛爷爷|红票子|大红票)$")] // 两, as a count of things is said
    [InlineData("$300 a swap", "^three (Benjamins|C-notes|hundos) a swap$")]
    [InlineData("$100 tip", "^(a Benjamin|a C-note|a hundo) tip$")]
    [InlineData("$1,000 bonus", "^a grand bonus$")]
    [InlineData("Pay: $2,000 a week", "^Pay: two grand a week$")]
    [InlineData("£500 a week", "^a monkey a week$")]
    [InlineData("£100 cash", "^a ton cash$")]
    public void BanknoteSlang_CountsTheOneAmountOfAnAdInNotes(string original, string expected)
    {
        // Hand-worked: one amount that can be counted in notes is always changed, so an ad with one has one shape of answer.
        var (text, applied) = EvasionEngine.Apply(original, [Evasion.BanknoteSlang], [], new SeededRandom(1));
        Assert.Matches(expected, text);
        Assert.Equal(EvasionSet.Of(Evasion.BanknoteSlang), applied);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(4UL)]
    public void BanknoteSlang_ChangesOneOrBothOfTwoAmounts(ulong seed)
    {
        const string ad = "日结300元，月入6000元";
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.BanknoteSlang], [], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.BanknoteSlang), applied);
        Assert.Matches("^日结(300元|三张(毛爷爷|红票子|大红票))，月入(6000元|60张(毛爷爷|红票子|大红票))$", text);
        Assert.NotEqual(ad, text);
    }

    [Theory]
    [InlineData("日结150元")] // not whole hundreds: no count of notes
    [InlineData("流水1.5万元")] // ten thousands are other slang's
    [InlineData("每笔0.01元")] // a decimal
    [InlineData("月薪12000元")] // a hundred and twenty notes: nobody counts so
    [InlineData("$250 a day")]
    [InlineData("$100–150 a box")] // a range in English
    [InlineData("about $5k")]
    [InlineData("电话13800001234")] // no amount
    [InlineData("£300 a week")] // no British name for it
    public void BanknoteSlang_LeavesAmountsNoPostCountsInNotesAlone(string ad)
    {
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.BanknoteSlang], [], new SeededRandom(5));
        Assert.Equal((ad, EvasionSet.Empty), (text, applied));
    }

    [Fact]
    public void BanknoteSlang_NicknamesHoldNoDigitAndNoMoneyUnit()
    {
        // The amount's digits and its unit are gone: the nickname alone names the money.
        Assert.All(BanknoteSlang.HundredYuanNotes.Concat(BanknoteSlang.HundredDollarBills), n =>
        {
            Assert.DoesNotContain(n, c => char.IsAsciiDigit(c) || c is '元' or '块' or '$' or '£');
        });
    }
}
