namespace Breakcard.Graph.Temporal.Internal;

/// <summary>
/// Compressed sparse rows: the edges of account <c>a</c> are
/// <c>Edges[Offsets[a]..Offsets[a + 1]]</c>, sorted by (time, id). Accounts interned after the
/// compaction (a ≥ Offsets.Length − 1) have no compacted edges.
/// </summary>
internal sealed class Csr(int[] offsets, int[] edges)
{
    public static readonly Csr Empty = new([0], []);

    public int[] Offsets { get; } = offsets;

    public int[] Edges { get; } = edges;

    public int AccountCount => Offsets.Length - 1;

    public ReadOnlySpan<int> Of(int account)
    {
        if (account >= AccountCount)
        {
            return [];
        }

        var start = Offsets[account];
        return Edges.AsSpan(start, Offsets[account + 1] - start);
    }

    public int Degree(int account) => account >= AccountCount ? 0 : Offsets[account + 1] - Offsets[account];

    public long Bytes => (4L * Offsets.Length) + (4L * Edges.Length);
}
