using System.Globalization;
using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 28's held-out disguise (development since round 29) <see cref="Evasion.MarkupTags"/>: the ad as the HTML source of a rich-text post — every line a paragraph
/// (<c>&lt;p&gt;…&lt;/p&gt;</c>, an empty line <c>&lt;p&gt;&lt;br&gt;&lt;/p&gt;</c>), the text's own &amp;, &lt; and &gt; escaped, and one to three key words
/// broken by markup a browser does not show: an empty inline tag pair between two of their characters (银&lt;b&gt;&lt;/b&gt;行卡), one
/// character in a styled span (银&lt;span style="color:#333"&gt;行&lt;/span&gt;卡) or one character as its numeric character reference
/// (银行&amp;#21345;) — as posts on forums, article platforms and job boards with rich-text editors carry them, and what a filter that
/// reads the stored source sees. Rendered, the post reads as written. Unlike separators, symbol separators or zero-width spaces
/// (characters between a word's characters that are in the text), the breaks here are markup that is not text at all, and unlike
/// the screenshot's or the subtitle's added lines, the wrapping is the page's structure. No template writes a tag (a test checks).
/// </summary>
internal static class MarkupTags
{
    /// <summary>The empty inline tag pairs a rich-text editor leaves inside a word.</summary>
    internal static readonly string[] EmptyTags = ["<b></b>", "<span></span>", "<i></i>", "<font></font>"];

    /// <summary>The styles of a span around one character.</summary>
    internal static readonly string[] Styles = ["color:#333", "font-size:14px"];

    private const int MostSites = 3;

    /// <summary><paramref name="text"/> as the HTML source of its paragraphs, with one to three of <paramref name="words"/> broken by markup where they stand.</summary>
    public static string Apply(string text, string[] words, SeededRandom random)
    {
        var escaped = text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
        var sites = new List<(int At, int Length, string With)>();
        var taken = new bool[escaped.Length];
        foreach (var w in words.Where(w => w.Length >= 2).OrderByDescending(w => w.Length))
        {
            for (var i = escaped.IndexOf(w, StringComparison.Ordinal); i >= 0; i = escaped.IndexOf(w, i + 1, StringComparison.Ordinal))
            {
                if (!taken.AsSpan(i, w.Length).Contains(true))
                {
                    taken.AsSpan(i, w.Length).Fill(true);
                    sites.Add((i, w.Length, Broken(w, random)));
                }
            }
        }

        var broken = SomeSites.Replace(escaped, sites, MostSites, random);
        var sb = new StringBuilder();
        foreach (var line in broken.Split('\n'))
        {
            sb.Append(line.Length == 0 ? "<p><br></p>" : "<p>" + line + "</p>");
        }

        return sb.ToString();
    }

    /// <summary><paramref name="word"/> broken by one piece of markup: an empty tag pair, a styled span or a character reference.</summary>
    private static string Broken(string word, SeededRandom random)
    {
        switch (random.NextInt(3))
        {
            case 0:
                var at = random.NextInt(1, word.Length);
                return string.Concat(word.AsSpan(0, at), random.Pick(EmptyTags), word.AsSpan(at));
            case 1:
                var one = random.NextInt(word.Length);
                return string.Concat(word.AsSpan(0, one), $"<span style=\"{random.Pick(Styles)}\">{word[one]}</span>", word.AsSpan(one + 1));
            default:
                var c = random.NextInt(word.Length);
                return string.Concat(word.AsSpan(0, c), string.Create(CultureInfo.InvariantCulture, $"&#{(int)word[c]};"), word.AsSpan(c + 1));
        }
    }
}
