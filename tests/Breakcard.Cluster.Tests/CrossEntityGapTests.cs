using System.Text;
using System.Text.Json;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// What the sharded mode gives up against the single-process engine at its default options
/// (ADR 0155, 0177), measured on the simulated test city: the sharded mode's outputs are those of the
/// engine with the cross-entity indicators off (proved byte for byte in <see cref="ShardedModeTests"/>),
/// so the gap is the difference between that run and the default run. The figures are written to
/// the test output and recorded in ADR 0177.
/// </summary>
public sealed class CrossEntityGapTests
{
    [Fact]
    public void LocalRun_AlertsASubsetOfTheDefaultRunsEntities_AndEveryMissedEntityNeededACrossEntityIndicator()
    {
        var full = Read(TestWorld.SingleProcess.Alerts);
        var local = Read(TestWorld.RunSingle(TestWorld.WorldFolder, null, LocalIndicators.Apply(DetectionOptions.Default)).Alerts);
        var fullEntities = full.Select(a => a.Entity).ToHashSet(StringComparer.Ordinal);
        var localEntities = local.Select(a => a.Entity).ToHashSet(StringComparer.Ordinal);
        var missed = fullEntities.Except(localEntities).ToList();
        var byCode = LocalIndicators.CrossEntity.ToDictionary(c => c, c => full.Count(a => a.Codes.Contains(c)), StringComparer.Ordinal);
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"default run: {full.Count} alerts on {fullEntities.Count} entities; local indicators (= sharded mode): {local.Count} alerts on {localEntities.Count} entities; " +
            $"entities missed: {missed.Count} ({100.0 * missed.Count / fullEntities.Count:0.0}%); default alerts naming each cross-entity indicator: " +
            string.Join(", ", byCode.Select(kv => kv.Key + " " + kv.Value)));

        // Risk only grows with indicator strengths, and the per-entity strengths are the same in both
        // runs, so switching indicators off can only lose alerted entities, never add one.
        Assert.Subset(fullEntities, localEntities);
        Assert.NotEmpty(missed);
        // Each lost entity was alerted in the default run on a cross-entity indicator: that is why it is lost.
        Assert.All(missed, entity => Assert.Contains(full, a => a.Entity == entity && a.Codes.Overlaps(LocalIndicators.CrossEntity)));
    }

    private static List<(string Entity, HashSet<string> Codes)> Read(byte[] alerts)
    {
        var list = new List<(string, HashSet<string>)>();
        foreach (var line in Encoding.UTF8.GetString(alerts).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var codes = root.GetProperty("reasons").EnumerateArray().Select(r => r.GetProperty("code").GetString()!).ToHashSet(StringComparer.Ordinal);
            list.Add((root.GetProperty("entity_kind").GetString() + ":" + root.GetProperty("entity").GetString(), codes));
        }

        return list;
    }
}
