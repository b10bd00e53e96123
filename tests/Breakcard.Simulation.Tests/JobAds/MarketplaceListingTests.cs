using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 23's held-out disguise <see cref="Evasion.MarketplaceListing"/> (development since round 24), through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class MarketplaceListingTests
{
    [Theory]
    [InlineData("出租银行卡，日结300。私聊\n一天一结", false)]
    [InlineData("Rent your bank card to us, $50 a day. DM me", true)]
    [InlineData("【仿站需求单 Site Build Brief】No.：FZ1234", false)] // bilingual counts as Chinese
    public void MarketplaceListing_PutsTheWholeAdUnderTheFieldsOfASaleInItsLanguage(string ad, bool english)
    {
        var titles = english ? MarketplaceListing.EnglishTitles : MarketplaceListing.Titles;
        var prices = english ? MarketplaceListing.EnglishPriceLines : MarketplaceListing.PriceLines;
        var descriptions = english ? MarketplaceListing.EnglishDescriptionLines : MarketplaceListing.DescriptionLines;
        var closers = english ? MarketplaceListing.EnglishClosers : MarketplaceListing.Closers;
        var adLines = ad.Split('\n');
        var closersSeen = new HashSet<string>();
        for (var seed = 1UL; seed <= 30; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.MarketplaceListing], [], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.MarketplaceListing), applied);
            // Hand-worked: title, price, the description line, the ad unchanged (all its lines), the closing rule — in that order.
            var lines = text.Split('\n');
            Assert.Equal(4 + adLines.Length, lines.Length);
            Assert.Contains(lines[0], titles);
            Assert.Contains(lines[1], prices);
            Assert.Contains(lines[2], descriptions);
            Assert.Equal(adLines, lines[3..^1]);
            Assert.Contains(lines[^1], closers);
            closersSeen.Add(lines[^1]);
        }

        Assert.True(closersSeen.Count >= 2); // the closing rule is drawn, not fixed
    }

    [Fact]
    public void MarketplaceListing_TablesHoldNoContactAndKeepTheirLanguage()
    {
        string[] chinese = [.. MarketplaceListing.Titles, .. MarketplaceListing.PriceLines, .. MarketplaceListing.DescriptionLines, .. MarketplaceListing.Closers];
        string[] english = [.. MarketplaceListing.EnglishTitles, .. MarketplaceListing.EnglishPriceLines, .. MarketplaceListing.EnglishDescriptionLines, .. MarketplaceListing.EnglishClosers];
        Assert.All(chinese.Concat(english), l =>
        {
            Assert.DoesNotContain('@', l);
            Assert.DoesNotContain("微信", l, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', l);
        });
        Assert.All(chinese, l => Assert.True(TextLanguage.IsChinese(l), l));
        Assert.All(english, l => Assert.False(TextLanguage.IsChinese(l), l));
        // Each price is a yuan or a few dollars: too small for the other money disguises to rewrite.
        Assert.All(MarketplaceListing.PriceLines, l => Assert.Matches(@"^¥\d{1,2}\.\d{2}　", l));
        Assert.All(MarketplaceListing.EnglishPriceLines, l => Assert.Matches(@"^\$\d · ", l));
    }
}
