using Breakcard.Detection;
using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Sharding;

/// <content>
/// What a shard starts from: a copy of the entity files of its own, trimmed (a silo's shard, ADR
/// 0358, 0378), or the copy its process's shards share (in process, ADR 0451) with its readiness groups (ADR 0462).
/// </content>
public sealed partial class ShardSession
{
    private static Start Own(int shard, int shards, ReferenceData reference, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(shard);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(shard, shards);
        var owners = new ShardOwnership(reference, shards);
        var start = new Start(reference, owners, [.. EntityFingerprint.Interners(reference).Select(i => i.Count)], EntityFingerprint.Of(reference), new ShardReadiness(reference, options, ReadinessGroups.ForShard(reference, owners, shard)), null);
        // The readiness groups of the bindings whose items reach this shard only (ADR 0477).
        // Everything the entity files gave is read (ownership, relay groups, readiness, the
        // fingerprint): from here on the shard keeps the text of its own accounts, numbers and
        // holders only, numbers the stream's identifiers without a profile each (ADR 0358), and
        // keeps the files' profiles in full only for the entities it applies (ADR 0378).
        KeepOwn(reference, owners, shard, shards);
        return start;
    }

    private static Start Shared(int shard, SharedEntityFiles files, DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentOutOfRangeException.ThrowIfNegative(shard);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(shard, files.Shards);
        // The texts of its own accounts, numbers and holders as bits over the shared keys (ADR 0358),
        // every profile read from the shared tables, the stream's identifiers in tables of its own;
        // the readiness groups computed once for all (ADR 0462).
        var reference = files.For(shard);
        return new Start(reference, files.Owners, files.Counts, files.Entities, new ShardReadiness(reference, options, files.Groups), files);
    }

    private readonly record struct Start(ReferenceData Reference, ShardOwnership Owners, int[] Counts, ulong Entities, ShardReadiness Readiness, SharedEntityFiles? Files);
}
