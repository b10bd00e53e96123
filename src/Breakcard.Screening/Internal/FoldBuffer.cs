namespace Breakcard.Screening.Internal;

/// <summary>
/// Growable scratch arrays for one pass of folding: each kept character with the span of the
/// original text it came from and break flags. One per thread (see <see cref="Rent"/>): folding
/// runs for every screened ad and must not allocate per character.
/// </summary>
internal sealed class FoldBuffer
{
    /// <summary>A separator, symbol or emoji was removed right before this character.</summary>
    public const byte SeparatorBefore = 1;

    /// <summary>A clause break (comma, colon, or a sentence break) was removed before this character.</summary>
    public const byte ClauseBefore = 2;

    /// <summary>A sentence break (。！？；, newline, or a period before a space) was removed before this character.</summary>
    public const byte SentenceBefore = 4;

    /// <summary>This character comes from a disguised spelling (homophone, pinyin, ...); see <see cref="Kinds"/>.</summary>
    public const byte Disguised = 8;

    [ThreadStatic]
    private static FoldBuffer? t_first;

    [ThreadStatic]
    private static FoldBuffer? t_second;

    public char[] Chars = new char[256];
    public int[] Start = new int[256];
    public int[] End = new int[256];
    public byte[] Flags = new byte[256];
    public byte[] Kinds = new byte[256];
    public int Count;

    /// <summary>The calling thread's two buffers (character folding writes the first, lexical folding the second).</summary>
    public static (FoldBuffer First, FoldBuffer Second) Rent()
    {
        var a = t_first ??= new FoldBuffer();
        var b = t_second ??= new FoldBuffer();
        a.Count = 0;
        b.Count = 0;
        return (a, b);
    }

    public void Add(char c, int start, int end, byte flags, byte kind = 0)
    {
        if (Count == Chars.Length)
        {
            Grow();
        }

        Chars[Count] = c;
        Start[Count] = start;
        End[Count] = end;
        Flags[Count] = flags;
        Kinds[Count] = kind;
        Count++;
    }

    /// <summary>Appends <paramref name="source"/>'s characters [<paramref name="from"/>, <paramref name="to"/>) as they are, with their spans, flags and kinds.</summary>
    public void CopyFrom(FoldBuffer source, int from, int to)
    {
        var n = to - from;
        while (Count + n > Chars.Length)
        {
            Grow();
        }

        Array.Copy(source.Chars, from, Chars, Count, n);
        Array.Copy(source.Start, from, Start, Count, n);
        Array.Copy(source.End, from, End, Count, n);
        Array.Copy(source.Flags, from, Flags, Count, n);
        Array.Copy(source.Kinds, from, Kinds, Count, n);
        Count += n;
    }

    /// <summary>
    /// Removes the characters whose source starts in [<paramref name="from"/>, <paramref name="to"/>) — a reading note such as
    /// （倒着读）, which is the rule for the text around it, not a word of it (ADR 434). The character after them is marked as
    /// separated, with the breaks that stood before the first removed one.
    /// </summary>
    public void DropSource(int from, int to)
    {
        var kept = 0;
        byte carried = 0;
        var dropping = false;
        for (var i = 0; i < Count; i++)
        {
            if (Start[i] >= from && Start[i] < to)
            {
                carried |= dropping ? (byte)0 : Flags[i];
                dropping = true;
                continue;
            }

            Chars[kept] = Chars[i];
            Start[kept] = Start[i];
            End[kept] = End[i];
            Flags[kept] = dropping ? (byte)(Flags[i] | carried | SeparatorBefore) : Flags[i];
            Kinds[kept] = Kinds[i];
            dropping = false;
            carried = 0;
            kept++;
        }

        Count = kept;
    }

    private void Grow()
    {
        var size = Chars.Length * 2;
        Array.Resize(ref Chars, size);
        Array.Resize(ref Start, size);
        Array.Resize(ref End, size);
        Array.Resize(ref Flags, size);
        Array.Resize(ref Kinds, size);
    }
}
