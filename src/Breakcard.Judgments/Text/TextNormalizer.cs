using System.Text;

namespace Breakcard.Judgments.Text;

/// <summary>
/// Brings judgment text from any source (typeset HTML, PDF or OCR text, database exports) to one
/// form the extractor can scan with plain string searches:
/// <list type="bullet">
/// <item>line ends are <c>\n</c>; empty lines are dropped; each line is trimmed;</item>
/// <item>full-width digits and Latin letters become ASCII (２０２１ → 2021), <c>．</c> becomes <c>.</c>;</item>
/// <item>ASCII parentheses, colons and semicolons become full-width, and so does a comma that is
/// not a thousands separator;</item>
/// <item>spaces are removed except between two ASCII letters or digits (typeset texts space out
/// headings: 刑 事 判 决 书, 审 判 员);</item>
/// <item>zero-width characters and byte-order marks are removed;</item>
/// <item>lines that a PDF or OCR export broke in mid-sentence are joined again.</item>
/// </list>
/// Thread safe (no state).
/// </summary>
public static class TextNormalizer
{
    /// <summary>Normalises <paramref name="text"/>; see the type summary for what changes.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = new StringBuilder(text.Length);
        var lineStart = 0;
        var previousLine = new LineInfo(0, 0);
        var hasPrevious = false;

        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] is not ('\n' or '\r'))
            {
                continue;
            }

            var line = text.AsSpan(lineStart, i - lineStart);
            lineStart = i + 1;
            var start = chars.Length;
            AppendNormalizedLine(chars, line);
            var length = chars.Length - start;
            if (length == 0)
            {
                continue;
            }

            if (hasPrevious)
            {
                // Decide whether the previous line ended a paragraph: insert the line break before
                // this line, or join the two when the break was a hard wrap.
                var current = chars.ToString(start, Math.Min(length, 12));
                if (!IsHardWrap(chars, previousLine, current))
                {
                    chars.Insert(start, '\n');
                    start++;
                }
            }

            previousLine = new LineInfo(start, chars.Length - start);
            hasPrevious = true;
        }

        return chars.ToString();
    }

    private readonly record struct LineInfo(int Start, int Length);

    private static void AppendNormalizedLine(StringBuilder sb, ReadOnlySpan<char> line)
    {
        var lineStart = sb.Length;
        for (var i = 0; i < line.Length; i++)
        {
            var c = Map(line[i]);
            switch (c)
            {
                case '\0':
                    continue;
                case ' ':
                    // Keep one space only between ASCII letters or digits ("VOIP 网关" keeps none).
                    if (sb.Length > lineStart && char.IsAsciiLetterOrDigit(sb[^1]) && NextNonSpaceIsAsciiAlphanumeric(line, i + 1))
                    {
                        sb.Append(' ');
                        while (i + 1 < line.Length && Map(line[i + 1]) == ' ')
                        {
                            i++;
                        }
                    }

                    continue;
                case ',':
                    var thousands = sb.Length > lineStart && char.IsAsciiDigit(sb[^1]) && NextNonSpaceIsDigit(line, i + 1);
                    sb.Append(thousands ? ',' : '，');
                    continue;
                case ':':
                    sb.Append(sb.Length > lineStart && char.IsAsciiDigit(sb[^1]) && NextNonSpaceIsDigit(line, i + 1) ? ':' : '：');
                    continue;
                default:
                    sb.Append(c);
                    continue;
            }
        }
    }

    private static bool NextNonSpaceIsAsciiAlphanumeric(ReadOnlySpan<char> line, int i)
    {
        while (i < line.Length && Map(line[i]) == ' ')
        {
            i++;
        }

        return i < line.Length && char.IsAsciiLetterOrDigit(Map(line[i]));
    }

    private static bool NextNonSpaceIsDigit(ReadOnlySpan<char> line, int i)
    {
        while (i < line.Length && Map(line[i]) == ' ')
        {
            i++;
        }

        return i < line.Length && char.IsAsciiDigit(Map(line[i]));
    }

    /// <summary>One character's normal form; '\0' drops it.</summary>
    private static char Map(char c) => c switch
    {
        >= '０' and <= '９' => (char)('0' + (c - '０')),
        >= 'Ａ' and <= 'Ｚ' => (char)('A' + (c - 'Ａ')),
        >= 'ａ' and <= 'ｚ' => (char)('a' + (c - 'ａ')),
        '．' => '.',
        '(' => '（',
        ')' => '）',
        ';' => '；',
        '\t' or '\u00a0' or '\u3000' or (>= '\u2000' and <= '\u200a') or '\u202f' or '\u205f' => ' ',
        '\u200b' or '\u200c' or '\u200d' or '\ufeff' or '\u2060' => '\0',
        _ => c,
    };

    /// <summary>
    /// True when the break between the previous line and the current one is a hard wrap inside a
    /// paragraph: the previous line is long, does not end a sentence or a heading, and the
    /// current line does not start a new paragraph.
    /// </summary>
    private static bool IsHardWrap(StringBuilder sb, LineInfo previous, string currentStart)
    {
        if (previous.Length < 15)
        {
            return false;
        }

        var last = sb[previous.Start + previous.Length - 1];
        if (last is '。' or '：' or '；' or '！' or '？' or '）' or '」' or '”' or '书' or '院' or '号' or '日')
        {
            return false;
        }

        foreach (var marker in ParagraphStarts)
        {
            if (currentStart.StartsWith(marker, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Words that begin a paragraph in a judgment, so a line starting with one is never a continuation.</summary>
    private static readonly string[] ParagraphStarts =
    [
        "被告人", "被告单位", "辩护人", "公诉机关", "法定代理人", "诉讼代理人", "附带民事", "经审理", "本院认为", "上述事实",
        "如不服", "审判长", "审判员", "人民陪审员", "书记员", "法官助理", "一、", "二、", "三、", "四、", "五、", "六、",
        "七、", "八、", "九、", "十、", "（", "附：", "附件",
    ];
}
