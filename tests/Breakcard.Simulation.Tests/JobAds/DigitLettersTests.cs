using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 13's held-out disguise (development since round 14) <see cref="Evasion.DigitLetters"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class DigitLettersTests
{
    [Theory]
    [InlineData(71UL)]
    [InlineData(72UL)]
    [InlineData(73UL)]
    public void DigitLetters_WriteTheLookAlikeDigitsOfTheOneNumberAsLetters(ulong seed)
    {
        var (text, applied) = EvasionEngine.Apply("QQ：13800004567", [Evasion.DigitLetters], [], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.DigitLetters), applied);
        // Hand-checked: 1 → l or I, 3 stays, 8 → B, 0 → O or o, 4 stays, 5 → S, 6 and 7 stay.
        Assert.Matches("^QQ：[lI]3B[Oo]{4}4S67$", text);
    }

    [Fact]
    public void DigitLetters_LeaveNamesDecimalsAndNumbersWithoutLookAlikesAlone()
    {
        // A handle, an e-mail address, 2FA, 5G, a decimal, short counts, and 3, 4, 6, 7 and 9, which have no letter here.
        const string names = "TG@kk123，hr12@163.com，2FA，5G，1.5万，第2场，50人，QQ 3469779";
        var (none, nothing) = EvasionEngine.Apply(names, [Evasion.DigitLetters], [], new SeededRandom(2));
        Assert.Equal(names, none);
        Assert.Equal(EvasionSet.Empty, nothing);
        var (text, applied) = EvasionEngine.Apply(names + "，日结300", [Evasion.DigitLetters], [], new SeededRandom(2));
        Assert.Matches("^" + System.Text.RegularExpressions.Regex.Escape(names) + "，日结3[Oo][Oo]$", text);
        Assert.Equal(EvasionSet.Of(Evasion.DigitLetters), applied);
    }

    [Theory]
    [InlineData(81UL)]
    [InlineData(82UL)]
    [InlineData(83UL)]
    [InlineData(84UL)]
    public void DigitLetters_RewriteOneToThreeWholeNumbers(ulong seed)
    {
        const string original = "一张800，月入8000，电话13800001111，QQ 12345";
        var (text, _) = EvasionEngine.Apply(original, [Evasion.DigitLetters], [], new SeededRandom(seed));
        // Mapping the letters back gives the original, and each number is rewritten whole or not at all.
        var back = new string(text.Select(c => c switch { 'O' or 'o' => '0', 'l' or 'I' => '1', 'Z' => '2', 'S' => '5', 'B' => '8', _ => c }).ToArray());
        Assert.Equal(original, back);
        var numbers = System.Text.RegularExpressions.Regex.Matches(text, @"[0-9OolIZSB]+").Select(m => m.Value).ToArray();
        Assert.Equal(4, numbers.Length);
        Assert.All(numbers, n => Assert.True(n.All(char.IsAsciiDigit) || !n.Any(c => c is '0' or '1' or '2' or '5' or '8'), n));
        Assert.InRange(numbers.Count(n => !n.All(char.IsAsciiDigit)), 1, 3);
    }
}
