using Breakcard.Graph.Temporal;
using Breakcard.Graph.Typology;

namespace Breakcard.Graph.Tracing;

/// <summary>
/// Flow statistics of one account from the graph alone: degree, distinct counterparties each way
/// (cash points excluded, counted up to a limit), and how fast money leaves it (a
/// <see cref="FlowProfile"/> over one day). Mules forward within minutes or hours; shops and
/// employers keep money for days.
/// </summary>
/// <param name="Degree">In- plus out-edges.</param>
/// <param name="InCounterparties">Distinct paying accounts (at most the limit asked for).</param>
/// <param name="OutCounterparties">Distinct receiving accounts (at most the limit asked for).</param>
/// <param name="Flow">Received, paid, and received money that left within a day (FIFO).</param>
public readonly record struct AccountBehaviour(int Degree, int InCounterparties, int OutCounterparties, FlowProfile Flow)
{
    /// <summary>The window of <see cref="Flow"/>.</summary>
    public static readonly TimeSpan FlowWindow = TimeSpan.FromDays(1);

    /// <summary>Measures an account; counterparties are counted up to <paramref name="counterpartyLimit"/>.</summary>
    public static AccountBehaviour Measure(TemporalGraph graph, int account, int counterpartyLimit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return new AccountBehaviour(
            graph.InDegree(account) + graph.OutDegree(account),
            CountCounterparties(graph, graph.InEdges(account), incoming: true, counterpartyLimit),
            CountCounterparties(graph, graph.OutEdges(account), incoming: false, counterpartyLimit),
            FlowProfile.Compute(graph, account, FlowWindow));
    }

    private static int CountCounterparties(TemporalGraph graph, EdgeRuns edges, bool incoming, int limit)
    {
        var seen = new HashSet<int>();
        foreach (var e in edges)
        {
            var other = incoming ? graph.SourceOf(e) : graph.TargetOf(e);
            if ((graph.FlagsOf(other) & AccountFlags.Cash) == 0 && seen.Add(other) && seen.Count >= limit)
            {
                break;
            }
        }

        return seen.Count;
    }
}
