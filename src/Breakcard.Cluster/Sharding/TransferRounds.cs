namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The transfer rounds of one stream's batches (ADR 0177, 0185). Every shard is called once with its items;
/// each applies them in the engine's order until it reaches the credit side of a transfer whose
/// annotation it lacks, and answers the annotations of the debit sides it applied. They are routed
/// to their credit shards, and every shard that received one is called again; the batch ends when
/// every shard has applied all its items. This cannot stall: the earliest held credit side in the
/// batch waits for a debit side no later in the release order, which is itself held only behind a
/// strictly earlier credit side — so the earliest one always proceeds. Rounds = the longest chain
/// of cross-shard hand-offs in the batch + 1. One call per shard per round, never one per event.
/// One batch at a time (not thread safe).
/// </summary>
/// <remarks>
/// Implementation note (ADR 0411): the rounds' bookkeeping (which shards are done, the annotations
/// not yet sent to each, the sequences routed to each) is kept and cleared from batch to batch:
/// grown from empty every batch it was ≈ 46 B per event of the in-process row's allocation, the
/// sets of sequences most of it.
/// </remarks>
public sealed class TransferRounds
{
    private readonly int _shards;
    private readonly bool[] _done;
    private readonly List<TransferNote>[] _fresh;
    private readonly HashSet<long>[] _seen;

    /// <summary>Rounds over <paramref name="shards"/> shards.</summary>
    public TransferRounds(int shards)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        _shards = shards;
        _done = new bool[shards];
        _fresh = [.. Enumerable.Range(0, shards).Select(_ => new List<TransferNote>())];
        _seen = [.. Enumerable.Range(0, shards).Select(_ => new HashSet<long>())];
    }

    /// <summary>
    /// Runs the rounds of one batch. <paramref name="step"/> calls one shard: its number, the
    /// annotations for it not sent before, and whether this is its first call for the batch; it
    /// answers whether the shard has applied all its items and the annotations it produced. Every
    /// annotation routed is added to <paramref name="routed"/> (per target shard), so a shard that
    /// lost its state can be sent them all again. Returns the rounds.
    /// </summary>
    public async Task<int> RunAsync(Func<int, TransferNote[], bool, Task<(bool Done, TransferNote[] Notes)>> step, List<TransferNote>[] routed)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(routed);
        Array.Clear(_done);
        for (var k = 0; k < _shards; k++)
        {
            _fresh[k].Clear();
            _seen[k].Clear();
            foreach (var n in routed[k])
            {
                _seen[k].Add(n.Sequence);
            }
        }

        var rounds = 0;
        while (true)
        {
            var first = rounds == 0;
            var callees = Enumerable.Range(0, _shards).Where(k => !_done[k] && (first || _fresh[k].Count > 0)).ToArray();
            if (callees.Length == 0)
            {
                if (_done.All(d => d))
                {
                    return rounds;
                }

                throw new InvalidOperationException(
                    $"transfer rounds stalled after round {rounds}: shards {string.Join(",", Enumerable.Range(0, _shards).Where(k => !_done[k]))} wait for annotations no shard produced");
            }

            rounds++;
            var sends = callees.Select(k => (Shard: k, Notes: _fresh[k].ToArray())).ToArray();
            foreach (var k in callees)
            {
                _fresh[k].Clear();
            }

            var replies = await Task.WhenAll(sends.Select(s => step(s.Shard, s.Notes, first))).ConfigureAwait(false);
            for (var i = 0; i < sends.Length; i++)
            {
                _done[sends[i].Shard] = replies[i].Done;
                foreach (var note in replies[i].Notes)
                {
                    if (_seen[note.Shard].Add(note.Sequence))
                    {
                        routed[note.Shard].Add(note);
                        _fresh[note.Shard].Add(note);
                    }
                }
            }
        }
    }
}
