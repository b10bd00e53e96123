using System.Text.RegularExpressions;
using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 21's held-out disguise, development since round 22, <see cref="Evasion.RegionalWords"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class RegionalWordsTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(4UL)]
    public void RegionalWords_WriteOneOrTwoKeyWordsInAnotherRegionsWord(ulong seed)
    {
        const string ad = "出租银行卡，日结300。";
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.RegionalWords], ["银行卡", "银行", "出租", "日结"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.RegionalWords), applied);
        // Hand-worked: 银行卡 (提款卡, 金融卡) and 日结 (日领, 即日出粮) have regional words, 出租 has none and 银行 stands only inside
        // 银行卡; one or both are written so, and the characters around them stay.
        Assert.Matches("^出租(银行卡|提款卡|金融卡)，(日结|日领|即日出粮)300。$", text);
        Assert.NotEqual(ad, text);
    }

    [Fact]
    public void RegionalWords_TakeTheLongestWordWhole()
    {
        var (text, applied) = EvasionEngine.Apply("对公账户出租，私聊。", [Evasion.RegionalWords], ["账户", "公户", "对公账户"], new SeededRandom(7));
        // Hand-worked: 对公账户 is one site (账户 inside it is not taken apart), and its only regional word is 公司户口.
        Assert.Equal(("公司户口出租，私聊。", EvasionSet.Of(Evasion.RegionalWords)), (text, applied));
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(5UL)]
    public void RegionalWords_InEnglish_ReplaceWholeWordsOnly(ulong seed)
    {
        const string ad = "We rent your card and transfer the pay. Parental leave too.";
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.RegionalWords], ["rent", "transfer", "card"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.RegionalWords), applied);
        // The rent inside "Parental" is not a word of its own and stays; card has no regional word.
        Assert.Matches(@"^We (rent|let|hire out) your card and (transfer|wire) the pay\. Parental leave too\.$", text);
        Assert.NotEqual(ad, text);
    }

    [Theory]
    [InlineData("出租房屋，包水电。", "出租")] // a key word with no regional word
    [InlineData("Parental leave for all staff.", "rent")] // rent only inside another word
    [InlineData("招服务员，包吃住。", "银行卡")] // no key word
    public void RegionalWords_LeaveTextWithNothingToReplaceAlone(string ad, string word)
    {
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.RegionalWords], [word], new SeededRandom(3));
        Assert.Equal((ad, EvasionSet.Empty), (text, applied));
    }

    [Fact]
    public void RegionalWords_ReplaceKeyWordsOnly_AndNoRegionalWordHoldsAKeyWordDigitOrNickname()
    {
        string[] keyWords = [.. EvasionTables.RiskyWords, .. EvasionTables.OrdinaryWords];
        string[] nicknames = [.. EvasionTables.Nicknames.Values.SelectMany(n => n)];
        Assert.All(RegionalWords.Words, entry =>
        {
            Assert.Contains(entry.Key, keyWords);
            Assert.NotEmpty(entry.Value);
            Assert.All(entry.Value, w =>
            {
                Assert.NotEqual(entry.Key, w);
                Assert.DoesNotContain(w, c => char.IsAsciiDigit(c));
                Assert.DoesNotContain(keyWords, k => Regex.IsMatch(w, @"(?<![A-Za-z])" + Regex.Escape(k) + @"(?![A-Za-z])", RegexOptions.IgnoreCase));
                Assert.DoesNotContain(nicknames, n => w.Contains(n, StringComparison.Ordinal));
            });
        });
    }
}
