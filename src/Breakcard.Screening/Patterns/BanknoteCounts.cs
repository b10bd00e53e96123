using System.Buffers;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 410: sums written as a count of banknotes or as spoken digits, which <see cref="AmountScanner"/>'s digit and numeral
/// runs do not reach. Recruiters who avoid the word 元 (a filter's cue) name pay as hundred-yuan notes — 八张红票子, 三张毛爷爷,
/// 两张大红票, 十张红钞 — or as $100 bills (six Benjamins, three C-notes), or read the zeros aloud as 洞 (一天给八洞洞, 返你三洞洞).
/// A count of notes is a sum whatever the count's spelling (八, 捌, 弎, 1); a spoken number is a sum when it has a leading digit and
/// two or more spoken zeros and is too short to be a phone or a QQ number (幺幺洞 is 110 and stays a number).
/// </summary>
internal static class BanknoteCounts
{
    // Hundred-yuan notes: the red note (红票, 红票子, 大红票, 红钞, 红牛), Mao's portrait (毛爷爷, 毛主席), the old ten (大团结),
    // Hong Kong's portrait note (老人头).
    private static readonly string[] YuanNotes = ["红票", "大红票", "红钞", "大红钞", "红牛", "毛爷爷", "毛主席", "大团结", "老人头", "百元大钞", "红色票子"];

    // $100 bills, plural after a count (the normaliser drops the space and the hyphen: sixbenjamins, threecnotes).
    private static readonly string[] DollarBills = ["benjamins", "cnotes", "hundos"];

    // Counts as the normaliser leaves them (a few → afew).
    private static readonly string[] EnglishCounts = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "afew", "few"];

    private static readonly SearchValues<string> Bills = SearchValues.Create(DollarBills, StringComparison.Ordinal);

    // A count's characters: digits, numerals in any of their spellings (including the financial forms and Martian 弎), 几 and 俩.
    private const string CountCharacters = "0123456789零〇一二两三四五六七八九十百壹贰叁肆伍陆柒捌玖拾佰弎几俩";

    // Spoken digits: 洞 zero, 幺 one, 拐 seven, 勾 nine, beside the plain numerals.
    private const string SpokenDigits = "0123456789一二两三四五六七八九幺拐勾壹贰叁肆伍陆柒捌玖";

    private const int MaxCount = 4;

    /// <summary>Adds to <paramref name="found"/> the banknote counts and spoken sums in <paramref name="text"/>, keeping it in order.</summary>
    public static void AddTo(string text, List<(int Start, int End)> found)
    {
        var span = text.AsSpan();
        var added = false;
        for (var at = span.IndexOfAny('张', '洞'); at >= 0; at = Next(span, at))
        {
            if (text[at] == '张' ? YuanNoteCount(text, at) is (int s1, int e1) && Add(found, s1, e1) : SpokenSum(text, at) is (int s2, int e2) && Add(found, s2, e2))
            {
                added = true;
            }
        }

        if (span.IndexOfAny(Bills) >= 0)
        {
            foreach (var bill in DollarBills)
            {
                for (var at = text.IndexOf(bill, StringComparison.Ordinal); at >= 0; at = text.IndexOf(bill, at + 1, StringComparison.Ordinal))
                {
                    foreach (var word in EnglishCounts)
                    {
                        if (at >= word.Length && text.AsSpan(at - word.Length, word.Length).SequenceEqual(word) && Add(found, at - word.Length, at + bill.Length))
                        {
                            added = true;
                        }
                    }
                }
            }
        }

        if (added)
        {
            found.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static int Next(ReadOnlySpan<char> span, int at)
    {
        var next = span[(at + 1)..].IndexOfAny('张', '洞');
        return next < 0 ? -1 : at + 1 + next;
    }

    // 八张红票子 at the 张: a count of one to four count characters before it, a note after it. A count of two or more ASCII digits
    // (30张红票子) is already an amount.
    private static (int, int)? YuanNoteCount(string text, int at)
    {
        var start = at;
        while (start > 0 && at - start < MaxCount && CountCharacters.Contains(text[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        if (start == at || (at - start >= 2 && char.IsAsciiDigit(text[start]) && char.IsAsciiDigit(text[start + 1])))
        {
            return null;
        }

        var after = text.AsSpan(at + 1);
        foreach (var note in YuanNotes)
        {
            if (after.StartsWith(note, StringComparison.Ordinal))
            {
                var end = at + 1 + note.Length;
                return (start, end < text.Length && text[end] == '子' ? end + 1 : end);
            }
        }

        return null;
    }

    // 八洞洞 at the first 洞: one or two spoken digits before, two or more 洞 in the run, nothing numeric on either side, three to
    // six characters in all, and a unit after it taken in.
    private static (int, int)? SpokenSum(string text, int at)
    {
        if (at == 0 || text[at - 1] == '洞')
        {
            return null;
        }

        var start = at;
        while (start > 0 && at - start < 2 && SpokenDigits.Contains(text[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        var end = at;
        while (end < text.Length && text[end] == '洞')
        {
            end++;
        }

        if (start == at || end - at < 2 || end - start > 6
            || (start > 0 && (SpokenDigits.Contains(text[start - 1], StringComparison.Ordinal) || text[start - 1] == '洞'))
            || (end < text.Length && SpokenDigits.Contains(text[end], StringComparison.Ordinal)))
        {
            return null;
        }

        return (start, end < text.Length && text[end] is '元' or '块' or '米' ? end + 1 : end);
    }

    // Adds [start, end) unless an amount already found overlaps it.
    private static bool Add(List<(int Start, int End)> found, int start, int end)
    {
        foreach (var (s, e) in found)
        {
            if (s < end && start < e)
            {
                return false;
            }
        }

        found.Add((start, end));
        return true;
    }
}
