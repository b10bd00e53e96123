namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 474: Base64 runs a decoder still reads whole though a strict run of the alphabet would not find them — written partly in
/// look-alike characters (<see cref="Base64Lookalikes"/>), or with white space between groups: a decoder skips line breaks and spaces,
/// so a clause wrapped over lines, cut into a video's cues or spaced into groups is one payload. Only a run that holds such a character
/// or gap is looked at here (the plain alphabet is <see cref="Base64Text"/>'s own regex, read as ADR 468 read it), and only one of eight
/// payload characters or more that mixes capital and small letters allocates anything. When the whole run does not decode to text, a
/// run less one or two groups at either end is tried (a word or a code before the clause, a note after it).
/// </summary>
internal static class Base64LooseRuns
{
    private const int MinPayload = 8;
    private const int MaxGap = 4; // a cue's break and a blank line, or a space between groups; a longer gap is a new paragraph
    private const int MaxTrim = 2;
    private const int MinGroup = 4;

    /// <summary>The loose runs of <paramref name="source"/> that decode to text, or null when there are none.</summary>
    public static List<Base64Text.Decoded>? Find(string source)
    {
        List<Base64Text.Decoded>? found = null;
        var i = 0;
        while (i < source.Length)
        {
            var (_, length) = Base64Lookalikes.At(source, i);
            if (length == 0)
            {
                i++;
                continue;
            }

            var end = Measure(source, i, out var payload, out var loose, out var encoded);
            if (loose && encoded && payload >= MinPayload)
            {
                var run = Collect(source, i, end);
                if (Decode(run) is { } decoded)
                {
                    (found ??= []).Add(decoded);
                }
            }

            i = end;
        }

        return found;
    }

    /// <summary>
    /// Where the run from <paramref name="start"/> ends, counting its payload; <paramref name="loose"/> when it holds a look-alike or a
    /// gap, and <paramref name="encoded"/> when one of its groups looks encoded: four characters or more with capital and small letters
    /// and a digit, + or / (a Base64 group nearly always does; an English word, even in look-alike letters, does not, so a sentence's
    /// words are not joined and tried).
    /// </summary>
    private static int Measure(string source, int start, out int payload, out bool loose, out bool encoded)
    {
        payload = 0;
        loose = encoded = false;
        var (group, upper, lower, other) = (0, false, false, false);
        var i = start;
        var end = start;
        while (i < source.Length)
        {
            var gap = Gap(source, i);
            if (i + gap >= source.Length || gap > MaxGap)
            {
                break; // white space at the text's end, or a new paragraph
            }

            var (c, length) = Base64Lookalikes.At(source, i + gap);
            if (length == 0)
            {
                break;
            }

            if (gap > 0)
            {
                encoded |= group >= MinGroup && upper && lower && other;
                (group, upper, lower, other) = (0, false, false, false);
            }

            loose |= gap > 0 || length > 1 || source[i + gap] != c;
            upper |= char.IsAsciiLetterUpper(c);
            lower |= char.IsAsciiLetterLower(c);
            other |= !char.IsAsciiLetter(c);
            group++;
            payload++;
            i += gap + length;
            while (i < source.Length && Base64Lookalikes.IsKeycapMark(source[i]))
            {
                loose = true;
                i++;
            }

            end = i;
        }

        encoded |= group >= MinGroup && upper && lower && other;
        while (end < source.Length && source[end] is '=' or '\uFF1D' && end - i < 2)
        {
            end++;
        }

        return end;
    }

    // White space, or an emoji planted between the clause's characters (5o6👁️5p2D): neither is copied into a decoder's payload.
    private static int Gap(string source, int at)
    {
        var k = at;
        while (k < source.Length)
        {
            if (source[k] is ' ' or '\t' or '\r' or '\n' or '\u3000' or '\uFE0F')
            {
                k++;
            }
            else if (k + 1 < source.Length && char.IsSurrogatePair(source[k], source[k + 1])
                && char.ConvertToUtf32(source[k], source[k + 1]) is >= 0x1F300 and <= 0x1FAFF)
            {
                k += 2;
            }
            else
            {
                break;
            }
        }

        return k - at;
    }

    /// <summary>The run [<paramref name="start"/>, <paramref name="end"/>) as payload characters, their places and its groups.</summary>
    private static Run Collect(string source, int start, int end)
    {
        var chars = new System.Text.StringBuilder(end - start);
        var starts = new List<int>(end - start);
        var ends = new List<int>(end - start);
        var groups = new List<int> { 0 };
        var pad = 0;
        var i = start;
        while (i < end)
        {
            var gap = Gap(source, i);
            if (gap > 0 && i + gap < end)
            {
                groups.Add(chars.Length);
                i += gap;
            }

            if (source[i] is '=' or '\uFF1D')
            {
                pad++;
                i++;
                continue;
            }

            var (c, length) = Base64Lookalikes.At(source, i);
            if (length == 0)
            {
                i++; // not reached: Measure ended the run before any other character
                continue;
            }

            chars.Append(c);
            starts.Add(i);
            i += length;
            while (i < end && Base64Lookalikes.IsKeycapMark(source[i]))
            {
                i++;
            }

            ends.Add(i);
        }

        return new Run(chars.ToString(), new Positions([.. starts], [.. ends]), groups, pad, end);
    }

    /// <summary>The whole run decoded, or the longest run less up to two groups at either end that decodes; null when none does.</summary>
    private static Base64Text.Decoded? Decode(Run run)
    {
        var groups = run.Groups.Count;
        var tries = new List<(int First, int Last)>();
        for (var first = 0; first <= Math.Min(MaxTrim, groups - 1); first++)
        {
            for (var last = groups; last >= Math.Max(first + 1, groups - MaxTrim); last--)
            {
                tries.Add((first, last));
            }
        }

        foreach (var (first, last) in tries.OrderBy(t => t.First - t.Last))
        {
            var from = run.Groups[first];
            var to = last == groups ? run.Payload.Length : run.Groups[last];
            var pad = last == groups ? run.Pad : 0;
            if (to - from < MinPayload || Base64Text.DecodePadded(run.Payload[from..to], pad) is not { } text)
            {
                continue;
            }

            var (start, end) = run.At.Span(from, to);
            return new Base64Text.Decoded(start, last == groups ? run.End : end, text, run.At.From(from));
        }

        return null;
    }

    private sealed record Run(string Payload, Positions At, List<int> Groups, int Pad, int End);
}

/// <summary>Where each payload character of a Base64 run was written in the source, as [start, end) spans.</summary>
internal sealed class Positions(int[] starts, int[] ends)
{
    /// <summary>Payload characters [<paramref name="from"/>, <paramref name="to"/>) as one source span.</summary>
    public (int Start, int End) Span(int from, int to) =>
        (starts[Math.Min(from, starts.Length - 1)], ends[Math.Clamp(to, 1, ends.Length) - 1]);

    /// <summary>These positions from payload character <paramref name="from"/> on.</summary>
    public Positions From(int from) => from == 0 ? this : new Positions(starts[from..], ends[from..]);

    /// <summary>The positions of a run of <paramref name="length"/> characters written one by one from <paramref name="index"/>.</summary>
    public static Positions Contiguous(int index, int length) =>
        new([.. Enumerable.Range(index, length)], [.. Enumerable.Range(index + 1, length)]);
}
