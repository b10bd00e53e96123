using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// Numbers the amount scanner finds that are not money, read in general form (ADR 244): a count or date
/// written with a slash or a colon in the original (1/3 of a thread, 11/23, 10:30 — the separator is gone
/// after normalisation, so "1/3" reads "13"), and a service number called or asked for (客服10010,
/// 咨询95588, 拨打96110, call 10086), an ordinal (第31条) a data allowance (月包100M) and the digits of a mail address (hr45@163.com, ADR 273). A price in a round-9 bank notice was a hotline; a thread's "2/3" was an
/// offer of 23.
/// </summary>
internal static class NonMoneyNumbers
{
    // Words that put a number to be dialled right after them. 电话 and 联系 are left out: 联系电话 is
    // followed by a phone number (seven digits or more, never an amount anyway), and 电话 300 could be pay.
    internal static readonly string[] CallWords = ["客服", "咨询", "热线", "拨打", "致电", "请拨", "call", "dial", "hotline"];

    /// <summary>The amounts of <paramref name="amounts"/> that are money.</summary>
    public static List<(int Start, int End)> Money(NormalisedText text, List<(int Start, int End)> amounts)
    {
        if (amounts.Count == 0)
        {
            return amounts;
        }

        var kept = new List<(int Start, int End)>(amounts.Count);
        foreach (var a in amounts)
        {
            if (!IsCountOrDate(text, a) && !IsDialled(text.Text, a) && !IsOrdinal(text.Text, a) && !IsDataSize(text.Text, a) && !IsInAddress(text, a))
            {
                kept.Add(a);
            }
        }

        return kept;
    }

    // Digits of one normalised run separated in the original by '/' or ':' (1/3, 11/23, 10:30).
    private static bool IsCountOrDate(NormalisedText text, (int Start, int End) a)
    {
        var (from, to) = text.OriginalSpan(a.Start, a.End);
        var o = text.Original;
        for (var i = from + 1; i < to - 1; i++)
        {
            if (o[i] is '/' or ':' or '\uFF0F' or '\uFF1A' && IsDigit(o[i - 1]) && IsDigit(o[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    // An ordinal (第31条, 第三十一条, 第2期, Art. 287-2): an article, an issue or a rank, never a price (ADR 273). A currency
    // word inside the span (第2笔300元 is read as one run only when a unit joins them) keeps it money.
    private static bool IsOrdinal(string s, (int Start, int End) a) =>
        s.AsSpan(a.Start, a.End - a.Start).IndexOfAny(CurrencyWords) < 0
        && (s.AsSpan(0, a.Start).EndsWith("第", StringComparison.Ordinal) || s.AsSpan(0, a.Start).EndsWith("art", StringComparison.Ordinal)
            || s.AsSpan(0, a.Start).EndsWith("article", StringComparison.Ordinal) || s.AsSpan(0, a.Start).EndsWith("section", StringComparison.Ordinal));

    private static readonly System.Buffers.SearchValues<char> CurrencyWords = System.Buffers.SearchValues.Create("元块¥$");

    // A data allowance (月包100M, 1G流量, 30MB): megabytes and gigabytes, not money (ADR 273).
    private static bool IsDataSize(string s, (int Start, int End) a)
    {
        var end = a.End;
        if (end >= s.Length || s[end] is not ('m' or 'g') || !char.IsAsciiDigit(s[end - 1]))
        {
            return false;
        }

        return end + 1 >= s.Length || !char.IsAsciiLetter(s[end + 1]) || s[end + 1] == 'b';
    }

    // Digits of an e-mail or web address (hr45@163.com, job06@sina.com): a mailbox, not a price (ADR 273).
    private static bool IsInAddress(NormalisedText text, (int Start, int End) a)
    {
        var (from, to) = text.OriginalSpan(a.Start, a.End);
        var o = text.Original;
        var start = from;
        while (start > 0 && IsAddressChar(o[start - 1]))
        {
            start--;
        }

        var end = to;
        while (end < o.Length && IsAddressChar(o[end]))
        {
            end++;
        }

        var token = o.AsSpan(start, end - start);
        return token.Contains('@') || token.Contains(".com", StringComparison.OrdinalIgnoreCase) || token.Contains("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsAddressChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '@' or '.' or '_' or '-';

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '\uFF10' and <= '\uFF19';

    // A bare number of five or six digits (no currency sign, no unit) right after a call word.
    private static bool IsDialled(string s, (int Start, int End) a)
    {
        var digits = a.End - a.Start;
        if (digits is < 5 or > 6 || !char.IsAsciiDigit(s[a.Start]) || !char.IsAsciiDigit(s[a.End - 1]))
        {
            return false;
        }

        var before = s.AsSpan(0, a.Start);
        foreach (var word in CallWords)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
