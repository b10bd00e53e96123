using System.Net;
using System.Text;

namespace Breakcard.Judgments.Reading;

/// <summary>
/// Converts a judgment web page (China Judgments Online pages and their exports) to plain text:
/// block elements become line breaks, other tags disappear, entities are decoded, and the page
/// head, scripts, styles and comments are dropped. Not a general HTML parser: enough for the
/// flat paragraph markup judgments are published in. Thread safe (no state).
/// </summary>
public static class HtmlText
{
    private static readonly string[] BlockTags =
        ["div", "p", "br", "tr", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "section", "article", "blockquote", "pre", "dd", "dt", "td", "hr"];

    private static readonly string[] DroppedElements = ["script", "style", "head", "title", "noscript", "template"];

    /// <summary>True when <paramref name="text"/> looks like markup rather than plain text.</summary>
    public static bool LooksLikeHtml(ReadOnlySpan<char> text)
    {
        var t = text.TrimStart();
        return t.StartsWith("<") && (t.Contains("</", StringComparison.Ordinal) || t.Contains("/>", StringComparison.Ordinal) || t.Contains("<br", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The text of <paramref name="html"/>, one paragraph per line.</summary>
    public static string ToText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var sb = new StringBuilder(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0)
            {
                sb.Append(html, i, html.Length - i);
                break;
            }

            sb.Append(html, i, lt - i);
            if (html.AsSpan(lt).StartsWith("<!--"))
            {
                var end = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                i = end < 0 ? html.Length : end + 3;
                continue;
            }

            var gt = html.IndexOf('>', lt + 1);
            if (gt < 0)
            {
                break; // an unterminated tag at the end: nothing readable follows
            }

            var name = TagName(html.AsSpan(lt + 1, gt - lt - 1), out var closing);
            i = gt + 1;
            if (!closing && IsOneOf(name, DroppedElements))
            {
                var close = html.IndexOf("</" + name.ToString(), i, StringComparison.OrdinalIgnoreCase);
                if (close >= 0)
                {
                    var closeEnd = html.IndexOf('>', close);
                    i = closeEnd < 0 ? html.Length : closeEnd + 1;
                }

                continue;
            }

            if (IsOneOf(name, BlockTags))
            {
                sb.Append('\n');
            }
        }

        return WebUtility.HtmlDecode(sb.ToString());
    }

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> tag, out bool closing)
    {
        tag = tag.TrimStart();
        closing = tag.StartsWith("/");
        if (closing)
        {
            tag = tag[1..].TrimStart();
        }

        var end = 0;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end]))
        {
            end++;
        }

        return tag[..end];
    }

    private static bool IsOneOf(ReadOnlySpan<char> name, string[] names)
    {
        foreach (var n in names)
        {
            if (name.Equals(n, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
