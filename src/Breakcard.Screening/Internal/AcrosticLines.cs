using System.Buffers;

namespace Breakcard.Screening.Internal;

/// <summary>
/// Puts back a word written as the first characters of lines (藏头, an acrostic) where a note in brackets stands in its place
/// (ADR 434): 每次付500（看下面每行第一个字）员 … 收风吹过小院 / 款春来草自青 reads 收款员; "hand over the (read the first letters
/// below) and login … Coffee / Autumn / Rain / Dogs" reads "hand over the card and login". The note is the rule to undo the
/// disguise, written for the reader: the folded characters of the note are replaced by the folded first character of each
/// line of the block the note points to — the last paragraph after the note (after its last blank line), or else the lines
/// right after the note's line. A line's first character is one character, a run of zhuyin (ㄎㄚ) or a Latin letter; a line
/// that begins with nothing the character pass keeps (a row of #tags, an emoji) ends the block. The lines themselves stay where they are.
/// </summary>
internal static class AcrosticLines
{
    // Characters one of which every Chinese note holds: a cheap gate, after the search for a bracket, before brackets are read.
    private static readonly SearchValues<char> ChineseGate = SearchValues.Create("藏每首第列");

    // A note names the lines' heads: 藏头, 首字 alone, or "each line / sentence" with "its start / first character".
    private static readonly string[] Heads = ["藏头", "藏頭", "首字", "行首", "句首", "第一列", "第弌列", "竖着读第一"];
    private static readonly string[] Each = ["每行", "每句", "每一行", "每一句", "每段", "每列", "各行"];
    private static readonly string[] First = ["开头", "開頭", "第一", "第弌", "头一", "頭一", "打头", "首"];
    private static readonly string[] English = ["firstletter", "firstword", "firstcharacter", "firstchar", "initialletter", "initials"];

    private const int MaxNote = 40;
    private const int MaxLines = 12;
    private const int MaxWord = 64;

    /// <summary>Replaces, in <paramref name="folded"/>, each acrostic note of <paramref name="original"/> by the word it points to.</summary>
    public static void Restore(string original, FoldBuffer folded, FoldBuffer scratch)
    {
        var span = original.AsSpan();
        var firstOpen = span.IndexOfAny('（', '(');
        if (firstOpen < 0 || (span.IndexOfAny(ChineseGate) < 0 && span.IndexOf("first", StringComparison.OrdinalIgnoreCase) < 0
            && span.IndexOf("ｆｉｒｓｔ", StringComparison.OrdinalIgnoreCase) < 0 && span.IndexOf("initial", StringComparison.OrdinalIgnoreCase) < 0))
        {
            return;
        }

        var notes = 0;
        Span<char> word = stackalloc char[MaxWord];
        Span<int> wordStart = stackalloc int[MaxWord];
        Span<int> wordEnd = stackalloc int[MaxWord];
        Span<byte> wordKind = stackalloc byte[MaxWord];
        for (var open = firstOpen; open >= 0 && notes < 3; open = NextOpen(span, open + 1))
        {
            var close = CloseOf(span, open);
            if (close < 0 || !IsNote(span[(open + 1)..close]))
            {
                continue;
            }

            notes++;
            var length = ReadHeads(original, close + 1, folded, word, wordStart, wordEnd, wordKind);
            if (length > 0)
            {
                Replace(folded, scratch, open, close + 1, word[..length], wordStart[..length], wordEnd[..length], wordKind[..length]);
            }
        }
    }

    private static int NextOpen(ReadOnlySpan<char> s, int from)
    {
        if (from >= s.Length)
        {
            return -1;
        }

        var k = s[from..].IndexOfAny('（', '(');
        return k < 0 ? -1 : from + k;
    }

    private static int CloseOf(ReadOnlySpan<char> s, int open)
    {
        for (var k = open + 1; k < s.Length && k <= open + MaxNote; k++)
        {
            if (s[k] is '）' or ')')
            {
                return k;
            }

            if (s[k] is '\n' or '（' or '(')
            {
                return -1;
            }
        }

        return -1;
    }

    /// <summary>True when <paramref name="note"/> (the text inside the brackets) points to the first characters of lines.</summary>
    internal static bool IsNote(ReadOnlySpan<char> note)
    {
        // Full-width Latin to ASCII, lower case, no spaces: "ｆｉｒｓｔ ｌｅｔｔｅｒｓ" and "First Letters" read alike.
        Span<char> plain = stackalloc char[MaxNote];
        var n = 0;
        foreach (var c in note)
        {
            var d = c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c;
            if (c is >= '\u2E80' and <= '\u2FDF')
            {
                // A Kangxi or supplementary radical for its character (每⾏开头 with U+2F8F for 行, ADR 455).
                d = c.ToString().Normalize(System.Text.NormalizationForm.FormKC)[0];
            }

            if (!char.IsWhiteSpace(d) && d != '\u3000' && n < plain.Length)
            {
                plain[n++] = char.ToLowerInvariant(d);
            }
        }

        var p = plain[..n];
        if (ContainsAny(p, English) || ContainsAny(p, Heads))
        {
            return true;
        }

        return ContainsAny(p, Each) && ContainsAny(p, First);
    }

    private static bool ContainsAny(ReadOnlySpan<char> s, string[] words)
    {
        foreach (var w in words)
        {
            if (s.IndexOf(w, StringComparison.Ordinal) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Reads the folded heads of the block of lines after <paramref name="from"/> into <paramref name="word"/>; 0 when there is
    /// no block of two lines or more, or a head folds to nothing.
    /// </summary>
    private static int ReadHeads(string s, int from, FoldBuffer folded, Span<char> word, Span<int> start, Span<int> end, Span<byte> kind)
    {
        var lineEnd = s.IndexOf('\n', from);
        if (lineEnd < 0)
        {
            return 0;
        }

        // The block: the last paragraph after the note when there is a blank line after it, else the lines right after it.
        var blockStart = lineEnd + 1;
        for (var at = lineEnd + 1; at < s.Length;)
        {
            var next = s.IndexOf('\n', at);
            if (next < 0)
            {
                break;
            }

            if (s.AsSpan(at, next - at).Trim().Trim('\u3000').IsEmpty)
            {
                blockStart = next + 1;
            }

            at = next + 1;
        }

        var n = 0;
        var lines = 0;
        for (var at = blockStart; at < s.Length && lines < MaxLines;)
        {
            var next = s.IndexOf('\n', at);
            var stop = next < 0 ? s.Length : next;
            var head = at;
            while (head < stop && (char.IsWhiteSpace(s[head]) || s[head] == '\u3000'))
            {
                head++;
            }

            if (head == stop)
            {
                break;
            }

            var width = Bopomofo.IsSymbol(s[head]) && Bopomofo.RunLength(s, head) is > 0 and var run ? run : char.IsSurrogate(s[head]) ? 2 : 1;
            var got = 0;
            for (var i = 0; i < folded.Count && n < word.Length; i++)
            {
                if (folded.Start[i] >= head && folded.Start[i] < head + width && (got == 0 || !char.IsAsciiLetter(folded.Chars[i]) || Bopomofo.IsSymbol(s[head])))
                {
                    word[n] = folded.Chars[i];
                    start[n] = folded.Start[i];
                    end[n] = folded.End[i];
                    kind[n] = folded.Kinds[i];
                    n++;
                    got++;
                }
            }

            if (got == 0)
            {
                break; // a line that begins with nothing read (#tags, an emoji) ends the block
            }

            lines++;
            if (next < 0)
            {
                break;
            }

            at = next + 1;
        }

        return lines >= 2 ? n : 0;
    }

    // Writes the folded text with the characters whose source lies in [from, to) replaced by the word, through scratch.
    private static void Replace(FoldBuffer f, FoldBuffer scratch, int from, int to, ReadOnlySpan<char> word, ReadOnlySpan<int> start, ReadOnlySpan<int> end, ReadOnlySpan<byte> kind)
    {
        scratch.Count = 0;
        var placed = false;
        for (var i = 0; i <= f.Count; i++)
        {
            var inNote = i < f.Count && f.Start[i] >= from && f.Start[i] < to;
            if (!placed && (inNote || i == f.Count || f.Start[i] >= to))
            {
                // The word takes the breaks before the note; its own characters stand together.
                var flags = i < f.Count ? (byte)(f.Flags[i] | FoldBuffer.SeparatorBefore) : FoldBuffer.SeparatorBefore;
                for (var k = 0; k < word.Length; k++)
                {
                    scratch.Add(word[k], start[k], end[k], k == 0 ? flags : (byte)0, kind[k]);
                }

                placed = true;
            }

            if (i < f.Count && !inNote)
            {
                var flags = f.Flags[i];
                if (placed && i > 0 && f.Start[i - 1] >= from && f.Start[i - 1] < to)
                {
                    flags |= FoldBuffer.SeparatorBefore; // the note's closing bracket stood here
                }

                scratch.Add(f.Chars[i], f.Start[i], f.End[i], flags, f.Kinds[i]);
            }
        }

        f.Count = 0;
        for (var i = 0; i < scratch.Count; i++)
        {
            f.Add(scratch.Chars[i], scratch.Start[i], scratch.End[i], scratch.Flags[i], scratch.Kinds[i]);
        }

        scratch.Count = 0;
    }
}
