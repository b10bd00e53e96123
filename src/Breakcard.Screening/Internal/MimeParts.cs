namespace Breakcard.Screening.Internal;

/// <summary>
/// ADR 479: a multipart body cut at its boundary lines (RFC 2046 5.1.1): "--boundary" at a line start opens a part, "--boundary--" closes
/// the last; the line break before a boundary line belongs to it, the preamble and epilogue to no part. A boundary never closed (a mail
/// cut short) leaves its last part running to the body's end.
/// </summary>
internal static class MimeParts
{
    /// <summary>The parts' spans in [<paramref name="from"/>, <paramref name="to"/>) of <paramref name="source"/>; empty when no boundary line stands there.</summary>
    public static List<(int From, int To)> Split(string source, int from, int to, string boundary)
    {
        var parts = new List<(int From, int To)>();
        var delimiter = "--" + boundary;
        var open = -1;
        for (var at = Next(source, from, to, delimiter); at >= 0; at = Next(source, at + delimiter.Length, to, delimiter))
        {
            if (open >= 0)
            {
                var end = at - 1; // the line break before the boundary line is part of it
                if (end > open && source[end - 1] == '\r')
                {
                    end--;
                }

                parts.Add((open, Math.Max(open, end)));
            }

            var after = at + delimiter.Length;
            if (after + 1 < to && source[after] == '-' && source[after + 1] == '-')
            {
                return parts; // the closing boundary
            }

            var lineEnd = source.IndexOf('\n', after, to - after);
            open = lineEnd < 0 ? to : lineEnd + 1;
        }

        if (open >= 0 && open < to)
        {
            parts.Add((open, to)); // never closed
        }

        return parts;
    }

    // The next boundary line at or after `at`: the delimiter at a line start.
    private static int Next(string source, int at, int to, string delimiter)
    {
        while (at < to)
        {
            var found = source.IndexOf(delimiter, at, to - at, StringComparison.Ordinal);
            if (found < 0)
            {
                return -1;
            }

            if (found == 0 || source[found - 1] == '\n')
            {
                return found;
            }

            at = found + 1;
        }

        return -1;
    }
}
