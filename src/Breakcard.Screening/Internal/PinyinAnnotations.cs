namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 479: a Chinese character followed by its toned pinyin in brackets — 银(yín)行(háng)卡(kǎ), 储（chǔ）蓄（xù）— as a children's
/// reader or a teaching post annotates it: the reader reads the characters, and the brackets between them broke the key word. Here each
/// annotation after a Chinese character is dropped from the folded text and the next character is not marked as separated by it, so the
/// characters read as one word again. An annotation is 1–12 Latin letters holding at least one pinyin tone mark (ā á ǎ à … ǖ ǘ ǚ ǜ) or ü,
/// between ( and ) or their full-width forms; an English gloss in brackets (卡(card)) or a bracketed number has no tone and stays.
/// Gated by an opening bracket anywhere in the text, one vectorised search.
/// </summary>
internal static class PinyinAnnotations
{
    private const int MaxLetters = 12;

    /// <summary>Drops, in <paramref name="folded"/>, the characters folded from pinyin annotations in <paramref name="text"/>.</summary>
    public static void Drop(string text, FoldBuffer folded)
    {
        if (text.AsSpan().IndexOfAny('(', '（') < 0 || Spans(text) is not { } spans)
        {
            return;
        }

        var kept = 0;
        var s = 0;
        var joined = false;
        for (var i = 0; i < folded.Count; i++)
        {
            var start = folded.Start[i];
            while (s < spans.Count && spans[s].End <= start)
            {
                s++;
            }

            if (s < spans.Count && start >= spans[s].Start)
            {
                joined = true; // inside an annotation
                continue;
            }

            var flags = folded.Flags[i];
            if (joined && s > 0 && start == spans[s - 1].End && IsChinese(text[start]))
            {
                flags &= unchecked((byte)~FoldBuffer.SeparatorBefore); // the bracket was no separator between the two characters
            }

            folded.Chars[kept] = folded.Chars[i];
            folded.Start[kept] = start;
            folded.End[kept] = folded.End[i];
            folded.Flags[kept] = flags;
            folded.Kinds[kept] = folded.Kinds[i];
            joined = false;
            kept++;
        }

        folded.Count = kept;
    }

    /// <summary>The annotations' spans [bracket, after the closing bracket) in order, or null when there is none.</summary>
    private static List<(int Start, int End)>? Spans(string text)
    {
        List<(int Start, int End)>? spans = null;
        for (var at = text.AsSpan().IndexOfAny('(', '（'); at >= 0 && at + 2 < text.Length;)
        {
            var end = at > 0 && IsChinese(text[at - 1]) ? AnnotationEnd(text, at) : -1;
            if (end > 0)
            {
                (spans ??= []).Add((at, end));
            }

            var next = text.AsSpan(at + 1).IndexOfAny('(', '（');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return spans;
    }

    // Where the annotation opened at `at` ends (after its closing bracket), or -1 when none stands there.
    private static int AnnotationEnd(string text, int at)
    {
        var toned = false;
        var i = at + 1;
        for (; i < text.Length && i - at <= MaxLetters + 1; i++)
        {
            var c = text[i];
            if (IsTone(c))
            {
                toned = true;
            }
            else if (!char.IsAsciiLetterLower(c))
            {
                break;
            }
        }

        return toned && i > at + 1 && i < text.Length && text[i] is ')' or '）' ? i + 1 : -1;
    }

    private static bool IsTone(char c) => c is 'ā' or 'á' or 'ǎ' or 'à' or 'ē' or 'é' or 'ě' or 'è' or 'ī' or 'í' or 'ǐ' or 'ì'
        or 'ō' or 'ó' or 'ǒ' or 'ò' or 'ū' or 'ú' or 'ǔ' or 'ù' or 'ǖ' or 'ǘ' or 'ǚ' or 'ǜ' or 'ü' or 'ń' or 'ň' or 'ǹ' or 'ḿ';

    private static bool IsChinese(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF';
}
