using Breakcard.Core;

namespace Breakcard.Graph.Tracing;

/// <summary>
/// The outcome of one trace: the accounts reached with their layers and amounts, the transfers
/// followed, and where every fen stopped. Invariant: <see cref="TotalAmount"/> equals the sum of
/// all nodes' outcomes, exactly.
/// </summary>
public sealed class TraceResult
{
    private readonly Dictionary<int, TraceNode> _byAccount;

    internal TraceResult(TraceOptions options, IReadOnlyList<int> seedEdges, Money total, TraceNode origin,
        IReadOnlyList<TraceNode> nodes, IReadOnlyList<TraceEdge> edges)
    {
        Options = options;
        SeedEdges = seedEdges;
        TotalAmount = total;
        Origin = origin;
        Nodes = nodes;
        Edges = edges;
        _byAccount = nodes.ToDictionary(n => n.Account);
        Layers = nodes.GroupBy(n => n.Layer).OrderBy(g => g.Key).Select(g => new TraceLayer(g.Key, g.ToArray())).ToArray();
    }

    /// <summary>The options the trace ran with.</summary>
    public TraceOptions Options { get; }

    /// <summary>The direction.</summary>
    public TraceDirection Direction => Options.Direction;

    /// <summary>The start transfers.</summary>
    public IReadOnlyList<int> SeedEdges { get; }

    /// <summary>The traced amount: the sum of the start transfers.</summary>
    public Money TotalAmount { get; }

    /// <summary>The start account (layer 0).</summary>
    public TraceNode Origin { get; }

    /// <summary>Every account reached, by layer, then first arrival, then account id.</summary>
    public IReadOnlyList<TraceNode> Nodes { get; }

    /// <summary>Every transfer followed, in (time, id) order.</summary>
    public IReadOnlyList<TraceEdge> Edges { get; }

    /// <summary>The accounts grouped by layer.</summary>
    public IReadOnlyList<TraceLayer> Layers { get; }

    /// <summary>Nodes where money left (forward) or entered (backward) the system as cash, largest first.</summary>
    public IReadOnlyList<TraceNode> CashPoints =>
        Nodes.Where(n => n.OutcomeAmount(TraceOutcome.Cash).Fen > 0)
             .OrderByDescending(n => n.OutcomeAmount(TraceOutcome.Cash).Fen).ThenBy(n => n.Account).ToArray();

    /// <summary>The node of an account, or null when the trace did not reach it.</summary>
    public TraceNode? NodeOf(int account) => _byAccount.GetValueOrDefault(account);

    /// <summary>Total money that stopped for <paramref name="outcome"/>.</summary>
    public Money AmountBy(TraceOutcome outcome) => new(Nodes.Sum(n => n.OutcomeAmount(outcome).Fen));

    /// <summary>Share of <see cref="TotalAmount"/> that stopped for <paramref name="outcome"/> (0–1).</summary>
    public double ShareBy(TraceOutcome outcome) => TotalAmount.IsZero ? 0 : (double)AmountBy(outcome).Fen / TotalAmount.Fen;
}
