namespace Breakcard.Detection.GraphFeatures;

/// <summary>
/// An optional source of graph typology features for the monitoring scorer (ADR 0125). Detection
/// defines what it needs and stays free of the graph library; a host (the CLI) supplies an adapter
/// over Breakcard.Graph's typology detector. Findings must be causal: each computed only from
/// transactions before its <see cref="GraphPatternFinding.AvailableAt"/>.
/// </summary>
public interface IGraphFeatureProvider
{
    /// <summary>The findings, ordered by <see cref="GraphPatternFinding.AvailableAt"/>; an account appears again only when a value grew (or a cycle got shorter).</summary>
    IReadOnlyList<GraphPatternFinding> Findings { get; }
}
