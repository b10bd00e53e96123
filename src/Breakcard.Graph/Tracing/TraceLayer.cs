using Breakcard.Core;

namespace Breakcard.Graph.Tracing;

/// <summary>The accounts at one hop distance from the start, the way case files list them
/// ("first-layer cards", "second-layer cards", …).</summary>
/// <param name="Number">Hop distance (0 = the start account).</param>
/// <param name="Nodes">The accounts, by first arrival.</param>
public sealed record TraceLayer(int Number, IReadOnlyList<TraceNode> Nodes)
{
    /// <summary>Traced money that reached this layer.</summary>
    public Money Amount => new(Nodes.Sum(n => n.Amount.Fen));
}
