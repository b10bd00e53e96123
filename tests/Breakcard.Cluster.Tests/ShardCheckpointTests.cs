using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// A shard's checkpoint (ADR 0178): a session restored from a snapshot taken part-way and fed the
/// rest ends exactly as the session that never stopped — same alerts, scores, rejections, counters.
/// </summary>
public sealed class ShardCheckpointTests
{
    private static readonly DetectionOptions Local = LocalIndicators.Apply(DetectionOptions.Default);

    private static ShardSession NewShard(int shard, int shards, DetectionOptions? options = null) =>
        new(shard, shards, ReferenceData.Empty(), options ?? Local, new PointsModel(options ?? Local));

    /// <summary>The world's events that shard <paramref name="shard"/> of <paramref name="shards"/> receives, with their stream positions.</summary>
    private static List<ShardEvent> Routed(int shard, int shards)
    {
        var events = TestWorld.Events();
        var routed = new List<ShardEvent>();
        for (var i = 0; i < events.Count; i++)
        {
            var to = ShardRouter.Shards(events[i], shards);
            var at = Array.IndexOf(to, shard);
            if (at >= 0)
            {
                routed.Add(new ShardEvent(i, at == 0, events[i]));
            }
        }

        return routed;
    }

    [Theory]
    [InlineData(0, 3, 0.3)]
    [InlineData(2, 3, 0.75)]
    [InlineData(1, 2, 0.5)]
    public void RestoredPartWay_EndsExactlyAsTheUninterruptedShard(int shard, int shards, double at)
    {
        var events = Routed(shard, shards);
        var cut = (int)(events.Count * at);
        var whole = NewShard(shard, shards);
        events.ForEach(whole.Process);
        var wholeScores = whole.Finish();

        var first = NewShard(shard, shards);
        events.Take(cut).ToList().ForEach(first.Process);
        var snapshot = first.Snapshot();
        var resumed = NewShard(shard, shards);
        resumed.Restore(snapshot);
        events.Skip(cut).ToList().ForEach(resumed.Process);
        var resumedScores = resumed.Finish();

        Assert.True(whole.Alerts.Count > 0, "the shard raised no alert: the comparison would prove little");
        Assert.True(first.Alerts.Count > 0 && first.Alerts.Count < whole.Alerts.Count, $"cut at {cut} leaves {first.Alerts.Count} of {whole.Alerts.Count} alerts before it");
        Assert.Equal(whole.Alerts, resumed.Alerts);
        Assert.Equal(whole.Rejected, resumed.Rejected);
        Assert.Equal(whole.Counters, resumed.Counters);
        Assert.Equal(wholeScores.Length, resumedScores.Length);
        for (var i = 0; i < wholeScores.Length; i++)
        {
            Assert.Equal(wholeScores[i] with { TopIndicators = [] }, resumedScores[i] with { TopIndicators = [] });
            Assert.Equal(wholeScores[i].TopIndicators, resumedScores[i].TopIndicators);
        }
    }

    [Fact]
    public void Snapshot_IsCompressed_WellBelowTheEvidenceRingItCarries()
    {
        var shard = NewShard(0, 3);
        Routed(0, 3).Take(2_000).ToList().ForEach(shard.Process);

        var snapshot = shard.Snapshot();

        // The engine's evidence ring alone is 2^20 records of 48 bytes; a shard's share of a small stream fills little of it.
        Assert.True(snapshot.Length < 4 << 20, $"snapshot of {snapshot.Length:N0} bytes");
    }

    [Fact]
    public void TruncatedSnapshot_IsRefusedAsDamaged()
    {
        var shard = NewShard(0, 2);
        Routed(0, 2).Take(500).ToList().ForEach(shard.Process);
        var snapshot = shard.Snapshot();

        var ex = Assert.ThrowsAny<InvalidDataException>(() => NewShard(0, 2).Restore(snapshot[..(snapshot.Length / 2)]));

        Assert.NotEmpty(ex.Message);
    }

    [Fact]
    public void SnapshotUnderOtherOptions_IsRefused()
    {
        var shard = NewShard(0, 2);
        Routed(0, 2).Take(500).ToList().ForEach(shard.Process);
        var snapshot = shard.Snapshot();
        var other = Local with { Engine = Local.Engine with { AllowedLatenessSeconds = Local.Engine.AllowedLatenessSeconds + 60 } };

        var ex = Assert.Throws<InvalidDataException>(() => NewShard(0, 2, other).Restore(snapshot));

        Assert.Contains("other detection options", ex.Message, StringComparison.Ordinal);
    }
}
