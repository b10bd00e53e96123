using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 18's held-out disguise, development since round 19, <see cref="Evasion.AcrosticLines"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class AcrosticLinesTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void AcrosticLines_TakesTheWordOutAndWritesItAsTheFirstCharactersOfNewLines(ulong seed)
    {
        const string ad = "出租银行卡，日结300。";
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.AcrosticLines], ["银行卡"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.AcrosticLines), applied);
        // Hand-worked: 出租 + pointer + ，日结300。, a blank line, then 银…, 行…, 卡… each followed by a half-line of scenery.
        var lines = text.Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.Contains(AcrosticLines.Pointers, p => lines[0] == "出租" + p + "，日结300。");
        Assert.Equal("", lines[1]);
        Assert.Equal("银行卡", string.Concat(lines.Skip(2).Select(l => l[0])));
        Assert.All(lines.Skip(2), l => Assert.Contains(l[1..], AcrosticLines.Tails));
        Assert.Equal(3, lines.Skip(2).Select(l => l[1..]).Distinct().Count());
        Assert.DoesNotContain("银行卡", text, StringComparison.Ordinal);
    }

    [Fact]
    public void AcrosticLines_InEnglish_SpellsTheWordWithTheFirstLetters()
    {
        var (text, applied) = EvasionEngine.Apply("Rent your card to us.", [Evasion.AcrosticLines], ["card"], new SeededRandom(4));
        Assert.Equal(EvasionSet.Of(Evasion.AcrosticLines), applied);
        var lines = text.Split('\n');
        Assert.Contains(AcrosticLines.EnglishPointers, p => lines[0] == "Rent your " + p + " to us.");
        Assert.Equal(["Coffee on a quiet morning", "Autumn leaves are falling", "Rain on the rooftops", "Dogs asleep in the sun"], lines.Skip(2));
    }

    [Theory]
    [InlineData("出租U盾，日结。", "U盾")] // a word with a Latin letter in it is neither Chinese nor English
    [InlineData("Cardboard boxes for sale.", "card")] // card only inside another word
    [InlineData("Commission paid weekly.", "commission")] // an English word longer than six letters
    [InlineData("招服务员，包吃住。", "微信")] // no key word
    public void AcrosticLines_LeavesTextWithNothingToHideAlone(string ad, string word)
    {
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.AcrosticLines], [word], new SeededRandom(5));
        Assert.Equal(ad, text);
        Assert.Equal(EvasionSet.Empty, applied);
    }

    [Fact]
    public void AcrosticLines_TablesHoldNoKeyWordDigitOrContactWord()
    {
        string[] added = [.. AcrosticLines.Pointers, .. AcrosticLines.EnglishPointers, .. AcrosticLines.Tails, .. AcrosticLines.EnglishLines.Values];
        string[] banned = [.. EvasionTables.RiskyWords, .. EvasionTables.OrdinaryWords, "卡", "号", "码", "钱", "元", "联系", "加", "card", "pay", "call", "text", "DM"];
        Assert.All(added, line =>
        {
            Assert.DoesNotContain(line, c => char.IsAsciiDigit(c));
            Assert.DoesNotContain(banned, b => line.Contains(b, StringComparison.OrdinalIgnoreCase));
        });
    }
}
