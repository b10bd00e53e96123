using System.Text.Json;
using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// What sharding makes the shards apply (ADR 0445): a transfer between two shards' accounts is two
/// items (a debit and a credit side), one within a shard is one — counted by the run, so the cost of
/// the work done twice is measured against the events released; and a shard's alerts reach the
/// in-process merge as built, their lines serialized only when read, once.
/// </summary>
public sealed class ShardItemCountTests
{
    private const int Shards = 3;

    [Fact]
    public async Task InProcessRun_CountsATransferBetweenTwoShardsAsTwoSplitSides_AndOneWithinAShardAsOneItem()
    {
        // Without entity files an account first seen in the stream belongs to the shard of its own key (ADR 0387).
        var accounts = Enumerable.Range(0, 12).Select(i => "ACC-" + i).ToArray();
        var random = new Random(445);
        var events = new List<WireEvent>();
        var (split, within) = (0, 0);
        for (var i = 0; i < 60; i++)
        {
            var debit = accounts[random.Next(accounts.Length)];
            var credit = accounts[random.Next(accounts.Length)];
            if (debit == credit)
            {
                continue;
            }

            events.Add(RelayWorld.Transfer("T" + i, 1_767_225_600 + (60L * i), debit, credit, 1_000 + i));
            if (ShardRouter.ShardOf(debit, Shards) == ShardRouter.ShardOf(credit, Shards))
            {
                within++;
            }
            else
            {
                split++;
            }
        }

        var run = new InProcessShardedRun(Shards, 7, _ => ReferenceData.Empty(), DetectionOptions.Default);
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-items-" + Guid.NewGuid().ToString("N")[..8]);
        await run.RunAsync(events, output, TestContext.Current.CancellationToken);
        var actual = Outputs.Read(output);
        Directory.Delete(output, recursive: true);

        Assert.True(split > 10 && within > 3, $"{split} split, {within} within a shard");
        Assert.Equal(events.Count, run.Wire.Released);
        Assert.Equal((2L * split) + within, run.Wire.Items);
        Assert.Equal(2L * split, run.Wire.SplitSides);
        // No login, call or SMS: no place item.
        Assert.Equal(0, run.Wire.PlaceItems);
        Outputs.AssertIdentical(TestWorld.RunSingle(events, null, LocalIndicators.Apply(DetectionOptions.Default)), actual);
    }

    [Fact]
    public async Task ShardSession_ServesItsAlertLinesSerializedOnFirstRead_OnceEach_FromTheAlertsItMerges()
    {
        var events = TestWorld.Events();
        var sessions = new ShardSession[Shards];
        var lines = new IReadOnlyList<ShardAlert>?[Shards];
        const int size = 500;
        var half = events.Count / size / 2;
        var run = new InProcessShardedRun(Shards, size, TestWorld.Reference.Build, DetectionOptions.Default)
        {
            AtBatchBoundary = (batch, shard, session) =>
            {
                sessions[shard] = session;
                if (batch == half)
                {
                    // Read half way, as a silo's checkpoint reads them: the lines so far, each once.
                    lines[shard] = [.. session.Alerts];
                }

                return session;
            },
        };
        var output = Path.Combine(Path.GetTempPath(), "breakcard-cluster-lines-" + Guid.NewGuid().ToString("N")[..8]);
        await run.RunAsync(events, output, TestContext.Current.CancellationToken);
        Directory.Delete(output, recursive: true);

        var (early, total) = (lines.Sum(l => l!.Count), sessions.Sum(s => s.Alerts.Count));
        Assert.True(early > 0 && total > early, $"{early} alerts by batch {half}, {total} in all");
        for (var k = 0; k < Shards; k++)
        {
            var owned = sessions[k].OwnedAlerts;
            var all = sessions[k].Alerts;
            Assert.Equal(owned.Count, all.Count);
            for (var i = 0; i < all.Count; i++)
            {
                Assert.Equal(i, all[i].Ordinal);
                Assert.Equal(owned[i], new AlertKey(all[i].Release, all[i].Step, all[i].Device));
                Assert.Equal(JsonSerializer.Serialize(owned.Alert(i), MonitorGrain.LineJson), all[i].Json);
                // Serialized once: a line read before is the same line, not serialized again.
                Assert.Same(i < lines[k]!.Count ? lines[k]![i] : all[i], sessions[k].Alerts[i]);
            }
        }

        // A silo's lines give the merge the same keys; one out of its place is refused, not merged.
        var shifted = sessions[0].Alerts.Select((a, i) => a with { Ordinal = i + 1 }).ToArray();
        var refused = Assert.Throws<InvalidDataException>(() => new ShardAlerts(shifted));
        Assert.Contains("ordinal", refused.Message, StringComparison.Ordinal);
    }
}
