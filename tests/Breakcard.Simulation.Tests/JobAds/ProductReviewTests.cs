using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 26's held-out disguise <see cref="Evasion.ProductReview"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class ProductReviewTests
{
    private const string ChineseAd = "出租银行卡，日结300。私聊\n一天一结";

    [Fact]
    public void ProductReview_OpensAChinesePostWithAReviewAndSometimesClosesItWithAVerdict()
    {
        var closed = 0;
        var openers = new HashSet<string>();
        for (var seed = 1UL; seed <= 40; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ChineseAd, [Evasion.ProductReview], ["银行卡"], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.ProductReview), applied);
            var lines = text.Split('\n');
            // Hand-worked: a review line, the ad's two lines unchanged, and at most one verdict.
            Assert.InRange(lines.Length, 3, 4);
            Assert.Contains(lines[0], ProductReview.Openers);
            Assert.Equal(ChineseAd, string.Join('\n', lines[1..3]));
            openers.Add(lines[0]);
            if (lines.Length == 4)
            {
                Assert.Contains(lines[3], ProductReview.Closers);
                closed++;
            }
        }

        Assert.InRange(closed, 12, 36); // 0.6 of 40: drawn, not fixed
        Assert.True(openers.Count >= 4, $"{openers.Count} distinct openers");
    }

    [Fact]
    public void ProductReview_OpensAnEnglishPostWithEnglishLines()
    {
        const string ad = "Rent your bank card to us, $50 a day. DM me";
        for (var seed = 1UL; seed <= 30; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.ProductReview], ["bank card"], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.ProductReview), applied);
            var lines = text.Split('\n');
            Assert.Contains(lines[0], ProductReview.EnglishOpeners);
            Assert.Equal(ad, lines[1]);
            Assert.True(lines.Length == 2 || ProductReview.EnglishClosers.Contains(lines[2]), text);
        }
    }

    [Fact]
    public void ProductReview_LinesHoldNoKeyWordAndKeepTheirLanguage()
    {
        string[] chinese = [.. ProductReview.Openers, .. ProductReview.Closers];
        string[] english = [.. ProductReview.EnglishOpeners, .. ProductReview.EnglishClosers];
        string[] keyWords = [.. EvasionTables.RiskyWords, .. EvasionTables.OrdinaryWords];
        Assert.All(chinese.Concat(english), l => Assert.DoesNotContain(keyWords, w => l.Contains(w, StringComparison.OrdinalIgnoreCase)));
        Assert.All(chinese, l => Assert.True(TextLanguage.IsChinese(l), l));
        Assert.All(english, l => Assert.False(TextLanguage.IsChinese(l), l));
        // Every opener reviews goods: a rating, a purchase mark or a follow-up review opens it.
        Assert.All(ProductReview.Openers.Concat(ProductReview.EnglishOpeners),
            l => Assert.Matches("^(★|五星好评|追评|好评|已购买|5\\.0 out of 5 stars|Verified Purchase)", l));
    }
}
