using System.Text.RegularExpressions;
using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 27's held-out disguise <see cref="Evasion.ScreenshotText"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class ScreenshotTextTests
{
    private const string ChineseAd = "出租银行卡，日结300。私聊\n一天一结";

    [Fact]
    public void ScreenshotText_PutsAChinesePostBetweenAPhonesBars()
    {
        var stamped = 0;
        var bottomed = 0;
        var titles = new HashSet<string>();
        for (var seed = 1UL; seed <= 40; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ChineseAd, [Evasion.ScreenshotText], ["银行卡"], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.ScreenshotText), applied);
            var lines = text.Split('\n');
            // Hand-worked: a status bar, a title bar, at most one time stamp, the ad's two lines unchanged, at most one bottom bar.
            Assert.InRange(lines.Length, 4, 6);
            Assert.Matches(@"^([01]?\d|2[0-3]):[0-5]\d (5G|4G|5G HD|4G\+|Wi-Fi|LTE) ([1-9]\d)%$", lines[0]);
            Assert.Contains(lines[1], ScreenshotText.Titles);
            titles.Add(lines[1]);
            var at = 2;
            if (Regex.IsMatch(lines[2], @"^(昨天|今天|星期三|星期六) ([01]\d|2[0-3]):[0-5]\d$"))
            {
                stamped++;
                at = 3;
            }

            Assert.Equal(ChineseAd, string.Join('\n', lines[at..(at + 2)]));
            if (lines.Length == at + 3)
            {
                Assert.Contains(lines[^1], ScreenshotText.Bottoms);
                bottomed++;
            }
            else
            {
                Assert.Equal(at + 2, lines.Length);
            }
        }

        Assert.InRange(stamped, 8, 32); // 0.5 of 40: drawn, not fixed
        Assert.InRange(bottomed, 12, 36); // 0.6 of 40
        Assert.True(titles.Count >= 4, $"{titles.Count} distinct title bars");
    }

    [Fact]
    public void ScreenshotText_PutsAnEnglishPostBetweenEnglishBars()
    {
        const string ad = "Rent your bank card to us, $50 a day. DM me";
        for (var seed = 1UL; seed <= 30; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.ScreenshotText], ["bank card"], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.ScreenshotText), applied);
            var lines = text.Split('\n');
            Assert.Contains(lines[1], ScreenshotText.EnglishTitles);
            var at = Regex.IsMatch(lines[2], @"^(Today|Yesterday|Wednesday|Saturday) (1[0-2]|[1-9]):[0-5]\d (AM|PM)$") ? 3 : 2;
            Assert.Equal(ad, lines[at]);
            Assert.True(lines.Length == at + 1 || (lines.Length == at + 2 && ScreenshotText.EnglishBottoms.Contains(lines[^1])), text);
        }
    }

    [Fact]
    public void ScreenshotText_ComesAfterEveryConverter_SoItsBarsAreNeverConverted()
    {
        // Traditional script and full width run before it: the ad is converted, the phone's bars are not.
        for (var seed = 1UL; seed <= 20; seed++)
        {
            var (text, applied) = EvasionEngine.Apply("银行卡出租，联系我", [Evasion.ScreenshotText, Evasion.Traditional], ["银行卡"], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.ScreenshotText, Evasion.Traditional), applied);
            Assert.Contains(WholeTextEvasions.Traditional("银行卡出租，联系我"), text, StringComparison.Ordinal);
            Assert.NotEqual("银行卡出租，联系我", WholeTextEvasions.Traditional("银行卡出租，联系我"));
            Assert.Contains(text.Split('\n')[1], ScreenshotText.Titles);
        }
    }

    [Fact]
    public void ScreenshotText_BarsHoldNoKeyWordAndKeepTheirLanguage()
    {
        string[] chinese = [.. ScreenshotText.Titles, .. ScreenshotText.Bottoms, .. ScreenshotText.Stamps];
        string[] english = [.. ScreenshotText.EnglishTitles, .. ScreenshotText.EnglishBottoms, .. ScreenshotText.EnglishStamps];
        string[] keyWords = [.. EvasionTables.RiskyWords, .. EvasionTables.OrdinaryWords];
        Assert.All(chinese.Concat(english).Concat(ScreenshotText.Networks), l => Assert.DoesNotContain(keyWords, w => l.Contains(w, StringComparison.OrdinalIgnoreCase)));
        Assert.All(chinese, l => Assert.True(TextLanguage.IsChinese(l), l));
        Assert.All(english, l => Assert.False(TextLanguage.IsChinese(l), l));
        // Every title bar opens with the back chevron of a phone's app, which no template writes (the generator test checks).
        Assert.All(ScreenshotText.Titles.Concat(ScreenshotText.EnglishTitles), l => Assert.StartsWith("‹ ", l, StringComparison.Ordinal));
    }
}
