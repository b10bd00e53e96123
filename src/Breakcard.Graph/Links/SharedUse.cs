using Breakcard.Core.Links;

namespace Breakcard.Graph.Links;

/// <summary>
/// Which accounts an entity connects, the way investigators read shared use:
/// a device — accounts used from it, and accounts whose contact phone was in it; a phone —
/// accounts naming it; an IP — accounts used from it; an address — accounts of the persons and
/// companies located there. Also who an account's holders are.
/// </summary>
public static class SharedUse
{
    /// <summary>The kinds of entity whose sharing links accounts.</summary>
    public static IReadOnlyList<EntityKind> SharedKinds { get; } = [EntityKind.Device, EntityKind.Phone, EntityKind.Ip, EntityKind.Address];

    /// <summary>Appends to <paramref name="into"/> the distinct account nodes <paramref name="entity"/> connects (cleared first).</summary>
    public static void AccountsOf(EntityGraph graph, int entity, List<int> into)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(into);
        into.Clear();
        var neighbours = graph.NeighboursOf(entity);
        var links = graph.LinkKindsOf(entity);
        switch (graph.KindOf(entity))
        {
            case EntityKind.Device:
                for (var i = 0; i < neighbours.Length; i++)
                {
                    if (links[i] == LinkKind.UsedFromDevice)
                    {
                        into.Add(neighbours[i]);
                    }
                    else if (links[i] == LinkKind.PhoneInDevice)
                    {
                        AddLinkedAccounts(graph, neighbours[i], LinkKind.AccountPhone, into);
                    }
                }

                break;
            case EntityKind.Phone:
                AddLinkedAccounts(graph, entity, LinkKind.AccountPhone, into);
                break;
            case EntityKind.Ip:
                AddLinkedAccounts(graph, entity, LinkKind.UsedFromIp, into);
                break;
            case EntityKind.Address:
                for (var i = 0; i < neighbours.Length; i++)
                {
                    if (links[i] == LinkKind.LocatedAt)
                    {
                        AddLinkedAccounts(graph, neighbours[i], LinkKind.HoldsAccount, into);
                    }
                }

                break;
            default:
                return;
        }

        if (into.Count > 1)
        {
            into.Sort();
            var w = 1;
            for (var i = 1; i < into.Count; i++)
            {
                if (into[i] != into[w - 1])
                {
                    into[w++] = into[i];
                }
            }

            into.RemoveRange(w, into.Count - w);
        }
    }

    /// <summary>
    /// The holder node of an account (the smallest when the data names several), or the account
    /// itself when no holder is known — so an unknown holder never merges with another.
    /// </summary>
    public static int HolderOf(EntityGraph graph, int account)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var best = -1;
        var neighbours = graph.NeighboursOf(account);
        var links = graph.LinkKindsOf(account);
        for (var i = 0; i < neighbours.Length; i++)
        {
            var h = neighbours[i];
            if (links[i] == LinkKind.HoldsAccount && graph.KindOf(h) is EntityKind.Person or EntityKind.Company && (best < 0 || h < best))
            {
                best = h;
            }
        }

        return best < 0 ? account : best;
    }

    /// <summary>Number of distinct holders of the given account nodes.</summary>
    public static int DistinctHolders(EntityGraph graph, List<int> accounts, HashSet<int> scratch)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(scratch);
        if (accounts.Count <= 64)
        {
            // Small groups (nearly all of them): sort on the stack instead of hashing.
            Span<int> holders = stackalloc int[accounts.Count];
            for (var i = 0; i < holders.Length; i++)
            {
                holders[i] = HolderOf(graph, accounts[i]);
            }

            holders.Sort();
            var distinct = holders.Length == 0 ? 0 : 1;
            for (var i = 1; i < holders.Length; i++)
            {
                distinct += holders[i] != holders[i - 1] ? 1 : 0;
            }

            return distinct;
        }

        scratch.Clear();
        foreach (var a in accounts)
        {
            scratch.Add(HolderOf(graph, a));
        }

        return scratch.Count;
    }

    private static void AddLinkedAccounts(EntityGraph graph, int node, LinkKind link, List<int> into)
    {
        var neighbours = graph.NeighboursOf(node);
        var links = graph.LinkKindsOf(node);
        for (var i = 0; i < neighbours.Length; i++)
        {
            if (links[i] == link && graph.KindOf(neighbours[i]) == EntityKind.Account)
            {
                into.Add(neighbours[i]);
            }
        }
    }
}
