using System.Text;
using System.Text.Json;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// What the sharded mode still gives up against the single-process engine at its default options
/// (ADR 0177, 0185), measured on the simulated test city by running the sharded mode's stages (in
/// process, 3 shards): with the transfer rounds and holder affinity, only the place stage's
/// indicators (shared device, SIM cluster) are missing, so every entity the sharded mode misses was
/// alerted on one of those. The figures are written to the test output and recorded in ADR 0185.
/// </summary>
public sealed class CrossEntityGapTests
{
    [Fact]
    public void EventsOnly_ShardedModeAlertsASubset_AndEveryMissedEntityNeededAPlaceIndicator() =>
        Gap(TestWorld.SingleProcess, null);

    [Fact]
    public void WithEntityFiles_ShardedModeAlertsASubset_AndEveryMissedEntityNeededAPlaceIndicator() =>
        Gap(TestWorld.SingleProcessWithEntities, TestWorld.Reference);

    private static void Gap(Outputs defaultRun, Hosting.WorldReference? entities)
    {
        var full = Read(defaultRun.Alerts);
        var (shardedOutputs, rounds) = InProcess.Run(TestWorld.Events(), 3, 500, entities, DetectionOptions.Default);
        var sharded = Read(shardedOutputs.Alerts);
        var fullEntities = full.Select(a => a.Entity).ToHashSet(StringComparer.Ordinal);
        var shardedEntities = sharded.Select(a => a.Entity).ToHashSet(StringComparer.Ordinal);
        var missed = fullEntities.Except(shardedEntities).ToList();
        string[] codes = [.. LocalIndicators.Exchanged, .. LocalIndicators.CrossEntity];
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"default run: {full.Count} alerts on {fullEntities.Count} entities; sharded mode (3 shards, batch 500): {sharded.Count} alerts on {shardedEntities.Count} entities; " +
            $"entities missed: {missed.Count} ({100.0 * missed.Count / fullEntities.Count:0.0}%); default-run alerts naming each cross-entity indicator: " +
            string.Join(", ", codes.Select(c => c + " " + full.Count(a => a.Codes.Contains(c)))) + "; sharded-mode alerts: " +
            string.Join(", ", codes.Select(c => c + " " + sharded.Count(a => a.Codes.Contains(c)))) +
            $"; rounds per batch: median {rounds.Order().ElementAt(rounds.Count / 2)}, max {rounds.Max()}");

        // Risk only grows with indicator strengths, and every other strength is exact, so the missing
        // place indicators can only lose alerted entities, never add one.
        Assert.Subset(fullEntities, shardedEntities);
        // Each lost entity owes its default-run alert to a place indicator: named in its alert, or
        // carried from another entity whose risk it raised (linked risk from a sibling of the same
        // holder, tainted inflow from a payer) — nothing is lost for lack of a transfer, holder or
        // relay exchange itself (that part is exact: TransferRoundsTests).
        var direct = missed.Count(entity => full.Any(a => a.Entity == entity && a.Codes.Overlaps(LocalIndicators.CrossEntity)));
        TestContext.Current.TestOutputHelper?.WriteLine($"missed entities with a place indicator in their own alert: {direct} of {missed.Count}");
        Assert.All(missed, entity => Assert.Contains(full, a => a.Entity == entity
            && (a.Codes.Overlaps(LocalIndicators.CrossEntity) || a.Codes.Contains("LINKED_RISK") || a.Codes.Contains("TAINTED_INFLOW"))));
        // The exchanged indicators fire in the sharded mode.
        Assert.Contains(sharded, a => a.Codes.Overlaps(LocalIndicators.Exchanged));
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
