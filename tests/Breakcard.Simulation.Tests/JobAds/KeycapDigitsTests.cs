using System.Text;
using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 12's held-out disguise <see cref="Evasion.KeycapDigits"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class KeycapDigitsTests
{
    [Theory]
    [InlineData(41UL)]
    [InlineData(42UL)]
    [InlineData(43UL)]
    public void KeycapDigits_WriteTheOneNumberOfAnAdAsKeycaps(ulong seed)
    {
        var (text, applied) = EvasionEngine.Apply("日结300", [Evasion.KeycapDigits], [], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.KeycapDigits), applied);
        // Hand-checked code points: 日 U+65E5, 结 U+7ED3, then each ASCII digit followed by U+FE0F and U+20E3.
        int[] expected = [0x65E5, 0x7ED3, '3', 0xFE0F, 0x20E3, '0', 0xFE0F, 0x20E3, '0', 0xFE0F, 0x20E3];
        Assert.Equal(expected, text.EnumerateRunes().Select(r => r.Value));
        // The digits stay ASCII and NFKC leaves the keycaps as they are.
        Assert.Equal(text, text.Normalize(NormalizationForm.FormKC));
    }

    [Fact]
    public void KeycapDigits_LeaveDigitsOfNamesAndDecimalsAlone()
    {
        // A handle, an e-mail address, a 2FA code's name, 5G and a decimal are not numbers a post writes as keycaps.
        const string names = "TG@kk123，hr12@163.com，2FA，5G，1.5万";
        var (none, nothing) = EvasionEngine.Apply(names, [Evasion.KeycapDigits], [], new SeededRandom(2));
        Assert.Equal(names, none);
        Assert.Equal(EvasionSet.Empty, nothing);
        // With one free-standing number added, it is the only one written as keycaps.
        var (text, applied) = EvasionEngine.Apply(names + "，日结300", [Evasion.KeycapDigits], [], new SeededRandom(2));
        Assert.Equal(names + "，日结3\uFE0F\u20E30\uFE0F\u20E30\uFE0F\u20E3", text);
        Assert.Equal(EvasionSet.Of(Evasion.KeycapDigits), applied);
    }

    [Theory]
    [InlineData(51UL)]
    [InlineData(52UL)]
    [InlineData(53UL)]
    [InlineData(54UL)]
    public void KeycapDigits_WriteOneToThreeWholeNumbers_AndTheRestAsTheyWere(ulong seed)
    {
        const string original = "一张800，月入8000，电话13800001111，QQ 12345";
        var (text, _) = EvasionEngine.Apply(original, [Evasion.KeycapDigits], [], new SeededRandom(seed));
        // Taking the keycap marks out gives the original back, and every number is either whole keycaps or untouched.
        Assert.Equal(original, text.Replace("\uFE0F\u20E3", "", StringComparison.Ordinal));
        var numbers = System.Text.RegularExpressions.Regex.Matches(text, @"(?:\d\uFE0F\u20E3)+|\d+").Select(m => m.Value).ToArray();
        Assert.Equal(4, numbers.Length);
        var keycapped = numbers.Count(n => n.Contains('\u20E3', StringComparison.Ordinal));
        Assert.InRange(keycapped, 1, 3);
    }
}
