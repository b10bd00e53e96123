using System.Net;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 457: an ad posted as a rich-text post's HTML source carries markup a browser does not show — paragraphs as &lt;p&gt;…&lt;/p&gt;,
/// and a key word broken by an empty tag pair (银&lt;b&gt;&lt;/b&gt;行卡), one character in a styled span or one character as a
/// numeric character reference (银行&amp;#21345;). Read as the page shows it: tags go, block tags (p, br, div, li …) are line
/// breaks, character references are their characters. Only a text with a known tag name opened and closed is markup, so an honest
/// text's own &lt; and &amp; ("A&amp;B", "&lt;100元", a&lt;b and c&gt;d) are read as written; a numeric character reference, which no
/// one types but markup, is decoded on its own. A tag or reference that stood inside a word is recorded as a break there
/// (<see cref="ShownText.Breaks"/>): a browser joins the word again, but no honest editor cuts one.
/// </summary>
internal static partial class MarkupSource
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "br", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th", "table", "tbody", "thead",
        "section", "article", "blockquote", "pre", "hr", "header", "footer", "dl", "dt", "dd", "figure", "figcaption",
    };

    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "span", "b", "i", "u", "s", "em", "strong", "font", "a", "img", "sub", "sup", "small", "big", "mark", "del", "ins",
        "label", "code", "strike", "tt", "abbr", "cite", "q", "wbr", "c", "v", "ruby", "rt", "rp",
    };

    // Looked up by the span of a tag's name: a Match, its groups and a string per name were made for every '<' (ADR 461).
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Block = BlockTags.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Inline = InlineTags.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The text <paramref name="source"/> shows, or null when it holds neither markup nor a numeric character reference.</summary>
    public static ShownText? Read(string source)
    {
        var markup = OpensAndCloses(source, "</", Tag(), IsKnown);
        if (!markup && !NumericReference().IsMatch(source))
        {
            return null;
        }

        var shown = new ShownText();
        var i = 0;
        while (i < source.Length)
        {
            var c = source[i];
            if (markup && c == '<' && TagAt(source, i) is { Length: > 0 } tag && IsKnown(tag.Name(source)))
            {
                Drop(shown, source, i, i + tag.Length, Block.Contains(tag.Name(source)),
                    tag.Name(source).Equals("br", StringComparison.OrdinalIgnoreCase));
                i += tag.Length;
                continue;
            }

            if (c == '&' && Reference().Match(source, i) is { Success: true } reference
                && Decode(reference.Value, markup) is { } decoded)
            {
                if (decoded.Length > 0 && char.IsLetterOrDigit(decoded, 0) && shown.Length > 0 && !char.IsWhiteSpace(shown.Last))
                {
                    shown.Breaks.Add(shown.Length); // a character written as its reference inside a word (银行&#21345;)
                }

                foreach (var d in decoded)
                {
                    shown.Add(d, i, i + reference.Length);
                }

                i += reference.Length;
                continue;
            }

            shown.Add(c, i, i + 1);
            i++;
        }

        return shown;
    }

    /// <summary>
    /// Drops the tag at [<paramref name="index"/>, <paramref name="end"/>) of <paramref name="source"/>: a block tag is a line break,
    /// an inline one between two characters of text a break in a word (<see cref="ShownText.Breaks"/>). Also for a forum's BBCode.
    /// </summary>
    internal static void Drop(ShownText shown, string source, int index, int end, bool block, bool br)
    {
        if (block)
        {
            // One line per block; a <br> may add the empty line between paragraphs (<p><br></p>), not more.
            if (shown.Last != '\n' || (br && shown.Length >= 2 && shown.At(shown.Length - 2) != '\n'))
            {
                shown.Add('\n', index, end);
            }

            return;
        }

        // An inline tag between two characters of text is a cut in a word the page shows whole.
        if (shown.Length > 0 && !char.IsWhiteSpace(shown.Last) && end < source.Length && !char.IsWhiteSpace(source[end]))
        {
            shown.Breaks.Add(shown.Length);
        }
    }

    private static bool IsKnown(ReadOnlySpan<char> name) => Block.Contains(name) || Inline.Contains(name);

    private static bool IsKnown(string name) => IsKnown(name.AsSpan());

    /// <summary>
    /// The tag <see cref="Tag"/> matches at <paramref name="index"/> (Length 0 when none). Its name is the run of ASCII letters and
    /// digits after "&lt;" or "&lt;/": the pattern's name is such a run of at most ten, and what may follow it (a space, "/", "&gt;")
    /// is none, so a match's name group is always the whole run.
    /// </summary>
    private static TagSpan TagAt(string source, int index)
    {
        foreach (var m in Tag().EnumerateMatches(source, index))
        {
            var close = source[index + 1] == '/';
            var name = index + (close ? 2 : 1);
            var end = name;
            while (end < source.Length && char.IsAsciiLetterOrDigit(source[end]))
            {
                end++;
            }

            return new TagSpan(m.Length, name, end - name, close);
        }

        return default;
    }

    private readonly record struct TagSpan(int Length, int NameStart, int NameLength, bool Close)
    {
        public ReadOnlySpan<char> Name(string source) => source.AsSpan(NameStart, NameLength);
    }


    /// <summary>
    /// Whether <paramref name="text"/> is markup: some known tag (<paramref name="tag"/>, with groups
    /// "close" and "name") closed after it was opened (&lt;p&gt;…&lt;/p&gt;, [b][/b]); a lone "&lt;b and c&gt;" in a formula is not.
    /// </summary>
    internal static bool OpensAndCloses(string text, string closing, Regex tag, Func<string, bool> isKnown)
    {
        if (!text.Contains(closing, StringComparison.Ordinal))
        {
            return false; // the cheap check: no closing tag's opening ("</", "[/") at all
        }

        var open = closing[0];
        var opened = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = text.IndexOf(open, StringComparison.Ordinal); i >= 0; i = text.IndexOf(open, i + 1))
        {
            var m = tag.Match(text, i);
            if (!m.Success)
            {
                continue;
            }

            var name = m.Groups["name"].Value;
            if (!isKnown(name))
            {
                continue;
            }

            if (m.Groups["close"].Length == 0)
            {
                opened.Add(name);
            }
            else if (opened.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    private static string? Decode(string reference, bool markup)
    {
        if (reference[1] == '#')
        {
            var hex = reference[2] is 'x' or 'X';
            var digits = reference.AsSpan(hex ? 3 : 2, reference.Length - (hex ? 4 : 3));
            return int.TryParse(digits, hex ? System.Globalization.NumberStyles.AllowHexSpecifier : System.Globalization.NumberStyles.None,
                    System.Globalization.CultureInfo.InvariantCulture, out var code)
                && code is > 0 and <= 0x10FFFF and not (>= 0xD800 and <= 0xDFFF)
                ? char.ConvertFromUtf32(code)
                : null;
        }

        // A named reference (&amp; &nbsp; &lt;) only in markup: "R&D;" in plain text is the writer's own.
        var decoded = markup ? WebUtility.HtmlDecode(reference) : reference;
        return decoded == reference ? null : decoded;
    }

    [GeneratedRegex(@"\G<(?<close>/?)(?<name>[A-Za-z][A-Za-z0-9]{0,9})(?:\s+[A-Za-z_:][-A-Za-z0-9_:.]*(?:\s*=\s*(?:""[^""<>]*""|'[^'<>]*'|[^\s""'<>=`]+))?)*\s*/?>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"\G&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")]
    private static partial Regex Reference();

    [GeneratedRegex(@"&#(?:[0-9]{2,7}|[xX][0-9A-Fa-f]{2,6});")]
    private static partial Regex NumericReference();
}
