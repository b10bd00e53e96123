using System.Net;
using System.Text.RegularExpressions;
using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 28's held-out disguise (development since round 29) <see cref="Evasion.MarkupTags"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed partial class MarkupTagsTests
{
    [Fact]
    public void MarkupTags_BreaksTheOneKeyWordByOnePieceOfMarkup_AndParagraphsTheText()
    {
        // Hand-worked: every form 银行卡 can take — an empty tag pair after its first or second character, one character in a styled span,
        // one character as its decimal reference (银 38134, 行 34892, 卡 21345) — inside the one paragraph.
        string[] forms =
        [
            .. MarkupTags.EmptyTags.SelectMany(t => new[] { "银" + t + "行卡", "银行" + t + "卡" }),
            .. MarkupTags.Styles.SelectMany(s => new[] { $"<span style=\"{s}\">银</span>行卡", $"银<span style=\"{s}\">行</span>卡", $"银行<span style=\"{s}\">卡</span>" }),
            "&#38134;行卡", "银&#34892;卡", "银行&#21345;",
        ];
        var seen = new HashSet<string>();
        for (var seed = 1UL; seed <= 120; seed++)
        {
            var (text, applied) = EvasionEngine.Apply("出租银行卡，日结", [Evasion.MarkupTags], ["银行卡"], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.MarkupTags), applied);
            var form = Assert.Single(forms, f => text == "<p>出租" + f + "，日结</p>");
            seen.Add(form);
        }

        Assert.True(seen.Count >= 10, $"{seen.Count} of {forms.Length} forms seen"); // each kind of markup is drawn, not one fixed
        Assert.Contains(seen, f => f.Contains("&#", StringComparison.Ordinal));
        Assert.Contains(seen, f => f.Contains("<span style", StringComparison.Ordinal));
        Assert.Contains(seen, f => f.Contains("></", StringComparison.Ordinal));
    }

    [Fact]
    public void MarkupTags_BreaksOneToThreeKeyWords_AndTheRenderedTextIsTheAd()
    {
        const string ad = "出租银行卡，加微信，日结，收款码，兼职";
        string[] words = ["银行卡", "微信", "日结", "收款码", "兼职"];
        var brokenAt = new HashSet<string>();
        var wholeAt = new HashSet<string>();
        for (var seed = 1UL; seed <= 60; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.MarkupTags], words, new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.MarkupTags), applied);
            Assert.StartsWith("<p>", text, StringComparison.Ordinal);
            Assert.EndsWith("</p>", text, StringComparison.Ordinal);
            // Rendered — tags dropped, references decoded — the post reads as the ad.
            Assert.Equal(ad, Rendered(text));
            var inner = text[3..^4];
            var broken = words.Count(w => !inner.Contains(w, StringComparison.Ordinal));
            Assert.InRange(broken, 1, 3);
            foreach (var w in words)
            {
                (inner.Contains(w, StringComparison.Ordinal) ? wholeAt : brokenAt).Add(w);
            }
        }

        Assert.Equal(5, brokenAt.Count); // each key word is sometimes broken
        Assert.Equal(5, wholeAt.Count); // and sometimes left whole
    }

    [Theory]
    [InlineData("日结三百", "<p>日结三百</p>")] // no key word: only the paragraph
    [InlineData("出租银行卡\n\n私聊", "<p>出租银行卡</p><p><br></p><p>私聊</p>")] // an empty line is an empty paragraph
    [InlineData("Pay <$50> & more", "<p>Pay &lt;$50&gt; &amp; more</p>")] // the text's own marks are escaped, as an editor stores them
    public void MarkupTags_WithoutAKeyWord_OnlyParagraphsAndEscapes(string ad, string expected)
    {
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.MarkupTags], [], new SeededRandom(5));
        Assert.Equal((expected, EvasionSet.Of(Evasion.MarkupTags)), (text, applied));
        Assert.Equal(ad.Replace("\n", "", StringComparison.Ordinal), Rendered(text));
    }

    [Fact]
    public void MarkupTags_ComeAfterTheConverters_SoTheirMarkupIsNeverConverted()
    {
        // Full width would write the letters of a tag as full-width letters; it runs first, so the tags stay ASCII.
        for (var seed = 1UL; seed <= 20; seed++)
        {
            var (text, applied) = EvasionEngine.Apply("出租银行卡，vx123", [Evasion.MarkupTags, Evasion.FullWidth], ["银行卡"], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.MarkupTags, Evasion.FullWidth), applied);
            Assert.StartsWith("<p>", text, StringComparison.Ordinal);
            Assert.Contains("ｖｘ１２３", text, StringComparison.Ordinal);
        }
    }

    private static string Rendered(string html) => WebUtility.HtmlDecode(Tag().Replace(html, ""));

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tag();
}
