using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 16's held-out disguise (development since round 17) <see cref="Evasion.QuotedOffer"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class QuotedOfferTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void QuotedOffer_PutsTheAdWholeBetweenAWarningOrQuestionAndAClosingLine(ulong seed)
    {
        const string ad = "出租银行卡，日结300，加微信：kk1234";
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.QuotedOffer], [], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.QuotedOffer), applied);
        // Hand-checked: one opening line of the table, ending in a colon; the ad unchanged on its own line; one closing line.
        var lines = text.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines[0], EvasionTables.QuotedOfferOpeners);
        Assert.EndsWith("：", lines[0], StringComparison.Ordinal);
        Assert.Equal(ad, lines[1]);
        Assert.Contains(lines[2], EvasionTables.QuotedOfferClosers);
    }

    [Fact]
    public void QuotedOffer_IsEnglishInAnEnglishText()
    {
        var (text, _) = EvasionEngine.Apply("Drivers wanted, call 07700900123", [Evasion.QuotedOffer], [], new SeededRandom(4));
        var lines = text.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Contains(lines[0], EvasionTables.EnglishQuotedOfferOpeners);
        Assert.Equal("Drivers wanted, call 07700900123", lines[1]);
        Assert.Contains(lines[2], EvasionTables.EnglishQuotedOfferClosers);
    }

    [Fact]
    public void QuotedOffer_LinesHoldNoKeyWordDigitOrContact()
    {
        // The lines speak of the ad; they must not themselves carry what a screen looks for, nor give the number disguises a number.
        foreach (var line in EvasionTables.QuotedOfferOpeners.Concat(EvasionTables.QuotedOfferClosers)
                     .Concat(EvasionTables.EnglishQuotedOfferOpeners).Concat(EvasionTables.EnglishQuotedOfferClosers))
        {
            Assert.DoesNotContain(EvasionTables.RiskyWords.Concat(EvasionTables.OrdinaryWords), w => line.Contains(w, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(line, char.IsAsciiDigit);
            Assert.DoesNotContain(new[] { "钱", "卡", "码", "号", "元", "私聊", "联系", "money", "pay", "cash", "call" }, w => line.Contains(w, StringComparison.OrdinalIgnoreCase));
        }
    }
}
