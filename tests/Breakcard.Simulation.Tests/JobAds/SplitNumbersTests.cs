using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 14's held-out disguise (development since round 15) <see cref="Evasion.SplitNumbers"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class SplitNumbersTests
{
    [Theory]
    [InlineData(101UL)]
    [InlineData(102UL)]
    [InlineData(103UL)]
    [InlineData(104UL)]
    [InlineData(105UL)]
    [InlineData(106UL)]
    public void SplitNumbers_CutAPhoneNumberIntoPartsJoinedByWords(ulong seed)
    {
        var (text, applied) = EvasionEngine.Apply("电话：13800004567", [Evasion.SplitNumbers], [], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.SplitNumbers), applied);
        // Hand-checked: three parts (prefix, middle, last four) or two parts of two digits or more, in order, joined by the words posts use.
        Assert.Matches(
            "^电话：(?:前三位138，中间0000，后四位4567|前三位是138，中间是0000，最后四位是4567|开头138，接着0000，尾号4567|138（接）0000（再接）4567"
            + "|(?:前面|前几位|先打|)(\\d{2,})(?:，后面|，后几位|，后面接|，再打)(\\d{2,}))$",
            text);
        Assert.Equal("13800004567", string.Concat(text.Where(char.IsAsciiDigit)));
        Assert.DoesNotMatch("\\d{11}", text);
    }

    [Theory]
    [InlineData(107UL)]
    [InlineData(108UL)]
    public void SplitNumbers_UseEnglishWordsInAnEnglishText(ulong seed)
    {
        var (text, _) = EvasionEngine.Apply("Call 13800004567 today", [Evasion.SplitNumbers], [], new SeededRandom(seed));
        Assert.Matches("^Call (?:first three 138, then 0000, last four 4567|138 then 0000 then 4567) today$", text);
    }

    [Fact]
    public void SplitNumbers_LeaveShortNumbersNamesAndDecimalsAlone()
    {
        // Prices and five-digit numbers, a handle, an e-mail address and a decimal.
        const string original = "日结300，月入8000，QQ 12345，微信kk1234567，hr1234567@163.com，1.234567万";
        var (text, applied) = EvasionEngine.Apply(original, [Evasion.SplitNumbers], [], new SeededRandom(3));
        Assert.Equal((original, EvasionSet.Empty), (text, applied));
    }

    [Fact]
    public void SplitNumbers_KeepEveryPartTwoDigitsOrMore()
    {
        for (var seed = 0UL; seed < 60; seed++)
        {
            var (text, _) = EvasionEngine.Apply("QQ 123456", [Evasion.SplitNumbers], [], new SeededRandom(seed));
            Assert.Equal("123456", string.Concat(text.Where(char.IsAsciiDigit)));
            Assert.DoesNotMatch("(?<!\\d)\\d(?!\\d)", text);
        }
    }
}
