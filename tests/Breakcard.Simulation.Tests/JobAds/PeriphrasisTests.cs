using System.Text.RegularExpressions;
using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 20's held-out disguise (development since round 21) <see cref="Evasion.Periphrasis"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class PeriphrasisTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void Periphrasis_DescribesTheWordInsteadOfNamingIt(ulong seed)
    {
        const string ad = "出租银行卡，日结300。";
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.Periphrasis], ["银行卡", "银行", "出租", "日结"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.Periphrasis), applied);
        // Hand-worked: only 银行卡 has a description (出租, 银行 and 日结 have none), so the text is 出租 + a description of a bank
        // card + ，日结300。 and the word itself is gone.
        Assert.Contains(Periphrasis.Descriptions["银行卡"], d => text == "出租" + d + "，日结300。");
        Assert.DoesNotContain("银行卡", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(4UL)]
    public void Periphrasis_DescribesOneOrTwoWords_AndLeavesTheRestOfTheTextAsItWas(ulong seed)
    {
        const string ad = "收银行卡，加微信，兼职。";
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.Periphrasis], ["银行卡", "微信", "兼职"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.Periphrasis), applied);
        // Hand-worked: each word is either still there or replaced by one of its own descriptions, one or two of them replaced; the
        // characters around them (收, ，加, ，, 。) stay in place.
        var kept = new[] { "银行卡", "微信", "兼职" }.Count(w => text.Contains(w, StringComparison.Ordinal));
        Assert.InRange(kept, 1, 2);
        string Either(string word) => "(" + Regex.Escape(word) + "|" + string.Join("|", Periphrasis.Descriptions[word].Select(Regex.Escape)) + ")";
        Assert.Matches("^收" + Either("银行卡") + "，加" + Either("微信") + "，" + Either("兼职") + "。$", text);
    }

    [Fact]
    public void Periphrasis_InEnglish_DescribesAWholeWordOnly()
    {
        var (text, applied) = EvasionEngine.Apply("Rent your card to us. Cardboard boxes too.", [Evasion.Periphrasis], ["card"], new SeededRandom(6));
        Assert.Equal(EvasionSet.Of(Evasion.Periphrasis), applied);
        Assert.Contains(Periphrasis.Descriptions["card"], d => text == "Rent your " + d + " to us. Cardboard boxes too.");
    }

    [Theory]
    [InlineData("出租房屋，日结。", "出租")] // a key word with no description
    [InlineData("Cardboard boxes for sale.", "card")] // card only inside another word
    [InlineData("招服务员，包吃住。", "微信")] // no key word
    public void Periphrasis_LeavesTextWithNothingToDescribeAlone(string ad, string word)
    {
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.Periphrasis], [word, "日结"], new SeededRandom(5));
        Assert.Equal((ad, EvasionSet.Empty), (text, applied));
    }

    [Fact]
    public void Periphrasis_DescribesKeyWordsOnly_AndNoDescriptionHoldsAKeyWordDigitOrNickname()
    {
        string[] keyWords = [.. EvasionTables.RiskyWords, .. EvasionTables.OrdinaryWords];
        string[] nicknames = [.. EvasionTables.Nicknames.Values.SelectMany(n => n)];
        Assert.All(Periphrasis.Descriptions, entry =>
        {
            Assert.Contains(entry.Key, keyWords);
            Assert.True(entry.Value.Length >= 2, entry.Key);
            Assert.All(entry.Value, d =>
            {
                Assert.DoesNotContain(d, c => char.IsAsciiDigit(c));
                Assert.DoesNotContain(keyWords, w => d.Contains(w, StringComparison.OrdinalIgnoreCase));
                Assert.DoesNotContain(nicknames, n => d.Contains(n, StringComparison.Ordinal));
            });
        });
    }
}
