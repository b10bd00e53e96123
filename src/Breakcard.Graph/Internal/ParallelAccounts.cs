using System.Collections.Concurrent;

namespace Breakcard.Graph.Internal;

/// <summary>
/// Runs a per-account computation over 0…n−1 on all cores in contiguous chunks, with one state
/// object per worker (scratch arrays, partial results) handed to <c>merge</c> under a lock at the
/// end. Results must not depend on how accounts are split: each account's work is independent.
/// </summary>
internal static class ParallelAccounts
{
    public static void For<TState>(int count, Func<TState> create, Action<int, TState> body, Action<TState>? merge = null)
    {
        // The range partitioner refuses an empty range; an empty graph has nothing to compute.
        if (count == 0)
        {
            return;
        }

        var chunk = Math.Max(1024, count / (Environment.ProcessorCount * 8));
        var gate = new Lock();
        Parallel.ForEach(
            Partitioner.Create(0, count, chunk),
            create,
            (range, _, state) =>
            {
                for (var a = range.Item1; a < range.Item2; a++)
                {
                    body(a, state);
                }

                return state;
            },
            state =>
            {
                if (merge is not null)
                {
                    lock (gate)
                    {
                        merge(state);
                    }
                }
            });
    }
}
