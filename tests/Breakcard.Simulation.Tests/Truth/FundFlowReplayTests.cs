using Breakcard.Simulation.Tests.Support;

namespace Breakcard.Simulation.Tests.Truth;

public sealed class FundFlowReplayTests(Worlds worlds)
{
    /// <summary>Comma-separated world folders for <see cref="Replay_OfNamedWorlds_AgreesWithTheirTruth"/>.</summary>
    private const string WorldsVariable = "BREAKCARD_REPLAY_WORLDS";

    [Fact]
    public void Replay_InEventOrder_AgreesWithTheTruthToTheFen()
    {
        var comparison = FundFlowReplay.Compare(worlds.MediumWorld.Folder);

        Assert.True(comparison.TruthFen > 0);
        Assert.Equal(comparison.Truth.Where(t => t.Value > 0).OrderBy(t => t.Key.ToString(), StringComparer.Ordinal),
            comparison.Replay.Where(t => t.Value > 0).OrderBy(t => t.Key.ToString(), StringComparer.Ordinal));
    }

    /// <summary>The same check on full-size cities (docs/simulation.md "Ground truth"): run with
    /// <c>BREAKCARD_REPLAY_WORLDS=w7,w59 dotnet test --project tests/Breakcard.Simulation.Tests -- --filter-method "*OfNamedWorlds*" --explicit only</c>.</summary>
    [Fact(Explicit = true)]
    public void Replay_OfNamedWorlds_AgreesWithTheirTruth()
    {
        var folders = Environment.GetEnvironmentVariable(WorldsVariable)?.Split(',', StringSplitOptions.RemoveEmptyEntries) ?? [];
        Assert.NotEmpty(folders);
        var comparisons = folders.Select(f => (Folder: f, Comparison: FundFlowReplay.Compare(f))).ToList();
        var report = string.Join(Environment.NewLine, comparisons.Select(c => $"{c.Folder}: {c.Comparison}"));
        TestContext.Current.TestOutputHelper?.WriteLine(report);
        Assert.True(comparisons.All(c => c.Comparison.AgreeingFen == c.Comparison.TruthFen && c.Comparison.Replay.Values.Sum() == c.Comparison.TruthFen), report);
    }
}
