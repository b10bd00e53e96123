using System.Text.RegularExpressions;

namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 465: an ad posted on a forum (Discuz!, phpBB, Tieba's editor, a school's BBS) is written in BBCode — [b]…[/b], [color=red]…
/// [/color], [url=…]…[/url], [quote], [list][*] — which the forum shows as styled text. Read as shown, as
/// <see cref="MarkupSource"/> reads HTML: tags go, block tags (quote, list items, table cells, alignment) are line breaks, an inline
/// tag inside a word is a break there, and an image's address, which is no text the reader sees, goes with its tags. Only a text with
/// a known tag opened and later closed is BBCode, so "[微笑]" or a citation "[1]" is read as written.
/// </summary>
internal static partial class ForumMarkup
{
    private static readonly HashSet<string> BlockTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "quote", "code", "list", "*", "li", "center", "left", "right", "align", "indent", "hr", "table", "tr", "td", "p", "spoiler",
        "hide", "h1", "h2", "h3",
    };

    private static readonly HashSet<string> InlineTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "b", "i", "u", "s", "color", "size", "font", "url", "email", "img", "sub", "sup", "backcolor", "bgcolor", "highlight", "del",
        "strike", "em", "strong", "at",
    };

    /// <summary>The text <paramref name="source"/> shows, or null when it is not BBCode.</summary>
    public static ShownText? Read(string source)
    {
        if (!MarkupSource.OpensAndCloses(source, "[/", Tag(), IsKnown))
        {
            return null;
        }

        var shown = new ShownText();
        var i = 0;
        while (i < source.Length)
        {
            if (source[i] == '[' && Tag().Match(source, i) is { Success: true } tag && IsKnown(tag.Groups["name"].Value))
            {
                var name = tag.Groups["name"].Value;
                var end = tag.Index + tag.Length;
                if (name.Equals("img", StringComparison.OrdinalIgnoreCase) && tag.Groups["close"].Length == 0
                    && source.IndexOf("[/img]", end, StringComparison.OrdinalIgnoreCase) is >= 0 and var close)
                {
                    end = close + "[/img]".Length; // the picture's address is not shown
                }

                MarkupSource.Drop(shown, source, tag.Index, end, BlockTags.Contains(name), br: false);
                i = end;
                continue;
            }

            shown.Add(source[i], i, i + 1);
            i++;
        }

        return shown;
    }

    private static bool IsKnown(string name) => BlockTags.Contains(name) || InlineTags.Contains(name);

    // [name], [/name], [name=value] (a colour, a size, a link's address); no tag runs past its line.
    [GeneratedRegex(@"\G\[(?<close>/?)(?<name>[A-Za-z][A-Za-z0-9]{0,9}|\*)(?:=[^\[\]\n]{0,300})?\]")]
    private static partial Regex Tag();
}
