namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The transfer rounds of one batch (ADR 0177, 0185). Every shard is called once with its items;
/// each applies them in the engine's order until it reaches the credit side of a transfer whose
/// annotation it lacks, and answers the annotations of the debit sides it applied. They are routed
/// to their credit shards, and every shard that received one is called again; the batch ends when
/// every shard has applied all its items. This cannot stall: the earliest held credit side in the
/// batch waits for a debit side no later in the release order, which is itself held only behind a
/// strictly earlier credit side — so the earliest one always proceeds. Rounds = the longest chain
/// of cross-shard hand-offs in the batch + 1. One call per shard per round, never one per event.
/// </summary>
public static class TransferRounds
{
    /// <summary>
    /// Runs the rounds of one batch over <paramref name="shards"/> shards. <paramref name="step"/>
    /// calls one shard: its number, the annotations for it not sent before, and whether this is its
    /// first call for the batch; it answers whether the shard has applied all its items and the
    /// annotations it produced. Every annotation routed is added to <paramref name="routed"/> (per
    /// target shard), so a shard that lost its state can be sent them all again. Returns the rounds.
    /// </summary>
    public static async Task<int> RunAsync(int shards, Func<int, TransferNote[], bool, Task<(bool Done, TransferNote[] Notes)>> step, List<TransferNote>[] routed)
    {
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(routed);
        var done = new bool[shards];
        var fresh = Enumerable.Range(0, shards).Select(_ => new List<TransferNote>()).ToArray();
        var seen = routed.Select(r => r.Select(n => n.Sequence).ToHashSet()).ToArray();
        var rounds = 0;
        while (true)
        {
            var first = rounds == 0;
            var callees = Enumerable.Range(0, shards).Where(k => !done[k] && (first || fresh[k].Count > 0)).ToArray();
            if (callees.Length == 0)
            {
                if (done.All(d => d))
                {
                    return rounds;
                }

                throw new InvalidOperationException(
                    $"transfer rounds stalled after round {rounds}: shards {string.Join(",", Enumerable.Range(0, shards).Where(k => !done[k]))} wait for annotations no shard produced");
            }

            rounds++;
            var sends = callees.Select(k => (Shard: k, Notes: fresh[k].ToArray())).ToArray();
            foreach (var k in callees)
            {
                fresh[k].Clear();
            }

            var replies = await Task.WhenAll(sends.Select(s => step(s.Shard, s.Notes, first))).ConfigureAwait(false);
            for (var i = 0; i < sends.Length; i++)
            {
                done[sends[i].Shard] = replies[i].Done;
                foreach (var note in replies[i].Notes)
                {
                    if (seen[note.Shard].Add(note.Sequence))
                    {
                        routed[note.Shard].Add(note);
                        fresh[note.Shard].Add(note);
                    }
                }
            }
        }
    }
}
