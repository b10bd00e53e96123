using System.Buffers;
using Breakcard.Screening.Internal;
using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Normalisation;

/// <summary>
/// Reads a word spelled out character by character, the way a word is spelled aloud on the phone, back into the word
/// (ADR 385): in Chinese each character named by a common word that holds it, then 的 and the character (金银的银、行走的行、
/// 卡片的卡 → 银行卡), in English each letter by a word it begins (a as in apple, c for cat, t like tea → act…). A reader who
/// has heard characters spelled writes the word down at once; a term list sees each character only inside an unrelated
/// word. What makes it a spelling, not prose, is the chain: two or more such units in a row, each after a separator
/// (、，, a space), every unit ending in the character its word was chosen for. One natural phrase of the shape (学生的生活)
/// is no chain and stays as written.
/// </summary>
/// <remarks>
/// Runs on the first fold buffer (characters folded, separators removed and remembered), in place, before words are
/// folded, so the word it restores is matched like any other — as a spaced-out, disguised spelling, quoted from the whole
/// spelled run. Cost: on text that holds no spelling, a few vectorised searches for 的 and its forms and for "as", "for",
/// "like" (<see cref="NextCandidate"/>), and a check at each hit; nothing is allocated.
/// </remarks>
internal static class SpelledOut
{
    // A Chinese unit's naming word is two or three characters (金银, 巧克力); an English one is a word of up to 12 letters.
    private const int MaxNamingWord = 3;
    private const int MaxLatinWord = 12;

    /// <summary>Replaces every spelled chain in <paramref name="text"/> by the characters it spells.</summary>
    public static void Collapse(FoldBuffer text)
    {
        var kept = 0;
        var i = 0;
        while (i < text.Count)
        {
            // While nothing has been collapsed, characters stay where they are: skip straight to the next place a chain could
            // start (most texts hold none, and a character loop here cost 0.7 % of the screening bench's samples).
            if (kept == i)
            {
                i = kept = NextCandidate(text, i);
                if (i < 0)
                {
                    return;
                }
            }

            var end = 0;
            var c = text.Chars[i];
            if (c is >= 'a' and <= 'z' && IsUnitStart(text, i))
            {
                end = LatinChain(text, i);
            }
            else if (IsHan(c) && i + 2 < text.Count && (IsOf(text.Chars[i + 2]) || (i + 3 < text.Count && IsOf(text.Chars[i + 3])))
                && IsFirstChineseUnit(text, i))
            {
                end = ChineseChain(text, i);
            }

            if (end > i)
            {
                kept = Emit(text, i, end, kept);
                i = end;
                continue;
            }

            Copy(text, i, kept++);
            i++;
        }

        text.Count = kept;
    }

    private static readonly SearchValues<char> OfCharacters = SearchValues.Create("的旳嘚の");

    /// <summary>
    /// A lower bound on where, at or after <paramref name="from"/>, a chain may start, or -1 when none can: a Chinese unit holds
    /// 的 (or a form of it, <see cref="IsOf"/>) two or three characters after its start, an English one the word "as", "for"
    /// or "like" right after its letter. Any earlier position is copied unchanged by <see cref="Collapse"/>.
    /// </summary>
    private static int NextCandidate(FoldBuffer text, int from)
    {
        var chars = text.Chars.AsSpan(0, text.Count);
        var best = int.MaxValue;
        if (from + 2 < chars.Length && chars[(from + 2)..].IndexOfAny(OfCharacters) is var of and >= 0)
        {
            best = Math.Max(from, from + 2 + of - MaxNamingWord);
        }

        if (from + 1 < chars.Length)
        {
            var rest = chars[(from + 1)..];
            foreach (var word in (ReadOnlySpan<string>)["as", "for", "like"])
            {
                var at = rest.IndexOf(word, StringComparison.Ordinal);
                if (at >= 0 && from + at < best)
                {
                    best = from + at;
                }
            }
        }

        return best == int.MaxValue ? -1 : best;
    }

    // Writes the spelled characters of [from, end) at kept: each carries the span of its own unit.
    private static int Emit(FoldBuffer text, int from, int end, int kept)
    {
        var latin = text.Chars[from] is >= 'a' and <= 'z';
        var unit = from;
        var first = true;
        while (unit < end)
        {
            var next = latin ? NextLatinUnit(text, unit, end) : NextChineseUnit(text, unit, end);
            next = next > unit ? next : end;
            var spelled = latin ? text.Chars[unit] : text.Chars[OfPosition(text, unit) + 1];
            var start = text.Start[unit];
            var stop = text.End[next - 1];
            text.Chars[kept] = spelled;
            text.Start[kept] = start;
            text.End[kept] = stop;
            // The first character keeps what stood before the run; the others are marked spaced out, and all spelled, so the word
            // reads as disguised even in English, where a space between letters is otherwise a word break (FindTerms).
            text.Flags[kept] = (byte)((first ? text.Flags[from] : FoldBuffer.SeparatorBefore) | FoldBuffer.Disguised);
            text.Kinds[kept] = (byte)FoldKind.Split;
            kept++;
            first = false;
            unit = next;
        }

        return kept;
    }

    private static void Copy(FoldBuffer text, int from, int to)
    {
        if (from == to)
        {
            return;
        }

        text.Chars[to] = text.Chars[from];
        text.Start[to] = text.Start[from];
        text.End[to] = text.End[from];
        text.Flags[to] = text.Flags[from];
        text.Kinds[to] = text.Kinds[from];
    }

    private static bool Separated(FoldBuffer text, int i) => i == 0 || (text.Flags[i] & FoldBuffer.SeparatorBefore) != 0;

    // ---- Chinese: 金银的银、行走的行、卡片的卡

    // A chain's first unit may follow other text directly (收金银的银…): it starts at the shortest naming word that holds
    // the character after its 的, written together, with 的 and the character unseparated.
    private static bool IsFirstChineseUnit(FoldBuffer text, int unit)
    {
        var of = OfPosition(text, unit);
        if (of < 0 || Separated(text, of) || Separated(text, of + 1))
        {
            return false;
        }

        for (var k = unit + 1; k < of; k++)
        {
            if (Separated(text, k))
            {
                return false;
            }
        }

        return !(of - unit > 2 && IsNamingWord(text, unit + 1, of, text.Chars[of + 1]));
    }

    // A naming word is Han characters only, no 的, and holds the character it spells.
    private static bool IsNamingWord(FoldBuffer text, int from, int of, char spelled)
    {
        var holds = false;
        for (var k = from; k < of; k++)
        {
            var ch = text.Chars[k];
            if (!IsHan(ch) || IsOf(ch))
            {
                return false;
            }

            holds |= ch == spelled;
        }

        return holds;
    }

    // Where a chain starting at `from` ends, or 0 when it has fewer than two units. A later unit starts right after a
    // separator (the 、，or space between spelled characters).
    private static int ChineseChain(FoldBuffer text, int from)
    {
        var units = 0;
        var end = from;
        var unit = from;
        while (true)
        {
            var of = OfPosition(text, unit);
            if (of < 0)
            {
                break;
            }

            units++;
            end = of + 2;
            if (end >= text.Count || !Separated(text, end) || OfPosition(text, end) < 0)
            {
                break;
            }

            unit = end;
        }

        return units >= 2 ? end : 0;
    }

    // The 的 of the unit starting at `unit`, or -1.
    private static int OfPosition(FoldBuffer text, int unit)
    {
        for (var of = unit + 2; of <= unit + MaxNamingWord && of + 1 < text.Count; of++)
        {
            if (IsOf(text.Chars[of]) && IsNamingWord(text, unit, of, text.Chars[of + 1]))
            {
                return of;
            }
        }

        return -1;
    }

    private static int NextChineseUnit(FoldBuffer text, int unit, int end) => Math.Min(end, OfPosition(text, unit) + 2);

    private static bool IsHan(char c) => c is >= '\u3400' and <= '\u9FFF';

    // 的, its Martian-script forms (旳, 嘚) or the Japanese の written for it, which the character folder leaves as written
    // (手表旳手、飞机の机).
    private static bool IsOf(char c) => c is '的' or '旳' or '嘚' or 'の';

    // ---- English: a as in apple, c as in cat (or: c for cat, c like cat)

    // A one-letter word, then "as in", "for" or "like", then a word that begins with that letter.
    private static bool IsUnitStart(FoldBuffer text, int i) => Separated(text, i) && NamingWordAt(text, i) > 0;

    // Where the naming word of the unit at `i` starts, or 0.
    private static int NamingWordAt(FoldBuffer text, int i)
    {
        var letter = text.Chars[i];
        var k = i + 1;
        if (k >= text.Count || !Separated(text, k))
        {
            return 0;
        }

        if (WordIs(text, k, "as") && WordIs(text, k + 2, "in"))
        {
            k += 4;
        }
        else if (WordIs(text, k, "for"))
        {
            k += 3;
        }
        else if (WordIs(text, k, "like"))
        {
            k += 4;
        }
        else
        {
            return 0;
        }

        return k < text.Count && Separated(text, k) && text.Chars[k] == letter ? k : 0;
    }

    private static bool WordIs(FoldBuffer text, int at, string word)
    {
        if (at + word.Length > text.Count || !Separated(text, at))
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (text.Chars[at + k] != word[k] || (k > 0 && Separated(text, at + k)))
            {
                return false;
            }
        }

        return at + word.Length == text.Count || Separated(text, at + word.Length);
    }

    // Where a chain starting at `from` ends, or 0 when it has fewer than two units.
    private static int LatinChain(FoldBuffer text, int from)
    {
        var units = 0;
        var unit = from;
        var end = from;
        while (unit < text.Count && IsUnitStart(text, unit))
        {
            units++;
            end = NextLatinUnit(text, unit, text.Count);
            if (end >= text.Count || !IsUnitStart(text, end))
            {
                break;
            }

            unit = end;
        }

        return units >= 2 ? end : 0;
    }

    // The end of the unit at `unit`: the next unit's start when one follows within the naming word's reach (x as in x-ray,
    // y as in yellow), else the end of the naming word.
    private static int NextLatinUnit(FoldBuffer text, int unit, int limit)
    {
        var word = NamingWordAt(text, unit);
        var wordEnd = word + 1;
        while (wordEnd < text.Count && !Separated(text, wordEnd) && text.Chars[wordEnd] is >= 'a' and <= 'z')
        {
            wordEnd++;
        }

        for (var k = word + 1; k < Math.Min(limit, word + MaxLatinWord); k++)
        {
            if (text.Chars[k] is >= 'a' and <= 'z' && IsUnitStart(text, k))
            {
                return k;
            }
        }

        return Math.Min(limit, wordEnd);
    }
}
