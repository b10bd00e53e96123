using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 19's held-out disguise (development since round 20) <see cref="Evasion.SpelledCharacters"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class SpelledCharactersTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void SpelledCharacters_SpellsTheWordCharacterByCharacter(ulong seed)
    {
        const string ad = "出租银行卡，日结300。";
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.SpelledCharacters], ["银行卡"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.SpelledCharacters), applied);
        // Hand-worked: 出租 + 金银的银 + a join + 行走的行 + the same join + 卡片的卡 + ，日结300。
        Assert.Contains(SpelledCharacters.Joins, j => text == "出租金银的银" + j + "行走的行" + j + "卡片的卡，日结300。");
        Assert.DoesNotContain("银行卡", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SpelledCharacters_InEnglish_SpellsTheLetters()
    {
        var (text, applied) = EvasionEngine.Apply("Rent your card to us.", [Evasion.SpelledCharacters], ["card"], new SeededRandom(4));
        Assert.Equal(EvasionSet.Of(Evasion.SpelledCharacters), applied);
        Assert.Equal("Rent your c as in cat, a as in apple, r as in rose, d as in dog to us.", text);
    }

    [Theory]
    [InlineData("出租U盾，日结。", "U盾")] // a word with a Latin letter in it is neither Chinese nor English
    [InlineData("Cardboard boxes for sale.", "card")] // card only inside another word
    [InlineData("招服务员，包吃住。", "微信")] // no key word
    public void SpelledCharacters_LeavesTextWithNothingToSpellAlone(string ad, string word)
    {
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.SpelledCharacters], [word], new SeededRandom(5));
        Assert.Equal((ad, EvasionSet.Empty), (text, applied));
    }

    [Fact]
    public void SpelledCharacters_EveryChineseKeyWordCanBeSpelled_AndNoGlossHoldsAKeyWordOrDigit()
    {
        string[] keyWords = [.. EvasionTables.RiskyWords, .. EvasionTables.OrdinaryWords];
        // Every character of a Chinese key word has its gloss, so no Chinese key word is passed over.
        Assert.All(keyWords.Where(w => !w.Any(char.IsAscii)), w => Assert.True(SpelledCharacters.Spellable(w), w));
        Assert.All(SpelledCharacters.Glosses, g =>
        {
            // A gloss is "<word holding the character>的<the character>" (金银的银).
            Assert.EndsWith("的" + g.Key, g.Value, StringComparison.Ordinal);
            Assert.Contains(g.Key.ToString(), g.Value[..^2], StringComparison.Ordinal);
        });
        Assert.All(SpelledCharacters.Glosses.Values.Concat(SpelledCharacters.EnglishGlosses.Values), gloss =>
        {
            Assert.DoesNotContain(gloss, c => char.IsAsciiDigit(c));
            Assert.DoesNotContain(keyWords, w => gloss.Contains(w, StringComparison.OrdinalIgnoreCase));
        });
    }
}
