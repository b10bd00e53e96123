using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Tracing;

/// <summary>Where a trace starts: one transaction, or an account's transfers in a period.</summary>
public abstract record TraceStart
{
    private protected TraceStart()
    {
    }

    /// <summary>Starts from one transaction (for example a victim's transfer or a cash withdrawal).</summary>
    public static TraceStart FromTransaction(int edge) => new TransactionStart(edge);

    /// <summary>Starts from an account: forward, every transfer it made; backward, every transfer it
    /// received — in [<paramref name="since"/>, <paramref name="until"/>] when given.</summary>
    public static TraceStart FromAccount(int account, DateTimeOffset? since = null, DateTimeOffset? until = null) =>
        new AccountStart(account, since, until);

    /// <summary>The start transfers of this start, in (time, id) order.</summary>
    public abstract IReadOnlyList<int> SeedEdges(TemporalGraph graph, TraceDirection direction);

    /// <summary>The account at layer 0, the one the trace starts from.</summary>
    public abstract int OriginAccount(TemporalGraph graph, TraceDirection direction);
}

/// <summary>A trace from one transaction.</summary>
/// <param name="Edge">The edge id.</param>
public sealed record TransactionStart(int Edge) : TraceStart
{
    /// <inheritdoc />
    public override IReadOnlyList<int> SeedEdges(TemporalGraph graph, TraceDirection direction)
    {
        ArgumentNullException.ThrowIfNull(graph);
        _ = graph.TicksOf(Edge);
        return [Edge];
    }

    /// <inheritdoc />
    public override int OriginAccount(TemporalGraph graph, TraceDirection direction)
    {
        ArgumentNullException.ThrowIfNull(graph);
        return direction == TraceDirection.Forward ? graph.SourceOf(Edge) : graph.TargetOf(Edge);
    }
}

/// <summary>A trace from an account's transfers.</summary>
/// <param name="Account">The account.</param>
/// <param name="Since">Earliest transfer included, if limited.</param>
/// <param name="Until">Latest transfer included, if limited.</param>
public sealed record AccountStart(int Account, DateTimeOffset? Since, DateTimeOffset? Until) : TraceStart
{
    /// <inheritdoc />
    public override IReadOnlyList<int> SeedEdges(TemporalGraph graph, TraceDirection direction)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var from = Since?.UtcTicks ?? long.MinValue;
        var to = Until?.UtcTicks ?? long.MaxValue;
        var seeds = new List<int>();
        var runs = direction == TraceDirection.Forward ? graph.OutEdges(Account) : graph.InEdges(Account);
        foreach (var e in runs)
        {
            var t = graph.TicksOf(e);
            if (t >= from && t <= to)
            {
                seeds.Add(e);
            }
        }

        return seeds;
    }

    /// <inheritdoc />
    public override int OriginAccount(TemporalGraph graph, TraceDirection direction) => Account;
}
