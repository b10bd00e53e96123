namespace Breakcard.Screening.Internal;

/// <summary>
/// Reads back a clause written backwards whose note says so (ADR 425): 卡行银租出（倒着读）, 号账册注们我给（反着念）, "su ot drac ruoy
/// tneR (read right to left)". The note is the rule to undo the disguise, written for the reader; the folded characters of the
/// clause right before it — from the last clause or sentence break to the note — are put back in reading order, as
/// <see cref="BidiOverride"/> does for text stored under a right-to-left mark, the breaks between words mirrored with them. A clause that already holds such a mark is
/// left to that step. Only a note in brackets counts (反过来看 in a sentence is "conversely"), and only the one clause before
/// each note moves; the letters of one source character (a zhuyin syllable) keep their order, and the note itself is dropped
/// from the folded text (ADR 434).
/// A note that closes its line — only spaces, emoji or #tags after it — rules the whole line before it, up to 240 characters
/// with no clause break: a line written backwards whose words are parted by spaces (a voice caption, a form row) (ADR 443).
/// </summary>
internal static class ReversedClauses
{
    // The Chinese notes: a "backwards" word, then within a few characters a reading verb (倒着读, 反过来看, 倒著讀, 倒序念).
    // 倒过 without its 来, so that a Martian-script 唻 or 婡 (倒过唻看) still reads (ADR 434); each note matches one word only.
    private static readonly string[] Backwards = ["倒着", "反着", "倒过", "反过", "倒著", "反著", "倒過", "反過", "倒序", "从右往左", "从右到左", "從右往左"];

    // The characters a Chinese note can hold first: a cheap gate before the words are searched.
    private static readonly System.Buffers.SearchValues<char> NoteFirstCharacters = System.Buffers.SearchValues.Create("倒反右");

    private const string ReadingVerbs = "读念看読讀唸瞧瞅";

    // The English notes, folded to lower case before comparing.
    private static readonly string[] EnglishNotes = ["read right to left", "read it backwards", "read backwards", "read it from the end", "read from the end", "read it right to left", "reverse to read", "read in reverse"];

    // A clause longer than this is not one clause written backwards, unless its note ends the line (ADR 443).
    private const int MaxClause = 80;

    /// <summary>Reverses, in <paramref name="folded"/>, the clause of <paramref name="original"/> right before each note.</summary>
    public static void Restore(string original, FoldBuffer folded)
    {
        var span = original.AsSpan();
        if (span.IndexOfAny(NoteFirstCharacters) >= 0)
        {
            foreach (var word in Backwards)
            {
                for (var at = original.IndexOf(word, StringComparison.Ordinal); at >= 0; at = original.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                {
                    if (ReadingVerbFollows(original, at + word.Length))
                    {
                        ReverseBefore(original, folded, NoteStart(original, at));
                    }
                }
            }
        }

        // ADR 442: an English note is found by its bracket and read through full-width and Cyrillic look-alike letters ((ｒｅａｄ
        // ｒｉｇｈｔ ｔｏ ｌｅｆｔ), (rеvеrse tо reаd) with Cyrillic е, о, а), which a search for "read" in the original missed.
        for (var at = span.IndexOfAny(Brackets); at >= 0;)
        {
            if (IsEnglishNote(original, at))
            {
                ReverseEnglishBefore(original, folded, at);
            }

            var next = span[(at + 1)..].IndexOfAny(Brackets);
            at = next < 0 ? -1 : at + 1 + next;
        }
    }

    private static readonly System.Buffers.SearchValues<char> Brackets = System.Buffers.SearchValues.Create("(（[【");

    // True when an English note, as written or in full-width or look-alike letters, follows the bracket at open.
    private static bool IsEnglishNote(string s, int open)
    {
        var k = open + 1;
        while (k < s.Length && (char.IsWhiteSpace(s[k]) || s[k] == '\u3000'))
        {
            k++;
        }

        if (k >= s.Length || Plain(s[k]) != 'r')
        {
            return false;
        }

        foreach (var note in EnglishNotes)
        {
            if (Matches(s, k, note))
            {
                return true;
            }
        }

        return false;
    }

    // True when s from k reads note, letter for letter, through full-width and look-alike letters and any spaces.
    private static bool Matches(string s, int k, string note)
    {
        foreach (var n in note)
        {
            if (k >= s.Length || (Plain(s[k]) != n && !(n == ' ' && s[k] == '\u3000')))
            {
                return false;
            }

            k++;
        }

        return true;
    }

    // A character as the plain lower-case ASCII letter it is written for: full-width forms, Cyrillic look-alikes. Also read by
    // the clause refusal test (IdentityAndAdReadings.ClauseBefore, ADR 453).
    internal static char Plain(char c)
    {
        if (c is >= '\uFF01' and <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        return c switch
        {
            'а' or 'А' => 'a', 'е' or 'Е' => 'e', 'о' or 'О' => 'o', 'р' or 'Р' => 'p', 'с' or 'С' => 'c', 'у' => 'y', 'х' or 'Х' => 'x',
            'і' or 'І' => 'i', 'ј' => 'j', 'ѕ' => 's', 'ԁ' => 'd', 'Т' => 't', 'К' => 'k', 'М' => 'm', 'Н' => 'h', 'В' => 'b',
            _ => char.ToLowerInvariant(c),
        };
    }

    // ADR 442: an English clause written backwards runs longer than a Chinese one, and its own commas and colons are mirrored
    // with it (Rules: don't … → … t'nod :seluR): the clause runs back to the line's start or to a mark written in reading
    // order — a mark right after a letter or digit and before a space (Stores: etuor eht …), or a bracket in reading order —
    // within MaxEnglishClause.
    private static void ReverseEnglishBefore(string s, FoldBuffer folded, int noteStart) => ReverseClauseBefore(s, folded, noteStart, english: true);

    // An English reversed clause longer than this is not one clause written backwards.
    private const int MaxEnglishClause = 700;

    // A bracket in reading order ends the clause too: an opening one before a word (lists you never see (knil a htiw …) and a
    // closing one after a word ((first letters below) sdrac eht …); mirrored, they stand the other way round.
    private static bool IsEnglishClauseBreak(string s, int k) => s[k] switch
    {
        '\n' or '\r' or '，' or '。' or '：' or '；' or '！' or '？' => true,
        ',' or ':' or ';' or '!' or '?' or '.' or ')' or '）' => k > 0 && char.IsLetterOrDigit(s[k - 1]) && (k + 1 >= s.Length || char.IsWhiteSpace(s[k + 1])),
        '(' or '（' => k + 1 < s.Length && char.IsLetterOrDigit(s[k + 1]) && (k == 0 || !char.IsLetterOrDigit(s[k - 1])),
        _ => false,
    };

    private static bool ReadingVerbFollows(string s, int from)
    {
        for (var k = from; k < s.Length && k < from + 3; k++)
        {
            if (ReadingVerbs.Contains(s[k], StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // The note begins at its opening bracket when it has one: （倒着读）, (read right to left).
    private static int NoteStart(string s, int at)
    {
        var k = at - 1;
        while (k >= 0 && char.IsWhiteSpace(s[k]))
        {
            k--;
        }

        return k >= 0 && s[k] is '（' or '(' or '【' or '[' ? k : at;
    }

    private static void ReverseBefore(string s, FoldBuffer folded, int noteStart)
    {
        // Only a note in brackets is the rule for the clause before it: 反过来看 in a sentence is "conversely", not a note.
        if (s[noteStart] is not ('（' or '(' or '【' or '['))
        {
            return;
        }

        ReverseClauseBefore(s, folded, noteStart, english: false);
    }

    // Reverses the clause before the note at noteStart and drops the note: a Chinese clause back to its last clause mark within
    // MaxClause, or within MaxLine when the note ends its line (ADR 443); an English one as IsEnglishClauseBreak reads it
    // within MaxEnglishClause (ADR 442).
    private static void ReverseClauseBefore(string s, FoldBuffer folded, int noteStart, bool english)
    {
        var end = noteStart;
        while (end > 0 && char.IsWhiteSpace(s[end - 1]))
        {
            end--;
        }

        var max = english ? MaxEnglishClause : MaxLine;
        var from = end;
        while (from > 0 && end - from < max && !(english ? IsEnglishClauseBreak(s, from - 1) : IsClauseBreak(s[from - 1])))
        {
            from--;
        }

        var close = s.AsSpan(noteStart, Math.Min(MaxNote, s.Length - noteStart)).IndexOfAny("）)】]");

        // A Chinese clause longer than MaxClause is read only when the note closes its line: a whole line written backwards, its
        // words parted by spaces instead of commas, with the rule at its end (ADR 443). In the middle of a line such a run is
        // more likely forward text with a short reversed word at its end, and stays as written. An English clause has its own
        // limit and breaks (ADR 442).
        var length = end - from;
        if (from == end || length >= max || (!english && length >= MaxClause && (close <= 0 || !EndsLine(s, noteStart + close + 1)))
            || s.AsSpan(from, length).IndexOf('\u202E') >= 0)
        {
            return;
        }

        Reverse(folded, from, end);

        // The note itself is the rule, not a word of the text: dropped, so that the words on both sides of it meet (租出（倒着读）、
        // 行走的行 … reads 出租, then the spelled word; ADR 434).
        if (close > 0)
        {
            folded.DropSource(noteStart, noteStart + close + 1);
        }
    }

    // The longest note read: （倒过来看）, (read right to left).
    private const int MaxNote = 24;

    // The longest whole line read back when its note ends it (ADR 443).
    private const int MaxLine = 240;

    // Whether nothing but spaces, symbols, emoji or #tags follows the note up to the end of its line: the note is the line's
    // last word, so the run before it is the whole line. A letter or digit after it (outside a tag) means the line goes on.
    private static bool EndsLine(string s, int from)
    {
        var inTag = false;
        for (var k = from; k < s.Length && s[k] != '\n' && s[k] != '\r'; k++)
        {
            var c = s[k];
            if (c is '#' or '＃')
            {
                inTag = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                inTag = false;
            }
            else if (!inTag && char.IsLetterOrDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    // Reverses the folded characters whose source lies in [from, to). The breaks inside the clause are mirrored with it, so
    // that Latin words keep their boundaries (tnuocca knab → bank account); the break before the clause stays where it is.
    private static void Reverse(FoldBuffer f, int from, int to)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < f.Count; i++)
        {
            if (f.Start[i] >= from && f.End[i] <= to)
            {
                first = first < 0 ? i : first;
                last = i;
            }
        }

        if (first < 0 || first == last)
        {
            return;
        }

        for (int a = first, b = last; a < b; a++, b--)
        {
            (f.Chars[a], f.Chars[b]) = (f.Chars[b], f.Chars[a]);
            (f.Start[a], f.Start[b]) = (f.Start[b], f.Start[a]);
            (f.End[a], f.End[b]) = (f.End[b], f.End[a]);
            (f.Kinds[a], f.Kinds[b]) = (f.Kinds[b], f.Kinds[a]);
        }

        // The letters read from one source character (ㄕㄡ → shou, ㄧㄣ → yin) keep their own order (ADR 434): undo the mirror
        // inside each run of characters from one source.
        for (var a = first; a < last;)
        {
            var b = a;
            while (b < last && f.Start[b + 1] == f.Start[a] && f.End[b + 1] == f.End[a])
            {
                b++;
            }

            for (int x = a, y = b; x < y; x++, y--)
            {
                (f.Chars[x], f.Chars[y]) = (f.Chars[y], f.Chars[x]);
                (f.Kinds[x], f.Kinds[y]) = (f.Kinds[y], f.Kinds[x]);
            }

            a = b + 1;
        }

        // A break before position p (between p - 1 and p) now stands between the mirrored pair: before first + last + 1 - p.
        const byte Breaks = FoldBuffer.SeparatorBefore | FoldBuffer.ClauseBefore | FoldBuffer.SentenceBefore;
        for (int a = first + 1, b = last; a < b; a++, b--)
        {
            var fa = (byte)(f.Flags[a] & Breaks);
            var fb = (byte)(f.Flags[b] & Breaks);
            f.Flags[a] = (byte)((f.Flags[a] & ~Breaks) | fb);
            f.Flags[b] = (byte)((f.Flags[b] & ~Breaks) | fa);
        }
    }

    private static bool IsClauseBreak(char c) =>
        c is '，' or '。' or '：' or '；' or '！' or '？' or '\n' or ',' or ':' or ';' or '!' or '?'; // not 、 or quotes: a reversed clause keeps them
}
