using System.Text.RegularExpressions;
using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 25's held-out disguise <see cref="Evasion.EarningsShare"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class EarningsShareTests
{
    private const string ChineseAd = "出租银行卡，日结300。私聊\n一天一结";

    [Fact]
    public void EarningsShare_OpensAChinesePostWithAPayoutAndSometimesClosesItWithAnInvitation()
    {
        var closed = 0;
        var amounts = new HashSet<int>();
        var openers = new HashSet<string>();
        for (var seed = 1UL; seed <= 40; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ChineseAd, [Evasion.EarningsShare], [], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.EarningsShare), applied);
            var lines = text.Split('\n');
            // Hand-worked: an opening line, the ad's two lines unchanged, and at most one closing line.
            Assert.Equal(ChineseAd, string.Join('\n', lines[1..3]));
            Assert.InRange(lines.Length, 3, 4);
            var opener = Assert.Single(EarningsShare.Openers, o => lines[0].StartsWith(o.Before, StringComparison.Ordinal) && lines[0].EndsWith(o.After, StringComparison.Ordinal));
            var amount = int.Parse(lines[0][opener.Before.Length..^opener.After.Length], System.Globalization.CultureInfo.InvariantCulture);
            Assert.InRange(amount, 300, 4_990);
            Assert.Equal(0, amount % 10);
            amounts.Add(amount);
            openers.Add(opener.Before);
            if (lines.Length == 4)
            {
                Assert.Contains(lines[3], EarningsShare.Closers);
                closed++;
            }
        }

        Assert.InRange(closed, 12, 36); // 0.6 of 40: drawn, not fixed
        Assert.True(amounts.Count >= 30, $"{amounts.Count} distinct amounts"); // the payout is drawn, not fixed
        Assert.True(openers.Count >= 4, $"{openers.Count} distinct openers");
    }

    [Fact]
    public void EarningsShare_OpensAnEnglishPostWithEnglishLinesAndADollarAmount()
    {
        const string ad = "Rent your bank card to us, $50 a day. DM me";
        for (var seed = 1UL; seed <= 30; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.EarningsShare], [], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.EarningsShare), applied);
            var lines = text.Split('\n');
            Assert.Equal(ad, lines[1]);
            var opener = Assert.Single(EarningsShare.EnglishOpeners, o => lines[0].StartsWith(o.Before, StringComparison.Ordinal) && lines[0].EndsWith(o.After, StringComparison.Ordinal));
            Assert.Matches(@"^[0-9](,[0-9]{3}|[0-9]{2})$|^[0-9]{3}$", lines[0][opener.Before.Length..^opener.After.Length]); // 300–4,990 with a thousands comma
            Assert.True(lines.Length == 2 || EarningsShare.EnglishClosers.Contains(lines[2]), text);
        }
    }

    [Fact]
    public void EarningsShare_LinesHoldNoKeyWordAndKeepTheirLanguage()
    {
        string[] chinese = [.. EarningsShare.Openers.SelectMany(o => new[] { o.Before, o.After }), .. EarningsShare.Closers];
        string[] english = [.. EarningsShare.EnglishOpeners.SelectMany(o => new[] { o.Before, o.After }), .. EarningsShare.EnglishClosers];
        string[] keyWords = [.. EvasionTables.RiskyWords, .. EvasionTables.OrdinaryWords];
        Assert.All(chinese.Concat(english), l => Assert.DoesNotContain(keyWords, w => l.Contains(w, StringComparison.OrdinalIgnoreCase)));
        Assert.All(EarningsShare.Openers, o => Assert.True(TextLanguage.IsChinese(o.Before), o.Before));
        Assert.All(EarningsShare.Closers, l => Assert.True(TextLanguage.IsChinese(l), l));
        Assert.All(english, l => Assert.False(TextLanguage.IsChinese(l), l));
        // Every opener claims money was paid: an amount follows its words, in 元 or 块 or after a $.
        Assert.All(EarningsShare.Openers, o => Assert.Matches("^(元|块)", o.After));
        Assert.All(EarningsShare.EnglishOpeners, o => Assert.EndsWith("$", o.Before, StringComparison.Ordinal));
        // The payout is the opening line's only number (a closer may still say 扣1).
        Assert.DoesNotMatch(new Regex("[0-9]"), string.Concat(EarningsShare.Openers.Concat(EarningsShare.EnglishOpeners).Select(o => o.Before + o.After)));
    }
}
