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
        // First the owner of each account and number (-1 for a place) and how much each shard gets,
        // then exact arrays filled kind by kind — the order the shard numbers them in — so a batch
        // costs the gateway no list or sort per shard.
        var owner = new int[Keys.Length];
        var held = new int[shards];
        var ownCash = new int[shards];
        var cash = 0;
        var added = new int[Before.Length];
        for (var i = 0; i < Keys.Length; i++)
        {
            var k = Keys[i];
            if ((uint)((int)k.Kind - 1) >= (uint)added.Length)
            {
                throw new InvalidDataException("a key of no kind");
            }

            added[(int)k.Kind - 1]++;

            owner[i] = k.Kind switch
            {
                WireKeyKind.Account => owners.OfAccount(k.Key),
                WireKeyKind.Phone => owners.OfPhone(k.Key),
                _ => -1,
            };
            if (owner[i] >= 0)
            {
                held[owner[i]]++;
                if (k.Kind == WireKeyKind.Account && CashPoints.IsCash(k.Key))
                {
                    cash++;
                    ownCash[owner[i]]++;
                }
            }
        }

        var heldKeys = new HeldKey[shards][];
        var cashKeys = new int[shards][];
        for (var s = 0; s < shards; s++)
        {
            heldKeys[s] = held[s] == 0 ? [] : new HeldKey[held[s]];
            cashKeys[s] = cash == ownCash[s] ? [] : new int[cash - ownCash[s]];
            held[s] = 0;
            ownCash[s] = 0;
        }

        foreach (var kind in (ReadOnlySpan<WireKeyKind>)[WireKeyKind.Account, WireKeyKind.Phone])
        {
            var index = Before[(int)kind - 1];
            for (var i = 0; i < Keys.Length; i++)
            {
                var k = Keys[i];
                if (k.Kind != kind)
                {
                    continue;
                }

                var o = owner[i];
                heldKeys[o][held[o]++] = new HeldKey(kind, index, k.Key);
                if (kind == WireKeyKind.Account && CashPoints.IsCash(k.Key))
                {
                    // Ascending: the other shards learn it is a cash point (ownCash counts what each has been given).
                    for (var s = 0; s < shards; s++)
                    {
                        if (s != o)
                        {
                            cashKeys[s][ownCash[s]++] = index;
                        }
                    }
                }

                index++;
            }
        }

        var parts = new ShardKeys[shards];
        for (var s = 0; s < shards; s++)
        {
            parts[s] = new ShardKeys(Entities, Before, added, heldKeys[s], cashKeys[s]);
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
