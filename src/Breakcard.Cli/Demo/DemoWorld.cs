using Breakcard.Simulation;

namespace Breakcard.Cli.Demo;

/// <summary>The simulated city the demo's later stages work on: its folder (the schema of
/// docs/data-format.md, ground truth in truth/) and what the simulator reported.</summary>
/// <param name="Folder">Full path of the world folder.</param>
/// <param name="Summary">Counts, ground-truth totals and files.</param>
public sealed record DemoWorld(string Folder, WorldSummary Summary);
