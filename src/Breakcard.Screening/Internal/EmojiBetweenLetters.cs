namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 442: a heart emoji (❤, ♥) written between two Latin letters is a separator planted inside an English word (c❤a❤r❤d,
/// a❤c❤c❤o❤u❤n❤t), not the word 心 the character fold reads it as (微❤ = 微信). The fold turns it into 心, which then stands
/// inside the English word and breaks it (c心a心r心d); here each such 心 is dropped, its neighbours marked as separated, as the
/// fold drops any other emoji between letters. A heart beside a Chinese character or a space keeps its reading.
/// </summary>
internal static class EmojiBetweenLetters
{
    /// <summary>Drops, in <paramref name="folded"/>, each 心 read from a heart emoji of <paramref name="original"/> between two ASCII letters.</summary>
    public static void Drop(string original, FoldBuffer folded)
    {
        if (original.AsSpan().IndexOfAny('\u2764', '\u2665') < 0)
        {
            return;
        }

        var kept = 0;
        var carried = false;
        for (var i = 0; i < folded.Count; i++)
        {
            if (folded.Chars[i] == '心' && i > 0 && i + 1 < folded.Count && char.IsAsciiLetterLower(folded.Chars[i - 1])
                && char.IsAsciiLetterLower(folded.Chars[i + 1]) && original[folded.Start[i]] is '\u2764' or '\u2665')
            {
                carried = true;
                continue;
            }

            folded.Chars[kept] = folded.Chars[i];
            folded.Start[kept] = folded.Start[i];
            folded.End[kept] = folded.End[i];
            folded.Flags[kept] = carried ? (byte)(folded.Flags[i] | FoldBuffer.SeparatorBefore) : folded.Flags[i];
            folded.Kinds[kept] = folded.Kinds[i];
            carried = false;
            kept++;
        }

        folded.Count = kept;
    }
}
