namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The identifiers a batch names for the first time in the stream, in the order the gateway gave
/// them their indexes, with what the gateway's interners held before them (ADR 0247). A shard
/// interns them only when it holds exactly <paramref name="Before"/> of each kind over the same
/// entity files (<paramref name="Entities"/>), so that each new identifier takes the index the
/// gateway gave it; anything else is refused (<see cref="ShardSession.Intern"/>).
/// </summary>
/// <param name="Entities">The gateway's <see cref="EntityFingerprint"/> of the entity files.</param>
/// <param name="Before">Per <see cref="WireKeyKind"/> (kind k at k − 1), the interner's count before these keys.</param>
/// <param name="Keys">The new identifiers, in index order.</param>
public sealed record KeyBatch(ulong Entities, int[] Before, WireKey[] Keys)
{
    /// <summary>Masked: identifiers are personal data.</summary>
    public override string ToString() => $"{Keys.Length} new keys";
}
