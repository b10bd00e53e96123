namespace Breakcard.Cluster.Sharding;

/// <summary>
/// What one shard receives of a batch's new identifiers (ADR 0387): the counts the gateway held
/// before them and how many of each kind it added (so the shard numbers every one of them, ADR
/// 0247), the text of only those this shard owns (ADR 0358: it keeps no other), and which of the
/// others are cash accounts (the one thing a shard reads of an identifier of the stream it does not
/// own: its profile is the unknown one, with the cash flag from its number). Made at the gateway by
/// <see cref="KeyBatch.Split"/>; a shard takes it with <see cref="ShardSession.Intern"/>.
/// </summary>
/// <param name="Entities">The gateway's <see cref="EntityFingerprint"/> of the entity files.</param>
/// <param name="Before">Per <see cref="WireKeyKind"/> (kind k at k − 1), the interner's count before these keys.</param>
/// <param name="Added">Per kind, how many identifiers the batch numbered.</param>
/// <param name="Held">The identifiers this shard owns, with their indexes, in index order per kind.</param>
/// <param name="Cash">The cash accounts among the added accounts this shard does not own, by index, ascending.</param>
public sealed record ShardKeys(ulong Entities, int[] Before, int[] Added, HeldKey[] Held, int[] Cash)
{
    /// <summary>Masked: identifiers are personal data.</summary>
    public override string ToString() => $"{Added.Sum()} new keys, {Held.Length} held";
}

/// <summary>An identifier a shard owns and keeps the text of, at the index the gateway gave it.</summary>
public readonly record struct HeldKey(WireKeyKind Kind, int Index, string Key)
{
    /// <summary>Masked: identifiers are personal data.</summary>
    public override string ToString() => $"{Kind} key {Index}";
}
