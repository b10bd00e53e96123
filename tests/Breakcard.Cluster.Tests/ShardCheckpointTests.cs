using System.IO.Compression;
using Breakcard.Cluster.Sharding;
using Breakcard.Cluster.Sharding.Checkpoints;
using Breakcard.Cluster.Tests.Support;
using Breakcard.Detection;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// A shard's checkpoint (ADR 0178, 0185): a session replaced at a batch boundary by a copy restored
/// from its snapshot ends the stream exactly as the session that never stopped would — same alerts,
/// scores and summary as the single-process engine; and a snapshot is never taken with a batch
/// part-applied.
/// </summary>
public sealed class ShardCheckpointTests
{
    private static readonly DetectionOptions Sharded = LocalIndicators.Apply(DetectionOptions.Default);

    private static ShardSession NewShard(int shard, int shards, DetectionOptions? options = null) =>
        new(shard, shards, ReferenceData.Empty(), options ?? Sharded, new PointsModel(options ?? Sharded));

    [Theory]
    [InlineData(0, 3, 10)]
    [InlineData(2, 3, 30)]
    [InlineData(1, 2, 20)]
    public void RestoredAtABatchBoundary_EndsExactlyAsTheUninterruptedRun(int shard, int shards, int fromBatch)
    {
        var expected = TestWorld.RunSingle(TestWorld.Events(), null, Sharded);
        var restored = 0;
        var atBatch = 0L;

        // Cut at the first boundary from fromBatch on where the shard has raised an alert, so the
        // restored state carries alerts and evidence forward.
        var (actual, rounds) = InProcess.Run(TestWorld.Events(), shards, 500, null, Sharded, (batch, k, session) =>
        {
            if (restored > 0 || batch < fromBatch || k != shard || session.Alerts.Count == 0)
            {
                return session;
            }

            atBatch = batch;
            var copy = NewShard(shard, shards);
            copy.Restore(session.Snapshot());
            restored++;
            return copy;
        });

        Assert.Equal(1, restored);
        Assert.True(rounds.Count > atBatch + 2, "the stream is too short for the cut");
        Outputs.AssertIdentical(expected, actual);
    }

    [Fact]
    public void Snapshot_IsCompressed_WellBelowTheEvidenceRingItCarries()
    {
        ShardSession? taken = null;
        InProcess.Run([.. TestWorld.Events().Take(2_000)], 3, 500, null, Sharded, (batch, k, s) =>
        {
            taken ??= k == 0 ? s : null;
            return s;
        });

        var snapshot = taken!.Snapshot();

        // The engine's evidence ring alone is 2^20 records of 32 bytes; a shard's share of a small stream fills little of it.
        Assert.True(snapshot.Length < 4 << 20, $"snapshot of {snapshot.Length:N0} bytes");
    }

    [Fact]
    public void SnapshotWrittenBeforeZeroBlocks_IsStillRestored_ToTheSameState()
    {
        var snapshot = SnapshotOfShardZero(Sharded);
        Assert.Equal("BCZB"u8.ToArray(), snapshot[..4]);

        // The same state as a shard checkpoint was written before ADR 0276: compressed only.
        var payload = new MemoryStream();
        using (var blocks = new ZeroBlockReader(new ZLibStream(new MemoryStream(snapshot, 4, snapshot.Length - 4), CompressionMode.Decompress)))
        {
            blocks.CopyTo(payload);
        }

        var old = new MemoryStream();
        using (var zip = new ZLibStream(old, CompressionLevel.Fastest, leaveOpen: true))
        {
            zip.Write(payload.ToArray());
        }

        var restored = NewShard(0, 2);
        restored.Restore(old.ToArray());

        // Written again, it is the snapshot it was restored from.
        Assert.Equal(snapshot, restored.Snapshot());
    }

    [Fact]
    public void PartAppliedBatch_IsNeverCheckpointed()
    {
        var debit = new ShardItem(0, 0, 1_700_000_000, ShardSide.Credit, -1,
            new Grains.WireEvent(Grains.WireKind.Transaction, "T1", 1_700_000_000, 480, "6222A", "6222B", 100, 1, null, null, null), new EventRefs(0, 1, -1, -1));
        var shard = NewShard(0, 1);
        shard.Intern(KeyBatch.Of(EntityFingerprint.Of(ReferenceData.Empty()), [0, 0, 0, 0, 0], [new(WireKeyKind.Account, "6222A"), new(WireKeyKind.Account, "6222B")])
            .Split(ShardOwnership.EventsOnly(1))[0]);
        shard.Begin([debit]);
        shard.Run();

        Assert.True(shard.Holding);
        var ex = Assert.Throws<InvalidOperationException>(() => shard.Snapshot());
        Assert.Contains("between batches only", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedSnapshot_IsRefusedAsDamaged()
    {
        var snapshot = SnapshotOfShardZero(Sharded);

        var ex = Assert.ThrowsAny<InvalidDataException>(() => NewShard(0, 2).Restore(snapshot[..(snapshot.Length / 2)]));

        Assert.NotEmpty(ex.Message);
    }

    [Fact]
    public void SnapshotUnderOtherOptions_IsRefused()
    {
        var snapshot = SnapshotOfShardZero(Sharded);
        var other = Sharded with { Engine = Sharded.Engine with { AllowedLatenessSeconds = Sharded.Engine.AllowedLatenessSeconds + 60 } };

        var ex = Assert.Throws<InvalidDataException>(() => NewShard(0, 2, other).Restore(snapshot));

        Assert.Contains("other detection options", ex.Message, StringComparison.Ordinal);
    }

    private static byte[] SnapshotOfShardZero(DetectionOptions options)
    {
        byte[]? snapshot = null;
        InProcess.Run([.. TestWorld.Events().Take(500)], 2, 250, null, options, (batch, k, s) =>
        {
            snapshot ??= k == 0 ? s.Snapshot() : null;
            return s;
        });
        return snapshot!;
    }
}
