using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 19's held-out disguise (development since round 20) <see cref="Evasion.KnowingOmission"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class KnowingOmissionTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void KnowingOmission_LeavesTheWordOutForAWink(ulong seed)
    {
        const string ad = "出租银行卡，日结300。";
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.KnowingOmission], ["银行卡", "银行"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.KnowingOmission), applied);
        // Hand-worked: the longest word is taken whole (银行卡, not its 银行), so the text is 出租 + a wink + ，日结300。 and no
        // character of 银行卡 is left.
        Assert.Contains(KnowingOmission.Winks, w => text == "出租" + w + "，日结300。");
        Assert.DoesNotContain(text, c => "银行卡".Contains(c, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    [InlineData(4UL)]
    public void KnowingOmission_TakesOneOrTwoWords_AndLeavesTheRestOfTheTextAsItWas(ulong seed)
    {
        const string ad = "收银行卡，加微信，日结。";
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.KnowingOmission], ["银行卡", "微信", "日结"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.KnowingOmission), applied);
        // Hand-worked: each of the three words is either still there or replaced by a wink, one or two of them replaced; the
        // characters around them (收, ，加, ，, 。) stay in place.
        var kept = new[] { "银行卡", "微信", "日结" }.Count(w => text.Contains(w, StringComparison.Ordinal));
        Assert.InRange(kept, 1, 2);
        var pattern = "^收(银行卡|W)，加(微信|W)，(日结|W)。$".Replace("W", string.Join("|", KnowingOmission.Winks.Select(System.Text.RegularExpressions.Regex.Escape)), StringComparison.Ordinal);
        Assert.Matches(pattern, text);
    }

    [Fact]
    public void KnowingOmission_InEnglish_TakesAWholeWordOnly()
    {
        var (text, applied) = EvasionEngine.Apply("Rent your card to us. Cardboard boxes too.", [Evasion.KnowingOmission], ["card"], new SeededRandom(6));
        Assert.Equal(EvasionSet.Of(Evasion.KnowingOmission), applied);
        Assert.Contains(KnowingOmission.EnglishWinks, w => text == "Rent your " + w + " to us. Cardboard boxes too.");
    }

    [Theory]
    [InlineData("Cardboard boxes for sale.", "card")] // card only inside another word
    [InlineData("招服务员，包吃住。", "微信")] // no key word
    public void KnowingOmission_LeavesTextWithoutAKeyWordAlone(string ad, string word)
    {
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.KnowingOmission], [word], new SeededRandom(5));
        Assert.Equal((ad, EvasionSet.Empty), (text, applied));
    }

    [Fact]
    public void KnowingOmission_WinksHoldNoKeyWordDigitOrContactWord()
    {
        string[] added = [.. KnowingOmission.Winks, .. KnowingOmission.EnglishWinks];
        string[] banned = [.. EvasionTables.RiskyWords, .. EvasionTables.OrdinaryWords, "卡", "号", "码", "钱", "元", "联系", "加", "card", "pay", "call", "text", "DM"];
        Assert.All(added, wink =>
        {
            Assert.DoesNotContain(wink, c => char.IsAsciiDigit(c));
            Assert.DoesNotContain(banned, b => wink.Contains(b, StringComparison.OrdinalIgnoreCase));
        });
    }
}
