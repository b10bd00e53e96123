using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 21's held-out disguise, development since round 22, <see cref="Evasion.DialectWriting"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class DialectWritingTests
{
    [Theory]
    [InlineData("我们的东西", "^(我们|我哋)(的|嘅)(东西|嘢)$")] // only Cantonese has a word here
    [InlineData("知道吧，孩子", "^(知道|晓得)吧，(孩子|娃儿)$")] // only Sichuanese
    [InlineData("赶紧弄", "^(赶紧|麻溜儿)(弄|整)$")] // only north-eastern
    public void DialectWriting_WritesTheWordsOfTheOneDialectThatHasThem(string ad, string pattern)
    {
        foreach (var seed in new ulong[] { 1, 2, 3, 4, 5 })
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.DialectWriting], ["银行卡"], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.DialectWriting), applied);
            // Hand-worked: each word is kept or written as the dialect writes it, at least one of them so, nothing else moves.
            Assert.Matches(pattern, text);
            Assert.NotEqual(ad, text);
        }
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void DialectWriting_LeavesKeyWordsWhole(ulong seed)
    {
        // 东西 stands here as a key word: the Cantonese 嘢 must not replace it, while 我们 and 的 may change.
        var (text, applied) = EvasionEngine.Apply("我们的东西", [Evasion.DialectWriting], ["东西"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.DialectWriting), applied);
        Assert.Matches("^(我们|我哋)(的|嘅)东西$", text);
        Assert.NotEqual("我们的东西", text);
    }

    [Theory]
    [InlineData("其他目的在线")] // 他 in 其他, 的 in 目的, 在 in 在线 are parts of other words
    [InlineData("Rent your card to us.")] // English
    [InlineData("出租银行卡，日结300。")] // no word a dialect writes otherwise
    public void DialectWriting_LeavesTextWithNothingToRewriteAlone(string ad)
    {
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.DialectWriting], ["银行卡", "出租", "日结"], new SeededRandom(4));
        Assert.Equal((ad, EvasionSet.Empty), (text, applied));
    }

    [Fact]
    public void DialectWriting_TouchesNoNegatorOrKeyWord_AndWritesEveryWordOtherwise()
    {
        string[] keyWords = [.. EvasionTables.RiskyWords, .. EvasionTables.OrdinaryWords];
        Assert.Equal(3, DialectWriting.Dialects.Length);
        Assert.All(DialectWriting.Dialects.SelectMany(d => d), entry =>
        {
            Assert.NotEqual(entry.Key, entry.Value);
            Assert.DoesNotContain(entry.Key + entry.Value, c => DialectWriting.Negators.Contains(c, StringComparison.Ordinal) || char.IsAsciiDigit(c));
            Assert.DoesNotContain(keyWords, k => entry.Key.Contains(k, StringComparison.Ordinal) || entry.Value.Contains(k, StringComparison.Ordinal));
        });
    }
}
