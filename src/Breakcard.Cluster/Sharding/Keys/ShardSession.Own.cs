using Breakcard.Detection.Reference;

namespace Breakcard.Cluster.Sharding;

/// <content>
/// What a shard keeps of the entity files once ownership, relay groups, readiness and the entity
/// fingerprint have read them: the texts of its own identifiers (ADR 0358) and the full profiles
/// of the entities it applies (ADR 0378).
/// </content>
public sealed partial class ShardSession
{
    /// <summary>
    /// Lets go of what this shard does not read. Texts (ADR 0358): accounts and numbers of other
    /// shards' holders (an alert names another shard's counterparty by index, and the gateway writes
    /// its text), holders of other shards, and every device (a device is counted by index; an
    /// alert's device fact is named by the gateway too). Profiles (ADR 0378): kept in full for the
    /// holders whose entities this shard applies — its own, and those of the accounts and numbers
    /// of a relay group it belongs to (a bound phone's shard applies the logins of the accounts
    /// bound to it, re-scoring them and pushing linked risk to their holder's other entities) —
    /// and for those holders' accounts and numbers; of every other account and number only the
    /// holder and flags, which is all a shard reads of another's (a transfer's other side, a
    /// place's distinct holders, readiness groups).
    /// </summary>
    private static void KeepOwn(ReferenceData reference, ShardOwnership owners, int shard, int shards)
    {
        // The session's own ownership, asked without its owner cache by index (which would keep 4 B
        // per entity of the files for the shard's life); before ADR 0418 a second ownership was
        // built here and thrown away, its relay groups computed twice per shard start.
        var holders = new bool[reference.HolderCount];
        for (var h = 0; h < holders.Length; h++)
        {
            holders[h] = ShardRouter.ShardOf(reference.Holders.KeyOf(h), shards) == shard;
        }

        var relayAccounts = Relay(reference.Accounts.Count, a => owners.RelayShardsOfAccount(a).Contains(shard), a => reference.Account(a).Holder, holders);
        var relayPhones = Relay(reference.Phones.Count, p => owners.RelayShardsOfPhone(p).Contains(shard), p => reference.Phone(p).Holder, holders);
        var ownAccounts = new bool[reference.Accounts.Count];
        for (var a = 0; a < ownAccounts.Length; a++)
        {
            ownAccounts[a] = owners.OfFileAccount(a) == shard;
        }

        var ownPhones = new bool[reference.Phones.Count];
        for (var p = 0; p < ownPhones.Length; p++)
        {
            ownPhones[p] = owners.OfFilePhone(p) == shard;
        }

        reference.FreezeProfiles();
        reference.KeepProfiles(
            h => holders[h],
            a => ownAccounts[a] || relayAccounts[a] || Kept(holders, reference.Account(a).Holder),
            p => ownPhones[p] || relayPhones[p] || Kept(holders, reference.Phone(p).Holder));
        reference.Accounts.Retain(a => ownAccounts[a]);
        reference.Phones.Retain(p => ownPhones[p]);
        reference.Holders.Retain(h => ShardRouter.ShardOf(reference.Holders.KeyOf(h), shards) == shard);
        reference.Devices.Retain(static _ => false);
        reference.Ips.Retain(static _ => false);
        reference.Cells.Retain(static _ => false);
    }

    /// <summary>The entities of <paramref name="count"/> in a relay group of this shard; their holders join <paramref name="holders"/>.</summary>
    private static bool[] Relay(int count, Func<int, bool> inGroup, Func<int, int> holderOf, bool[] holders)
    {
        var relay = new bool[count];
        for (var i = 0; i < count; i++)
        {
            if (inGroup(i))
            {
                relay[i] = true;
                var h = holderOf(i);
                if (h >= 0)
                {
                    holders[h] = true;
                }
            }
        }

        return relay;
    }

    private static bool Kept(bool[] holders, int holder) => holder >= 0 && holders[holder];
}
