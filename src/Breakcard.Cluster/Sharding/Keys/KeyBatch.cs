using System.Text;
using Breakcard.Core.Events;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The identifiers a batch names for the first time in the stream, counted per kind in the order the
/// gateway gave them their indexes, with what the gateway's interners held before them (ADR 0247),
/// and the texts of the new accounts and numbers — the only texts a shard is sent (ADR 0387); a
/// device's, IP's or cell's is counted, not kept (ADR 0394). The gateway sends each shard its part
/// (<see cref="Split"/>), which the shard takes only when it holds exactly <paramref name="Before"/>
/// of each kind over the same entity files (<paramref name="Entities"/>), so that each new
/// identifier takes the index the gateway gave it; anything else is refused
/// (<see cref="ShardSession.Intern"/>).
/// </summary>
/// <param name="Entities">The gateway's <see cref="EntityFingerprint"/> of the entity files.</param>
/// <param name="Before">Per <see cref="WireKeyKind"/> (kind k at k − 1), the interner's count before these keys.</param>
/// <param name="Added">Per kind, how many identifiers the batch numbered.</param>
/// <param name="Texts">The new accounts and numbers, each kind's in index order (accounts and numbers may interleave).</param>
/// <param name="EveryTextBytes">
/// The bytes of this batch's identifier part as every shard's place round carried it before ADR
/// 0387 (encoding version 3: the fingerprint, the counts before, then every new identifier's kind
/// and text): what <see cref="WireCounts"/> compares the per-shard parts with, summed as the keys
/// were numbered.
/// </param>
public sealed record KeyBatch(ulong Entities, int[] Before, int[] Added, WireKey[] Texts, long EveryTextBytes)
{
    /// <summary>Identifiers the batch numbered, of every kind.</summary>
    public int Count => Added.Sum();

    /// <summary>Masked: identifiers are personal data.</summary>
    public override string ToString() => $"{Count} new keys";

    /// <summary>
    /// The batch of <paramref name="keys"/> (every new identifier, in index order) numbered after
    /// <paramref name="before"/>, as <see cref="StreamKeyLog.Take"/> makes it.
    /// </summary>
    /// <exception cref="InvalidDataException">A key of no kind.</exception>
    public static KeyBatch Of(ulong entities, int[] before, IEnumerable<WireKey> keys)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(keys);
        var added = new int[before.Length];
        var texts = new List<WireKey>();
        long bytes = 0;
        foreach (var k in keys)
        {
            if ((uint)((int)k.Kind - 1) >= (uint)added.Length)
            {
                throw new InvalidDataException("a key of no kind");
            }

            added[(int)k.Kind - 1]++;
            bytes += KeyBytes(k.Key);
            if (k.Kind is WireKeyKind.Account or WireKeyKind.Phone)
            {
                texts.Add(k);
            }
        }

        return new KeyBatch(entities, before, added, [.. texts], HeaderBytes(before, added.Sum()) + bytes);
    }

    /// <summary>
    /// Each shard's part of the batch (ADR 0387): every shard is told how many identifiers of each
    /// kind the batch numbered, and is sent the text of the accounts and numbers it owns only
    /// (<paramref name="owners"/>: an identifier first seen in the stream belongs to the shard of
    /// its own key) and the indexes of the other cash accounts. Devices', IPs' and cells' texts go
    /// to no shard: a shard counts a place by index, and the gateway names an alert's device.
    /// </summary>
    /// <exception cref="InvalidDataException">A text of a device, IP or cell among <see cref="Texts"/>.</exception>
    public ShardKeys[] Split(ShardOwnership owners)
    {
        ArgumentNullException.ThrowIfNull(owners);
        var shards = owners.Shards;
        // First the owner of each account and number and how much each shard gets,
        // then exact arrays filled kind by kind — the order the shard numbers them in — so a batch
        // costs the gateway no list or sort per shard.
        var owner = new int[Texts.Length];
        var held = new int[shards];
        var ownCash = new int[shards];
        var cash = 0;
        // Each text's index, kind by kind from the count before it (ADR 0418): the owner is found by
        // the index the gateway's log just gave the key, not by probing the interner with its text again.
        var nextAccount = Before[(int)WireKeyKind.Account - 1];
        var nextPhone = Before[(int)WireKeyKind.Phone - 1];
        for (var i = 0; i < Texts.Length; i++)
        {
            var k = Texts[i];
            owner[i] = k.Kind switch
            {
                WireKeyKind.Account => owners.OfNewAccount(nextAccount++, k.Key),
                WireKeyKind.Phone => owners.OfNewPhone(nextPhone++, k.Key),
                _ => throw new InvalidDataException($"a {k.Kind} key among the batch's texts: only accounts' and numbers' are sent"),
            };
            held[owner[i]]++;
            if (k.Kind == WireKeyKind.Account && CashPoints.IsCash(k.Key))
            {
                cash++;
                ownCash[owner[i]]++;
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
            for (var i = 0; i < Texts.Length; i++)
            {
                var k = Texts[i];
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
            parts[s] = new ShardKeys(Entities, Before, Added, heldKeys[s], cashKeys[s]);
        }

        return parts;
    }

    /// <summary>Version 3's bytes of one key (its kind and its text with the text's length), as <see cref="EveryTextBytes"/> sums them.</summary>
    internal static long KeyBytes(string key)
    {
        var text = Encoding.UTF8.GetByteCount(key);
        return 1 + VarBytes(text) + text;
    }

    /// <summary>Version 3's bytes before the keys: the fingerprint, the counts before and the number of keys.</summary>
    internal static long HeaderBytes(int[] before, int keys)
    {
        long bytes = sizeof(ulong) + VarBytes(before.Length) + VarBytes(keys);
        foreach (var count in before)
        {
            bytes += VarBytes(count);
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
