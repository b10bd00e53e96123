using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The entity files' reference data as the shards of one stream in one process share it (ADR
/// 0451): built, fingerprinted, owned, grouped for readiness (ADR 0462) and trimmed once — not once
/// per shard — and then only read.
/// Each shard's <see cref="ShardSession"/> takes its reference data from <see cref="For"/>: the
/// files' profiles, holder lists and keys by reference, its own bits for the accounts, numbers and
/// holders whose texts it holds (ADR 0358), and its own tables for the stream's identifiers.
/// Used by <see cref="InProcessShardedRun"/>, whose shards are every shard of the stream. A silo's
/// shards each trim a copy of their own instead: which shards a silo will host is known neither when
/// its first one starts nor after a failover, and a copy shared by them would hold every card's text
/// and profile on every node (ADR 0358, 0378; docs/scaling.md).
/// </summary>
/// <remarks>
/// Thread safety: everything here is written in the constructor, before the instance is shared, and
/// only read after it (the files' interners and profile tables, the ownership's relay groups, the
/// owners by index, the readiness groups); a session asks the ownership by text only (restoring a checkpoint), which reads
/// without remembering. So sessions over one instance may run on any threads, each on one at a time.
/// </remarks>
public sealed class SharedEntityFiles
{
    private readonly ReferenceData _files;
    private readonly int[] _accountOwners;
    private readonly int[] _phoneOwners;
    private readonly int[] _holderShards;

    /// <summary>Takes <paramref name="files"/> (fresh from the entity files, no identifier of a stream; not to be used elsewhere again) for <paramref name="shards"/> shards.</summary>
    public SharedEntityFiles(ReferenceData files, int shards)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentOutOfRangeException.ThrowIfLessThan(shards, 1);
        if (files.ProfilesFrozen)
        {
            throw new ArgumentException("the entity files' reference data is shared fresh, before a shard or a stream has used it", nameof(files));
        }

        Shards = shards;
        Counts = [.. EntityFingerprint.Interners(files).Select(i => i.Count)];
        Entities = EntityFingerprint.Of(files);
        Owners = new ShardOwnership(files, shards);
        _accountOwners = [.. Enumerable.Range(0, files.Accounts.Count).Select(Owners.OfFileAccount)];
        _phoneOwners = [.. Enumerable.Range(0, files.Phones.Count).Select(Owners.OfFilePhone)];
        _holderShards = [.. Enumerable.Range(0, files.HolderCount).Select(h => ShardRouter.ShardOf(files.Holders.KeyOf(h), shards))];
        Groups = new ReadinessGroups(files);
        // The one trim: no shard reads a device's, IP address's or cell's text (a device is counted by
        // index; the gateway names an alert's device), so the process holds none of them.
        files.FreezeProfiles();
        files.Devices.Retain(static _ => false);
        files.Ips.Retain(static _ => false);
        files.Cells.Retain(static _ => false);
        _files = files;
    }

    /// <summary>The shard count the ownership was computed for.</summary>
    public int Shards { get; }

    /// <summary>The files' <see cref="EntityFingerprint"/> (taken once, before the trim).</summary>
    public ulong Entities { get; }

    /// <summary>Bytes held once for the process: the files' keys and profile tables, the owners by index.</summary>
    public long IdentifierBytes => _files.IdentifierBytes() + ((_accountOwners.Length + _phoneOwners.Length + _holderShards.Length) * (long)sizeof(int));

    /// <summary>The files' identifier counts in <see cref="WireKeyKind"/> order.</summary>
    internal int[] Counts { get; }

    /// <summary>The files' readiness groups, computed once for every shard's <see cref="ShardReadiness"/> (ADR 0462).</summary>
    internal ReadinessGroups Groups { get; }

    /// <summary>The ownership over the files (its index caches are never filled here; see the remarks).</summary>
    internal ShardOwnership Owners { get; }

    /// <summary>
    /// Shard <paramref name="shard"/>'s reference data over the shared files: it holds the texts of
    /// its own accounts and numbers (by their holder's shard) and holders (ADR 0358) and reads every
    /// profile from the shared tables. A new instance per call (a restored shard gets one too).
    /// </summary>
    public ReferenceData For(int shard)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(shard);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(shard, Shards);
        return ReferenceData.Over(_files, a => _accountOwners[a] == shard, p => _phoneOwners[p] == shard, h => _holderShards[h] == shard);
    }
}
