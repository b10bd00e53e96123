using Breakcard.Core;
using Breakcard.Core.Links;
using Breakcard.Graph.Internal;
using Breakcard.Graph.Links.Internal;
using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Links;

/// <summary>
/// Finds rings: connected groups of accounts of different holders, where two accounts are
/// connected when they share a device, phone, IP or address that is not a hub, or when at least
/// <see cref="LinkOptions.MinFlow"/> moved between them and both are confirmed or suspected mules.
/// Hubs (an entity linking more distinct holders than its cap) are skipped so cash points, big
/// shops, carrier NAT addresses and dormitories cannot fuse a city into one component; ordinary
/// transfers between ordinary people never link. Rings are ranked by mule density weighted by
/// the number of suspected mules (ADR 76), then by the money they received. Linear in entities, links and transactions.
/// </summary>
public sealed class RingDetector(EntityGraph entities, MuleEvidence? evidence = null, LinkOptions? options = null)
{
    private readonly EntityGraph _g = entities ?? throw new ArgumentNullException(nameof(entities));

    /// <summary>The thresholds.</summary>
    public LinkOptions Options { get; } = options ?? new LinkOptions();

    /// <summary>Runs the detection.</summary>
    public RingReport Detect()
    {
        var uf = new UnionFind(_g.NodeCount);
        var map = AccountMap.Create(_g, evidence?.Graph);
        var hubs = new SortedDictionary<EntityKind, int>();
        var shared = UnionSharedEntities(uf, hubs, map);
        if (evidence is not null)
        {
            UnionSuspectedFlows(uf, map, evidence);
        }

        var components = Components(uf);
        var rings = new List<Ring>();
        var flows = evidence is null ? null : ComponentFlows(uf, map, evidence.Graph, components);
        var sharedByRoot = shared.GroupBy(s => uf.Find(s.FirstAccount)).ToDictionary(g => g.Key, g => g.ToList());
        var holders = new HashSet<int>();
        foreach (var (root, members) in components)
        {
            // Cheap tests first: most groups are households with nothing suspicious about them.
            if (SharedUse.DistinctHolders(_g, members, holders) < Options.MinRingHolders
                || (Options.RequireMuleEvidence && !members.Any(m => IsSuspect(map, m))))
            {
                continue;
            }

            rings.Add(Describe(members, map, sharedByRoot.GetValueOrDefault(root), flows?.GetValueOrDefault(root)));
        }

        var ranked = rings
            .OrderByDescending(r => r.RankWeight)
            .ThenByDescending(r => r.MuleDensity)
            .ThenByDescending(r => r.Inflow.Fen)
            .ThenBy(r => r.Accounts[0].AccountId, StringComparer.Ordinal)
            .Select((r, i) => r with { Rank = i + 1 })
            .ToArray();
        return new RingReport(ranked, hubs, components.Count);
    }

    private List<(int Entity, int FirstAccount, int Count)> UnionSharedEntities(UnionFind uf, SortedDictionary<EntityKind, int> hubs, AccountMap map)
    {
        // With mule evidence, a shared entity links only when one of its accounts is a confirmed
        // or suspected mule (ADR 76): otherwise households, shared family phones and small
        // offices chain the whole city into one component through ordinary accounts.
        var anchored = evidence is not null && Options.RequireMuleEvidence;
        // Finding each entity's accounts and holders is independent per entity and runs in
        // parallel; the unions (not thread safe) follow in entity order.
        var groups = new List<(int Entity, int[] Members)>();
        var hubCounts = new int[Enum.GetValues<EntityKind>().Max(k => (int)k) + 1];
        ParallelAccounts.For(
            _g.NodeCount,
            () => (Members: new List<int>(), Holders: new HashSet<int>(), Groups: new List<(int, int[])>(), Hubs: new int[hubCounts.Length]),
            (node, w) =>
            {
                var kind = _g.KindOf(node);
                if (kind is not (EntityKind.Device or EntityKind.Phone or EntityKind.Ip or EntityKind.Address))
                {
                    return;
                }

                SharedUse.AccountsOf(_g, node, w.Members);
                if (w.Members.Count < 2)
                {
                    return;
                }

                if (SharedUse.DistinctHolders(_g, w.Members, w.Holders) > Options.MaxHoldersFor(kind))
                {
                    w.Hubs[(int)kind]++;
                }
                else if (!anchored || w.Members.Exists(m => IsSuspect(map, m)))
                {
                    w.Groups.Add((node, [.. w.Members]));
                }
            },
            w =>
            {
                groups.AddRange(w.Groups);
                for (var k = 0; k < hubCounts.Length; k++)
                {
                    hubCounts[k] += w.Hubs[k];
                }
            });

        groups.Sort((a, b) => a.Entity.CompareTo(b.Entity));
        var shared = new List<(int, int, int)>(groups.Count);
        foreach (var (entity, members) in groups)
        {
            for (var i = 1; i < members.Length; i++)
            {
                uf.Union(members[0], members[i]);
            }

            shared.Add((entity, members[0], members.Length));
        }

        for (var k = 0; k < hubCounts.Length; k++)
        {
            if (hubCounts[k] > 0)
            {
                hubs[(EntityKind)k] = hubCounts[k];
            }
        }

        return shared;
    }

    private void UnionSuspectedFlows(UnionFind uf, AccountMap map, MuleEvidence ev)
    {
        var tg = ev.Graph;
        var suspect = new bool[tg.AccountCount];
        for (var a = 0; a < tg.AccountCount; a++)
        {
            suspect[a] = map.EntityOf(a) >= 0 && (ev.IsConfirmed(a) || ev.IsSuspected(a));
        }

        var pairs = new Dictionary<(int, int), long>();
        for (var a = 0; a < tg.AccountCount; a++)
        {
            if (!suspect[a])
            {
                continue;
            }

            foreach (var e in tg.OutEdges(a))
            {
                var b = tg.TargetOf(e);
                if (b != a && suspect[b])
                {
                    var key = a < b ? (a, b) : (b, a);
                    pairs[key] = pairs.GetValueOrDefault(key) + tg.FenOf(e);
                }
            }
        }

        foreach (var ((a, b), fen) in pairs)
        {
            if (fen >= Options.MinFlow.Fen)
            {
                uf.Union(map.EntityOf(a), map.EntityOf(b));
            }
        }
    }

    private Dictionary<int, List<int>> Components(UnionFind uf)
    {
        // Count first, then collect members only of groups large enough to be a ring.
        var size = new int[_g.NodeCount];
        for (var node = 0; node < _g.NodeCount; node++)
        {
            if (_g.KindOf(node) == EntityKind.Account)
            {
                size[uf.Find(node)]++;
            }
        }

        var byRoot = new Dictionary<int, List<int>>();
        for (var node = 0; node < _g.NodeCount; node++)
        {
            if (_g.KindOf(node) != EntityKind.Account)
            {
                continue;
            }

            var root = uf.Find(node);
            if (size[root] < Math.Max(2, Options.MinRingAccounts))
            {
                continue;
            }

            if (!byRoot.TryGetValue(root, out var list))
            {
                list = new List<int>(size[root]);
                byRoot[root] = list;
            }

            list.Add(node);
        }

        return byRoot;
    }

    private bool IsSuspect(AccountMap map, int node)
    {
        var a = map.GraphAccountOf(node);
        return a >= 0 && (evidence!.IsConfirmed(a) || evidence.IsSuspected(a));
    }

    private static Dictionary<int, (int Transfers, long Internal, long Inflow)> ComponentFlows(
        UnionFind uf, AccountMap map, TemporalGraph tg, Dictionary<int, List<int>> components)
    {
        var flows = new Dictionary<int, (int, long, long)>();
        var rootOf = new int[tg.AccountCount];
        for (var a = 0; a < tg.AccountCount; a++)
        {
            var node = map.EntityOf(a);
            var root = node < 0 ? -1 : uf.Find(node);
            rootOf[a] = root >= 0 && components.ContainsKey(root) ? root : -1;
        }

        for (var a = 0; a < tg.AccountCount; a++)
        {
            var rb = rootOf[a];
            if (rb < 0)
            {
                continue;
            }

            foreach (var e in tg.InEdges(a))
            {
                var (t, i, inflow) = flows.GetValueOrDefault(rb);
                flows[rb] = rootOf[tg.SourceOf(e)] == rb ? (t + 1, i + tg.FenOf(e), inflow) : (t, i, inflow + tg.FenOf(e));
            }
        }

        return flows;
    }

    private Ring Describe(List<int> members, AccountMap map, List<(int Entity, int FirstAccount, int Count)>? shared,
        (int Transfers, long Internal, long Inflow)? flow)
    {
        var accounts = new List<RingAccount>(members.Count);
        var holders = new SortedSet<string>(StringComparer.Ordinal);
        int confirmed = 0, suspected = 0;
        foreach (var node in members)
        {
            var holderIds = _g.HoldersOf(node).Select(_g.IdOf).Order(StringComparer.Ordinal).ToArray();
            holders.UnionWith(holderIds);
            if (holderIds.Length == 0)
            {
                holders.Add("?" + _g.IdOf(node));
            }

            var tgAccount = map.GraphAccountOf(node);
            var isConfirmed = tgAccount >= 0 && evidence!.IsConfirmed(tgAccount);
            var isSuspected = isConfirmed || (tgAccount >= 0 && evidence!.IsSuspected(tgAccount));
            confirmed += isConfirmed ? 1 : 0;
            suspected += isSuspected ? 1 : 0;
            var inflow = tgAccount >= 0 ? evidence!.ProfileOf(tgAccount).InFen : 0;
            accounts.Add(new RingAccount(_g.IdOf(node), holderIds, isConfirmed, isSuspected, new Money(inflow)));
        }

        var ordered = accounts.OrderByDescending(a => a.Suspected).ThenBy(a => a.AccountId, StringComparer.Ordinal).ToArray();
        var sharedEntities = (shared ?? [])
            .OrderByDescending(s => s.Count).ThenBy(s => s.Entity)
            .Select(s => new SharedEntity(_g.NodeOf(s.Entity), s.Count)).ToArray();
        var (transfers, internalFen, inflowFen) = flow ?? (0, 0, 0);
        return new Ring(0, ordered, [.. holders.Where(h => !h.StartsWith('?'))], sharedEntities,
            transfers, new Money(internalFen), new Money(inflowFen), confirmed, suspected);
    }
}
