namespace Breakcard.Screening.Internal;

/// <summary>
/// Character n-grams of one to four characters, each packed into one 64-bit key, mapped to an integer payload.
/// Built once, then read-only; thread safe for reading.
/// </summary>
/// <remarks>
/// The model's scorer looks up every n-gram at every position of every screened text (ADR 393). A gram packs its
/// characters 16 bits each, the first lowest; no packed character is ever 0 (the scorer hands texts holding U+0000 to
/// ML.NET), so grams of different lengths never share a key and 0 marks a free slot. One open-addressing table, at most
/// half full, Fibonacci-hashed and probed linearly, as the tries of ADR 382; a key and its payload share one entry, so
/// a probe reads one cache line (the table of a real model is megabytes, mostly out of cache). Single characters, a
/// third of the lookups and the gate of the rest, sit in a plain array indexed by the character, as the tries' roots.
/// </remarks>
internal sealed class GramTable
{
    /// <summary>The longest gram a key holds.</summary>
    public const int MaximumLength = 4;

    private readonly Entry[] _entries;
    private readonly int[] _single = new int[char.MaxValue + 1];
    private readonly int _shift;
    private readonly int _mask;

    /// <summary>A table of <paramref name="grams"/>; keys must be distinct and non-zero (see <see cref="Pack"/>).</summary>
    public GramTable(IReadOnlyCollection<KeyValuePair<ulong, int>> grams)
    {
        ArgumentNullException.ThrowIfNull(grams);
        var bits = Math.Max(4, (int)Math.Ceiling(Math.Log2(Math.Max(1, grams.Count) * 2.0)));
        _shift = 64 - bits;
        _entries = new Entry[1 << bits];
        _mask = _entries.Length - 1;
        Array.Fill(_single, -1);
        foreach (var (key, payload) in grams)
        {
            if (key == 0)
            {
                throw new ArgumentException("a gram key is never 0", nameof(grams));
            }

            if (key <= char.MaxValue)
            {
                _single[key] = _single[key] < 0 ? payload : throw new ArgumentException("duplicate gram key " + key.ToString("x", System.Globalization.CultureInfo.InvariantCulture), nameof(grams));
                continue;
            }

            var slot = SlotOf(key);
            while (_entries[slot].Key != 0)
            {
                if (_entries[slot].Key == key)
                {
                    throw new ArgumentException("duplicate gram key " + key.ToString("x", System.Globalization.CultureInfo.InvariantCulture), nameof(grams));
                }

                slot = (slot + 1) & _mask;
            }

            _entries[slot] = new Entry(key, payload);
        }
    }

    /// <summary>The key of <paramref name="gram"/> (one to <see cref="MaximumLength"/> characters, none U+0000).</summary>
    public static ulong Pack(ReadOnlySpan<char> gram)
    {
        ulong key = 0;
        for (var k = 0; k < gram.Length; k++)
        {
            key |= (ulong)gram[k] << (16 * k);
        }

        return key;
    }

    /// <summary>The payload of the gram packed as <paramref name="key"/>, or -1 when it is not in the table.</summary>
    public int Find(ulong key)
    {
        if (key <= char.MaxValue)
        {
            return _single[key];
        }

        var slot = SlotOf(key);
        while (true)
        {
            ref readonly var entry = ref _entries[slot];
            if (entry.Key == key)
            {
                return entry.Payload;
            }

            if (entry.Key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _mask;
        }
    }

    private int SlotOf(ulong key) => (int)(unchecked(key * 0x9E3779B97F4A7C15UL) >> _shift);

    private readonly record struct Entry(ulong Key, int Payload);
}
