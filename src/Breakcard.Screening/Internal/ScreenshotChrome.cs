namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 449: a post shared as a phone screenshot's recognised text carries the phone's own chrome — a status bar (10:24 LTE 98%)
/// and a chat title bar's unread count (‹ 老乡群(86)). They are the phone's numbers, not the post's: read as the text's own
/// words, the battery percentage and the unread count stood as amounts offered and broke a bank's campus notice's licensed
/// hiring reading (代收代付 then read as settlement for others). Here the status-bar line and the title bar's count are dropped
/// from the folded text; the lines stay in the original, so reasons can still quote them, as with rows of topic labels
/// (ADR 425). Nothing else of the screenshot is dropped: the chat's name, the date stamp and the message are read as written.
/// </summary>
internal static class ScreenshotChrome
{
    // A status bar is a short line: clock, network marks, battery.
    private const int MaxStatusLength = 24;

    /// <summary>Drops, in <paramref name="folded"/>, the characters that came from <paramref name="original"/>'s phone chrome.</summary>
    public static void Drop(string original, FoldBuffer folded)
    {
        var hasBattery = original.Contains('%', StringComparison.Ordinal);
        var hasTitle = original.Contains('‹', StringComparison.Ordinal);
        if (!hasBattery && !hasTitle)
        {
            return;
        }

        var start = 0;
        while (start < original.Length)
        {
            var end = original.IndexOf('\n', start);
            if (end < 0)
            {
                end = original.Length;
            }

            var line = original.AsSpan(start, end - start).Trim();
            var offset = start + (original.AsSpan(start, end - start).Length - original.AsSpan(start, end - start).TrimStart().Length);
            if (hasBattery && IsStatusBar(line))
            {
                folded.DropSource(offset, offset + line.Length);
            }
            else if (hasTitle && line.StartsWith("‹") && Math.Max(UnreadCount(line), TitleButton(line)) is var count and > 0)
            {
                folded.DropSource(offset + line.Length - count, offset + line.Length);
            }

            start = end + 1;
        }
    }

    // 10:24 LTE 98% / 0:51 5G 97% / 19:24 Wi-Fi 85%: a clock first, a percentage last, nothing but network marks between.
    private static bool IsStatusBar(ReadOnlySpan<char> line)
    {
        if (line.Length is < 6 or > MaxStatusLength || line[^1] != '%' || !char.IsAsciiDigit(line[^2]))
        {
            return false;
        }

        var colon = line.IndexOf(':');
        if (colon is < 1 or > 2 || colon + 3 > line.Length || !char.IsAsciiDigit(line[colon + 1]) || !char.IsAsciiDigit(line[colon + 2]))
        {
            return false;
        }

        for (var k = 0; k < colon; k++)
        {
            if (!char.IsAsciiDigit(line[k]))
            {
                return false;
            }
        }

        foreach (var c in line[(colon + 3)..])
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is ' ' or '+' or '-' or '%'))
            {
                return false; // a word of the post, not the phone's marks
            }
        }

        return true;
    }

    // The buttons a title bar ends with (‹ 备忘录 完成: Notes' Done). Read as the text's words, 备忘录 完成 held 录完 (finished recording):
    // a security tester's and a phone courier's notes read as voice recordings sold with a code (ADR 454).
    private static readonly string[] Buttons = ["完成", "编辑", "編輯", "取消", "更多", "Done", "Edit", "Cancel", "More"];

    // ‹ 备忘录 完成: the length of a closing button after a space, else 0.
    private static int TitleButton(ReadOnlySpan<char> line)
    {
        foreach (var b in Buttons)
        {
            if (line.Length > b.Length + 2 && line.EndsWith(b, StringComparison.Ordinal) && char.IsWhiteSpace(line[^(b.Length + 1)]))
            {
                return b.Length;
            }
        }

        return 0;
    }

    // ‹ 老乡群(86): the length of a closing "(digits)" count, else 0.
    private static int UnreadCount(ReadOnlySpan<char> line)
    {
        if (line.Length < 4 || line[^1] is not (')' or '）'))
        {
            return 0;
        }

        var k = line.Length - 2;
        while (k > 0 && char.IsAsciiDigit(line[k]))
        {
            k--;
        }

        return k < line.Length - 2 && line[k] is '(' or '（' ? line.Length - k : 0;
    }
}
