using Breakcard.Core.Companies;
using Breakcard.Core.Links;

namespace Breakcard.Graph.Links;

/// <summary>
/// Finds addresses where at least <see cref="LinkOptions.MinShellCompanies"/> companies are
/// registered, ranked by the number of companies, then by how many are not operating or abnormal.
/// </summary>
public sealed class ShellFactoryFinder(EntityGraph entities, LinkOptions? options = null, IReadOnlyDictionary<string, Company>? companies = null)
{
    private readonly EntityGraph _g = entities ?? throw new ArgumentNullException(nameof(entities));

    /// <summary>The thresholds.</summary>
    public LinkOptions Options { get; } = options ?? new LinkOptions();

    /// <summary>Finds and ranks the shell factories.</summary>
    public IReadOnlyList<ShellFactory> Find()
    {
        var found = new List<ShellFactory>();
        foreach (var address in _g.NodesOf(EntityKind.Address))
        {
            var companyNodes = _g.Linked(address, LinkKind.LocatedAt, EntityKind.Company).ToArray();
            if (companyNodes.Length < Options.MinShellCompanies)
            {
                continue;
            }

            var people = new Dictionary<string, int>(StringComparer.Ordinal);
            var accounts = new SortedSet<string>(StringComparer.Ordinal);
            var statuses = new SortedDictionary<CompanyStatus, int>();
            foreach (var c in companyNodes)
            {
                foreach (var p in _g.NeighboursOf(c).ToArray().Where(n => _g.KindOf(n) == EntityKind.Person).Distinct())
                {
                    people[_g.IdOf(p)] = people.GetValueOrDefault(_g.IdOf(p)) + 1;
                }

                accounts.UnionWith(_g.Linked(c, LinkKind.HoldsAccount, EntityKind.Account).Select(_g.IdOf));
                if (companies?.GetValueOrDefault(_g.IdOf(c)) is { } company)
                {
                    statuses[company.Status] = statuses.GetValueOrDefault(company.Status) + 1;
                }
            }

            // Legal representatives always; other people (agents, shareholders) when behind two or more.
            var reps = companyNodes.SelectMany(c => _g.Linked(c, LinkKind.LegalRepresentative, EntityKind.Person)).Select(_g.IdOf).ToHashSet(StringComparer.Ordinal);
            var listed = people.Where(kv => reps.Contains(kv.Key) || kv.Value >= 2)
                .OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToArray();
            found.Add(new ShellFactory(0, _g.IdOf(address), [.. companyNodes.Select(_g.IdOf).Order(StringComparer.Ordinal)], listed, [.. accounts], statuses));
        }

        return found
            .OrderByDescending(f => f.CompanyIds.Count)
            .ThenByDescending(f => f.Statuses.Where(s => s.Key != CompanyStatus.Operating).Sum(s => s.Value))
            .ThenBy(f => f.Address, StringComparer.Ordinal)
            .Select((f, i) => f with { Rank = i + 1 })
            .ToArray();
    }
}
