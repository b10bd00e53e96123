using System.Text;
using Breakcard.Core.Events;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The identifiers a batch names for the first time in the stream, in the order the gateway gave
/// them their indexes, with what the gateway's interners held before them (ADR 0247). The gateway
/// sends each shard its part (<see cref="Split"/>, ADR 0387), which the shard takes only when it
/// holds exactly <paramref name="Before"/> of each kind over the same entity files
/// (<paramref name="Entities"/>), so that each new identifier takes the index the gateway gave it;
/// anything else is refused (<see cref="ShardSession.Intern"/>).
/// </summary>
/// <param name="Entities">The gateway's <see cref="EntityFingerprint"/> of the entity files.</param>
/// <param name="Before">Per <see cref="WireKeyKind"/> (kind k at k − 1), the interner's count before these keys.</param>
/// <param name="Keys">The new identifiers, in index order.</param>
public sealed record KeyBatch(ulong Entities, int[] Before, WireKey[] Keys)
{
    /// <summary>Masked: identifiers are personal data.</summary>
    public override string ToString() => $"{Keys.Length} new keys";

    /// <summary>
    /// Each shard's part of the batch (ADR 0387): every shard is told how many identifiers of each
    /// kind the batch numbered, and is sent the text of the accounts and numbers it owns only
    /// (<paramref name="owners"/>: an identifier first seen in the stream belongs to the shard of
    /// its own key) and the indexes of the other cash accounts. Devices', IPs' and cells' texts go
    /// to no shard: a shard counts a place by index, and the gateway names an alert's device.
    /// </summary>
    public ShardKeys[] Split(ShardOwnership owners)
    {
        ArgumentNullException.ThrowIfNull(owners);
        var shards = owners.Shards;
        var added = new int[Before.Length];
        var held = new List<HeldKey>[shards];
        var cash = new List<int>[shards];
        foreach (var k in Keys)
        {
            var kind = (int)k.Kind - 1;
            if ((uint)kind >= (uint)added.Length)
            {
                throw new InvalidDataException("a key of no kind");
            }

            var index = Before[kind] + added[kind]++;
            var owner = k.Kind switch
            {
                WireKeyKind.Account => owners.OfAccount(k.Key),
                WireKeyKind.Phone => owners.OfPhone(k.Key),
                _ => -1,
            };
            if (owner < 0)
            {
                continue;
            }

            (held[owner] ??= []).Add(new HeldKey(k.Kind, index, k.Key));
            if (k.Kind == WireKeyKind.Account && CashPoints.IsCash(k.Key))
            {
                for (var s = 0; s < shards; s++)
                {
                    if (s != owner)
                    {
                        (cash[s] ??= []).Add(index);
                    }
                }
            }
        }

        var parts = new ShardKeys[shards];
        for (var s = 0; s < shards; s++)
        {
            // Kind by kind (a stable sort: each kind's keys are in index order already), as the shard numbers them.
            parts[s] = new ShardKeys(Entities, Before, added, held[s] is { } h ? [.. h.OrderBy(x => x.Kind)] : [], cash[s] is { } c ? [.. c] : []);
        }

        return parts;
    }

    /// <summary>
    /// The bytes of this batch's identifier part as every shard's place round carried it before ADR
    /// 0387 (encoding version 3: the fingerprint, the counts before, then every new identifier's
    /// kind and text): what <see cref="WireCounts"/> compares the per-shard parts with.
    /// </summary>
    internal long EveryTextBytes()
    {
        long bytes = sizeof(ulong) + VarBytes(Before.Length) + VarBytes(Keys.Length);
        foreach (var count in Before)
        {
            bytes += VarBytes(count);
        }

        foreach (var k in Keys)
        {
            var text = Encoding.UTF8.GetByteCount(k.Key);
            bytes += 1 + VarBytes(text) + text;
        }

        return bytes;
    }

    private static int VarBytes(int value)
    {
        var bytes = 1;
        for (var v = unchecked((uint)value); v >= 0x80; v >>= 7)
        {
            bytes++;
        }

        return bytes;
    }
}
