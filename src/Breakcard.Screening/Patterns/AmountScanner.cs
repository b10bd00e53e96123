namespace Breakcard.Screening.Patterns;

/// <summary>
/// Finds money amounts in normalised text: "800", "¥800", "300元", "5k", "三百块", "1.5w" (the
/// period is gone after normalisation: "15w"). A run of 7 or more digits is a phone, card or QQ
/// number, not an amount.
/// </summary>
internal static class AmountScanner
{
    private const string ChineseDigits = "零〇一二两三四五六七八九十百千万";
    private const string Units = "元块米rkw万千百";

    // A unit letter that begins an English word is not a unit ("Slide 4 — Report" reads "4report"), except rmb (ADR 273).
    private static bool StartsWord(string text, int at) =>
        char.IsAsciiLetter(text[at]) && at + 1 < text.Length && char.IsAsciiLetter(text[at + 1])
        && !text.AsSpan(at).StartsWith("rmb", StringComparison.Ordinal);

    // 千万 (by all means: 千万别办), 万一 (in case) and 万万 (by no means) are adverbs, not sums, unless a currency follows
    // (千万元). The quotation mark a price ends with is gone after normalisation, so “每套给1200”，千万别办 reads 1200千万别办:
    // without this the 千 became the price's unit and the adverb an amount outside the quotation (ADR 384). After digits only
    // 千万 is read so: 1万一次 is ten thousand a time.
    private static bool IsAdverbAt(string text, int at) =>
        at + 1 < text.Length && text[at] is '千' or '万' && text[at + 1] is '万' or '一' && !(text[at] == '千' && text[at + 1] == '一')
        && (at + 2 >= text.Length || text[at + 2] is not ('元' or '块'));

    /// <summary>The [start, end) spans of amounts in <paramref name="text"/>.</summary>
    public static List<(int Start, int End)> Find(string text)
    {
        var found = new List<(int, int)>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var end = i;
                while (end < text.Length && char.IsAsciiDigit(text[end]))
                {
                    end++;
                }

                var digits = end - i;
                var unitEnd = end < text.Length && Units.Contains(text[end], StringComparison.Ordinal) && !StartsWord(text, end)
                    && !(text[end] == '千' && IsAdverbAt(text, end)) ? end + 1 : end;
                var yuanSign = i > 0 && text[i - 1] == '¥';
                // A year (2027年, 2027届) dates the ad; it is not an amount.
                var year = digits == 4 && !yuanSign && end < text.Length && text[end] is '年' or '届' or '级';
                if (!year && (digits is >= 2 and <= 6 || (digits == 1 && (unitEnd > end || yuanSign))))
                {
                    found.Add((yuanSign ? i - 1 : i, unitEnd));
                }

                i = unitEnd;
                continue;
            }

            if (IsAdverbAt(text, i))
            {
                i += 2;
                continue;
            }

            if (ChineseDigits.Contains(c, StringComparison.Ordinal))
            {
                var end = i;
                var magnitude = false;
                while (end < text.Length && ChineseDigits.Contains(text[end], StringComparison.Ordinal))
                {
                    magnitude |= text[end] is '十' or '百' or '千' or '万';
                    end++;
                }

                var unit = end < text.Length && text[end] is '元' or '块';
                if ((magnitude && end - i >= 2) || unit)
                {
                    found.Add((i, unit ? end + 1 : end));
                }

                i = end;
                continue;
            }

            i++;
        }

        // Sums written as banknotes or spoken digits (八张红票子, sixbenjamins, 八洞洞; ADR 410).
        BanknoteCounts.AddTo(text, found);
        return found;
    }
}
