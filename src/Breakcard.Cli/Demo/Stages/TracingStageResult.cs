using Breakcard.Cli.Demo.Stages.Tracing;

namespace Breakcard.Cli.Demo.Stages;

/// <summary>What the tracing stage found, for later stages (cases can attach the chain of a victim).</summary>
/// <param name="TraceFolder">Folder with the deepest victim trace as trace.json, trace.graphml and trace.cytoscape.json.</param>
/// <param name="LinksFile">links.json: rings, card dealers, shell factories.</param>
/// <param name="Traces">Accuracy of the victim traces against the truth.</param>
/// <param name="Links">Accuracy of the link analysis against the truth.</param>
public sealed record TracingStageResult(string TraceFolder, string LinksFile, TraceScore Traces, LinkScore Links);
