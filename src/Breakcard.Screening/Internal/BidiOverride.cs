namespace Breakcard.Screening.Internal;

/// <summary>
/// Puts text stored backwards under a right-to-left override (U+202E … U+202C) back in the order it is
/// displayed in, so that 卡行银 stored between the marks reads 银行卡 and a reversed hotline 01169 reads
/// 96110 (the "RLO" trick of nicknames and chat; ADR 244). The marks themselves are dropped by character
/// folding; this reverses the folded characters that came from inside each override run.
/// </summary>
internal static class BidiOverride
{
    private const char RightToLeftOverride = '\u202E';
    private const char PopDirectionalFormatting = '\u202C';

    /// <summary>Reverses, in <paramref name="folded"/>, the characters whose source lies inside an override run of <paramref name="original"/>.</summary>
    public static void Reorder(string original, FoldBuffer folded)
    {
        var open = original.IndexOf(RightToLeftOverride);
        while (open >= 0)
        {
            // The run ends at the pop mark, or else at the end of the line or text (the display rule).
            var close = original.AsSpan(open + 1).IndexOfAny(PopDirectionalFormatting, '\n');
            close = close < 0 ? original.Length : close + open + 1;
            ReverseRange(folded, open, close);
            open = original.IndexOf(RightToLeftOverride, close);
        }
    }

    private static void ReverseRange(FoldBuffer f, int open, int close)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < f.Count; i++)
        {
            if (f.Start[i] > open && f.End[i] <= close)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        // Flags stay where they are: they say what was removed before a position (a separator, a break).
        for (int a = first, b = last; a >= 0 && a < b; a++, b--)
        {
            (f.Chars[a], f.Chars[b]) = (f.Chars[b], f.Chars[a]);
            (f.Start[a], f.Start[b]) = (f.Start[b], f.Start[a]);
            (f.End[a], f.End[b]) = (f.End[b], f.End[a]);
            (f.Kinds[a], f.Kinds[b]) = (f.Kinds[b], f.Kinds[a]);
        }
    }
}
