using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 24's held-out disguise <see cref="Evasion.InternetSlang"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class InternetSlangTests
{
    [Theory]
    [InlineData("这样子就行，日结", "酱紫就行，日结")]
    [InlineData("你知道吗？日结", "你造吗？日结")]
    [InlineData("有没有人一起？", "有木有人一起？")] // the longer word first: 有没有, not its 没有
    [InlineData("不知道也能做", "不造也能做")]
    [InlineData("觉得可以就来", "jio得可以就来")]
    [InlineData("Thanks, DM me", "Thx, DM me")] // capitalised where the word was
    [InlineData("DM me tonight", "DM me tonite")]
    [InlineData("If you want to join, DM me", null)] // two sites: checked below
    public void InternetSlang_WritesTheOneWordOfAnAdOnline(string ad, string? expected)
    {
        for (var seed = 1UL; seed <= 12; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.InternetSlang], [], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.InternetSlang), applied);
            if (expected is not null)
            {
                Assert.Equal(expected, text); // one word only: it is always changed
            }
            else
            {
                Assert.Contains(text, new[] { "If u want to join, DM me", "If you wanna join, DM me", "If u wanna join, DM me" });
            }
        }
    }

    [Fact]
    public void InternetSlang_ChangesSomeWordsAndAlwaysOne()
    {
        const string ad = "同学们，有没有想赚钱的朋友？非常简单，谢谢";
        var seen = new HashSet<string>();
        for (var seed = 1UL; seed <= 40; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.InternetSlang], [], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.InternetSlang), applied);
            Assert.NotEqual(ad, text);
            // Hand-worked: each of the five words is written either way; nothing else changes.
            Assert.Matches("^(同学|童鞋)们，(有没有|有木有)想赚钱的(朋友|盆友)？(非常|灰常)简单，(谢谢|蟹蟹)$", text);
            foreach (var slang in new[] { "童鞋", "有木有", "盆友", "灰常", "蟹蟹" })
            {
                if (text.Contains(slang, StringComparison.Ordinal))
                {
                    seen.Add(slang);
                }
            }
        }

        Assert.Equal(5, seen.Count); // each word is changed in some draws
    }

    [Fact]
    public void InternetSlang_LeavesKeyWordsWhole()
    {
        for (var seed = 1UL; seed <= 12; seed++)
        {
            Assert.Equal(("发朋友圈，蟹蟹", EvasionSet.Of(Evasion.InternetSlang)), EvasionEngine.Apply("发朋友圈，谢谢", [Evasion.InternetSlang], ["朋友圈"], new SeededRandom(seed)));
            Assert.Equal(("Rent your card w/ us", EvasionSet.Of(Evasion.InternetSlang)), EvasionEngine.Apply("Rent your card with us", [Evasion.InternetSlang], ["your card"], new SeededRandom(seed)));
        }
    }

    [Theory]
    [InlineData("出租银行卡，日结300，私聊")]
    [InlineData("Withdraw at the arena, youth discount, bring paperwork")] // with, are, you inside other words
    public void InternetSlang_LeavesATextWithoutItsWordsAlone(string ad)
    {
        Assert.Equal((ad, EvasionSet.Empty), EvasionEngine.Apply(ad, [Evasion.InternetSlang], [], new SeededRandom(3)));
    }

    [Fact]
    public void InternetSlang_TablesHoldNoKeyWordAndNoMarkOfOtherDisguises()
    {
        string[] all = [.. InternetSlang.Words.Keys, .. InternetSlang.Words.Values, .. InternetSlang.EnglishWords.Keys, .. InternetSlang.EnglishWords.Values];
        Assert.All(all, w => Assert.DoesNotContain(EvasionTables.RiskyWords, k => w.Contains(k, StringComparison.OrdinalIgnoreCase)));
        // No online spelling is a dialect's word, so each disguise keeps its own marks.
        string[] dialect = [.. DialectWriting.Dialects.SelectMany(d => d.Values)];
        Assert.DoesNotContain(InternetSlang.Words.Values, dialect.Contains);
    }
}
