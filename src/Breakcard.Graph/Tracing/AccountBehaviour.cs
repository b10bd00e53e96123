using Breakcard.Graph.Temporal;
using Breakcard.Graph.Tracing.Internal;

namespace Breakcard.Graph.Tracing;

/// <summary>
/// Flow statistics of one account, from the graph alone: distinct counterparties each way (cash
/// points excluded), totals, and the amount-weighted median time money stays (FIFO dwell; money
/// still held counts with its time to the end of the data). Mules hold money for minutes or hours;
/// shops and employers for days.
/// </summary>
/// <param name="Degree">In- plus out-edges.</param>
/// <param name="InCounterparties">Distinct paying accounts.</param>
/// <param name="OutCounterparties">Distinct receiving accounts.</param>
/// <param name="InFen">Total received, fen.</param>
/// <param name="OutFen">Total paid, fen.</param>
/// <param name="MedianDwell">Amount-weighted median dwell, or null when nothing came in.</param>
public readonly record struct AccountBehaviour(int Degree, int InCounterparties, int OutCounterparties, long InFen, long OutFen, TimeSpan? MedianDwell)
{
    /// <summary>Measures an account over the whole graph.</summary>
    public static AccountBehaviour Measure(TemporalGraph graph, int account)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var seen = new HashSet<int>();
        long inFen = 0, outFen = 0;
        foreach (var e in graph.InEdges(account))
        {
            inFen += graph.FenOf(e);
            var other = graph.SourceOf(e);
            if ((graph.FlagsOf(other) & AccountFlags.Cash) == 0)
            {
                seen.Add(other);
            }
        }

        var inCount = seen.Count;
        seen.Clear();
        foreach (var e in graph.OutEdges(account))
        {
            outFen += graph.FenOf(e);
            var other = graph.TargetOf(e);
            if ((graph.FlagsOf(other) & AccountFlags.Cash) == 0)
            {
                seen.Add(other);
            }
        }

        return new AccountBehaviour(graph.InDegree(account) + graph.OutDegree(account), inCount, seen.Count, inFen, outFen,
            MedianDwellOf(graph, account));
    }

    /// <summary>Amount-weighted median FIFO dwell of an account's money, or null when nothing came in.</summary>
    public static TimeSpan? MedianDwellOf(TemporalGraph graph, int account)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var history = new List<HistoryItem>();
        NodeHistory.Collect(graph, account, long.MaxValue, history);
        var ledger = Ledger.Replay(graph, account, history, ApportioningRule.Fifo);
        var dwell = new List<(long Ticks, long Amount)>();
        ledger.CollectDwell(graph.TicksArray, graph.EndTicks, dwell);
        if (dwell.Count == 0)
        {
            return null;
        }

        dwell.Sort((a, b) => a.Ticks.CompareTo(b.Ticks));
        Int128 total = 0;
        foreach (var d in dwell)
        {
            total += d.Amount;
        }

        Int128 running = 0;
        foreach (var d in dwell)
        {
            running += d.Amount;
            if (running * 2 >= total)
            {
                return TimeSpan.FromTicks(d.Ticks);
            }
        }

        return TimeSpan.FromTicks(dwell[^1].Ticks);
    }
}
