namespace Breakcard.Detection.Engine;

/// <summary>
/// Deterministic hashes of event ids. Implementation note: <see cref="string.GetHashCode()"/> is
/// randomised per process, which would break resuming from a checkpoint in a new process; this is
/// FNV-1a over the UTF-16 code units followed by a 64-bit finaliser (from SplitMix64) that spreads
/// the short, similar ids data sets use ("T000000001", "T000000002") over all 64 bits.
/// </summary>
public static class EventIdHash
{
    /// <summary>The 64-bit hash of <paramref name="id"/>.</summary>
    public static ulong Of(ReadOnlySpan<char> id) => Of(id, 14695981039346656037UL);

    /// <summary>
    /// The 64-bit hash of <paramref name="id"/> within its kind of event: a call and a transaction
    /// that happen to share an id string are different events.
    /// </summary>
    public static ulong Of(EventKind kind, ReadOnlySpan<char> id) => Of(id, 14695981039346656037UL ^ ((ulong)kind << 56));

    private static ulong Of(ReadOnlySpan<char> id, ulong basis)
    {
        unchecked
        {
            var h = basis;
            foreach (var c in id)
            {
                h = (h ^ c) * 1099511628211UL;
            }

            h ^= h >> 30;
            h *= 0xBF58476D1CE4E5B9UL;
            h ^= h >> 27;
            h *= 0x94D049BB133111EBUL;
            h ^= h >> 31;
            return h;
        }
    }

    /// <summary>
    /// The number formed by the trailing digits of <paramref name="id"/> (at most 19), or 0 when it
    /// does not end in a digit. Used to order events that share a time the way their source
    /// numbered them ("T9" before "T10").
    /// </summary>
    public static ulong TrailingNumber(ReadOnlySpan<char> id)
    {
        var end = id.Length;
        var start = end;
        while (start > 0 && char.IsAsciiDigit(id[start - 1]) && end - start < 19)
        {
            start--;
        }

        ulong n = 0;
        for (var i = start; i < end; i++)
        {
            n = (n * 10) + (ulong)(id[i] - '0');
        }

        return n;
    }
}
