using System.Text;
using System.Text.Json;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// The sharded mode's stages (in process) on <see cref="EntityWorld"/>, a city with entity files
/// where one event raises alerts on several shards in several stages — a SIM box's SMS alerts the
/// SIMs it pushes SIM_CLUSTER to, then their holders' other cards and numbers by linked risk,
/// the SMS's own receiver among them (ADR 0330): byte-identical to the single process.
/// </summary>
public sealed class EntityWorldEquivalenceTests
{
    [Theory]
    [InlineData(2, 700)]
    [InlineData(3, 700)]
    [InlineData(5, 2_000)]
    public void WithEntityFiles_OneEventAlertingOnSeveralShards_ByteIdenticalToSingleProcess(int shards, int batch)
    {
        var expected = EntityWorld.SingleProcess;

        var (sharded, _) = InProcess.Run(EntityWorld.Events, shards, batch, EntityWorld.Reference, DetectionOptions.Default);

        // The case is in the comparison: some event alerts several entities, with linked risk among the reasons.
        var lines = Encoding.UTF8.GetString(expected.Alerts).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var byTrigger = lines.Select(l => JsonDocument.Parse(l).RootElement).GroupBy(a => a.GetProperty("trigger_event_id").GetString());
        Assert.Contains(byTrigger, g => g.Count() >= 3 && g.Any(a => a.GetRawText().Contains("\"LINKED_RISK\"", StringComparison.Ordinal)));
        Outputs.AssertIdentical(expected, sharded);
    }
}
