using Breakcard.Core.Links;
using Breakcard.Graph.Links.Internal;
using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Links;

/// <summary>
/// Distance of every account to the nearest confirmed mule, by multi-source breadth-first search
/// over transfers (either direction) and shared devices, phones, IPs and addresses (one hop per
/// shared entity). Cash points, external accounts and accounts with more than
/// <see cref="LinkOptions.MaxDistanceCounterparties"/> counterparties do not pass distance on,
/// nor do hub entities; accounts farther than <see cref="LinkOptions.MaxMuleDistance"/> are
/// unreachable. Immutable.
/// </summary>
public sealed class MuleDistances
{
    private readonly Dictionary<string, int> _distance;

    private MuleDistances(Dictionary<string, int> distance, int sources)
    {
        _distance = distance;
        Sources = sources;
    }

    /// <summary>Number of confirmed mules the search started from.</summary>
    public int Sources { get; }

    /// <summary>Accounts within reach, with their distance (0 = a confirmed mule).</summary>
    public IReadOnlyDictionary<string, int> ByAccount => _distance;

    /// <summary>Accounts at each distance.</summary>
    public IReadOnlyDictionary<int, int> Histogram => _distance.Values.GroupBy(d => d).OrderBy(g => g.Key).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The distance of an account, or null when unreachable within the limit.</summary>
    public int? DistanceOf(string accountId) => _distance.TryGetValue(accountId, out var d) ? d : null;

    /// <summary>
    /// Runs the search from <paramref name="confirmedMules"/> (account ids) and every account flagged
    /// <see cref="AccountFlags.ConfirmedMule"/> in <paramref name="transactions"/>.
    /// </summary>
    public static MuleDistances Compute(EntityGraph? entities, TemporalGraph? transactions, IEnumerable<string> confirmedMules, LinkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(confirmedMules);
        options ??= new LinkOptions();
        var search = new Search(entities, transactions, options);
        foreach (var id in confirmedMules)
        {
            search.Seed(id);
        }

        if (transactions is not null)
        {
            for (var a = 0; a < transactions.AccountCount; a++)
            {
                if ((transactions.FlagsOf(a) & AccountFlags.ConfirmedMule) != 0)
                {
                    search.Seed(transactions.Accounts.NameOf(a));
                }
            }
        }

        var sources = search.Distances.Count;
        search.Run();
        return new MuleDistances(search.Distances, sources);
    }

    private sealed class Search(EntityGraph? entities, TemporalGraph? transactions, LinkOptions options)
    {
        private readonly Queue<string> _queue = new();
        private readonly HashSet<int> _expandedEntities = [];
        private readonly List<int> _members = [];
        private readonly HashSet<int> _holders = [];
        private readonly HashSet<int> _counterparties = [];

        public Dictionary<string, int> Distances { get; } = new(StringComparer.Ordinal);

        public void Seed(string accountId)
        {
            if (Distances.TryAdd(accountId, 0))
            {
                _queue.Enqueue(accountId);
            }
        }

        public void Run()
        {
            while (_queue.TryDequeue(out var account))
            {
                var d = Distances[account];
                if (d >= options.MaxMuleDistance)
                {
                    continue;
                }

                ExpandTransfers(account, d + 1);
                ExpandSharedEntities(account, d + 1);
            }
        }

        private void Reach(string account, int distance)
        {
            if (Distances.TryAdd(account, distance))
            {
                _queue.Enqueue(account);
            }
        }

        private void ExpandTransfers(string accountId, int next)
        {
            if (transactions is null || !transactions.Accounts.TryGetId(accountId, out var a) || a >= transactions.AccountCount
                || (transactions.FlagsOf(a) & (AccountFlags.Cash | AccountFlags.External)) != 0 || IsBusy(a))
            {
                return;
            }

            foreach (var e in transactions.OutEdges(a))
            {
                Step(transactions.TargetOf(e), next);
            }

            foreach (var e in transactions.InEdges(a))
            {
                Step(transactions.SourceOf(e), next);
            }
        }

        private void Step(int other, int next)
        {
            if ((transactions!.FlagsOf(other) & AccountFlags.Cash) == 0)
            {
                Reach(transactions.Accounts.NameOf(other), next);
            }
        }

        private bool IsBusy(int a)
        {
            if (transactions!.InDegree(a) + transactions.OutDegree(a) <= options.MaxDistanceCounterparties)
            {
                return false;
            }

            _counterparties.Clear();
            foreach (var e in transactions.OutEdges(a))
            {
                _counterparties.Add(transactions.TargetOf(e));
            }

            foreach (var e in transactions.InEdges(a))
            {
                _counterparties.Add(transactions.SourceOf(e));
            }

            return _counterparties.Count > options.MaxDistanceCounterparties;
        }

        private void ExpandSharedEntities(string accountId, int next)
        {
            if (entities is null || !entities.TryFind(EntityKind.Account, accountId, out var node))
            {
                return;
            }

            foreach (var shared in SharedEntitiesOf(node))
            {
                if (!_expandedEntities.Add(shared))
                {
                    continue;
                }

                SharedUse.AccountsOf(entities, shared, _members);
                if (SharedUse.DistinctHolders(entities, _members, _holders) > options.MaxHoldersFor(entities.KindOf(shared)))
                {
                    continue;
                }

                foreach (var m in _members)
                {
                    Reach(entities.IdOf(m), next);
                }
            }
        }

        private IEnumerable<int> SharedEntitiesOf(int account)
        {
            var g = entities!;
            var neighbours = g.NeighboursOf(account).ToArray();
            var links = g.LinkKindsOf(account).ToArray();
            for (var i = 0; i < neighbours.Length; i++)
            {
                switch (links[i])
                {
                    case LinkKind.UsedFromDevice or LinkKind.UsedFromIp or LinkKind.AccountPhone:
                        yield return neighbours[i];
                        break;
                    case LinkKind.HoldsAccount:
                        foreach (var address in g.Linked(neighbours[i], LinkKind.LocatedAt, EntityKind.Address))
                        {
                            yield return address;
                        }

                        break;
                }
            }
        }
    }
}
