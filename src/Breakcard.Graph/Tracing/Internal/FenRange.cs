namespace Breakcard.Graph.Tracing.Internal;

/// <summary>
/// Fen [<see cref="Start"/>, <see cref="End"/>) of one transfer, counted in the order they were
/// paid out: where traced money sits inside a transfer under the first-in-first-out rules, so it
/// keeps its place in the queue of the next account.
/// </summary>
internal readonly record struct FenRange(long Start, long End)
{
    public long Length => End - Start;

    /// <summary>Sorts <paramref name="ranges"/> and merges touching or overlapping ones, in place.</summary>
    public static void Normalize(List<FenRange> ranges)
    {
        if (ranges.Count < 2)
        {
            return;
        }

        ranges.Sort((a, b) => a.Start.CompareTo(b.Start));
        var kept = 0;
        for (var i = 1; i < ranges.Count; i++)
        {
            var last = ranges[kept];
            var next = ranges[i];
            if (next.Start <= last.End)
            {
                ranges[kept] = new FenRange(last.Start, Math.Max(last.End, next.End));
            }
            else
            {
                ranges[++kept] = next;
            }
        }

        ranges.RemoveRange(kept + 1, ranges.Count - kept - 1);
    }
}
