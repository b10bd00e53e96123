using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 17's held-out disguise (development since round 18) <see cref="Evasion.ScrambledOrder"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class ScrambledOrderTests
{
    [Theory]
    // Hand-worked: a three-character word has one inner pair; a four-character word two; the first character stays.
    [InlineData("出租银行卡", "银行卡", "^出租银卡行$")]
    [InlineData("对公账户", "对公账户", "^(?:对账公户|对公户账)$")]
    // A two-character word with the Chinese character after it, or, with none after, the one before it.
    [InlineData("加微信号", "微信", "^加微号信$")]
    [InlineData("请加微信", "微信", "^请加信微$")]
    // English: two inner letters of each word of four letters or more; the first and last stay.
    [InlineData("rent your bank card", "bank card", "^rent your bnak crad$")]
    public void ScrambledOrder_SwapsTwoNeighboursInTheWord(string original, string word, string expected)
    {
        var (text, applied) = EvasionEngine.Apply(original, [Evasion.ScrambledOrder], [word], new SeededRandom(1));
        Assert.Equal(EvasionSet.Of(Evasion.ScrambledOrder), applied);
        Assert.Matches(expected, text);
    }

    [Theory]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(4UL)]
    public void ScrambledOrder_NeitherAddsNorRemovesNorReplacesACharacter(ulong seed)
    {
        const string ad = "出租银行卡、手机卡，日结300，刷单返利，加微信号kk1234";
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.ScrambledOrder], EvasionTables.RiskyWords, new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.ScrambledOrder), applied);
        Assert.NotEqual(ad, text);
        Assert.Equal(ad.Order().ToArray(), text.Order().ToArray());
        // One to three words scrambled: at most three pairs out of place, each changing two positions.
        Assert.InRange(ad.Zip(text).Count(p => p.First != p.Second), 2, 6);
        Assert.StartsWith("出租", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("微信：kk1234", "微信")] // a two-character word with no Chinese neighbour
    [InlineData("日结300，私聊", "银行卡")] // no key word
    [InlineData("U盾", "U盾")] // nothing to swap: one letter, one character
    public void ScrambledOrder_LeavesTextWithoutAScramblableWordAlone(string original, string word)
    {
        var (text, applied) = EvasionEngine.Apply(original, [Evasion.ScrambledOrder], [word], new SeededRandom(5));
        Assert.Equal((original, EvasionSet.Empty), (text, applied));
    }
}
