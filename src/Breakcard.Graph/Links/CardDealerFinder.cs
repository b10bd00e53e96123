using Breakcard.Core.Links;

namespace Breakcard.Graph.Links;

/// <summary>
/// Finds card dealers: a person whose own devices log in to, or whose own phone numbers verify,
/// the accounts of at least <see cref="LinkOptions.MinDealerHolders"/> other holders; and devices
/// with no known owner that do the same. Sellers hand over the "four-piece set" (card, U-shield,
/// phone card, ID copy), so the dealer's handset ends up operating many strangers' accounts.
/// </summary>
public sealed class CardDealerFinder(EntityGraph entities, LinkOptions? options = null)
{
    private readonly EntityGraph _g = entities ?? throw new ArgumentNullException(nameof(entities));

    /// <summary>The thresholds.</summary>
    public LinkOptions Options { get; } = options ?? new LinkOptions();

    /// <summary>Finds and ranks the dealers.</summary>
    public IReadOnlyList<CardDealer> Find()
    {
        var dealers = new List<CardDealer>();
        var members = new List<int>();
        for (var node = 0; node < _g.NodeCount; node++)
        {
            var kind = _g.KindOf(node);
            List<int> instruments;
            if (kind == EntityKind.Person)
            {
                instruments = [.. _g.Linked(node, LinkKind.OwnsDevice, EntityKind.Device), .. _g.Linked(node, LinkKind.HoldsPhone, EntityKind.Phone)];
            }
            else if (kind == EntityKind.Device && !_g.Linked(node, LinkKind.OwnsDevice, EntityKind.Person).Any())
            {
                instruments = [node];
            }
            else
            {
                continue;
            }

            var dealer = Describe(node, instruments, members);
            if (dealer is not null)
            {
                dealers.Add(dealer);
            }
        }

        return dealers
            .OrderByDescending(d => d.Holders).ThenByDescending(d => d.Accounts.Count).ThenBy(d => d.Controller.Id, StringComparer.Ordinal)
            .Select((d, i) => d with { Rank = i + 1 })
            .ToArray();
    }

    private CardDealer? Describe(int controller, List<int> instruments, List<int> members)
    {
        var accounts = new SortedDictionary<string, ControlledAccount>(StringComparer.Ordinal);
        var holders = new HashSet<string>(StringComparer.Ordinal);
        var used = new SortedSet<int>();
        var controllerId = _g.IdOf(controller);
        foreach (var instrument in instruments)
        {
            // A phone's own accounts are those naming it; a device's include the accounts of the phones in it.
            SharedUse.AccountsOf(_g, instrument, members);
            foreach (var account in members)
            {
                var holderIds = _g.HoldersOf(account).Select(_g.IdOf).Order(StringComparer.Ordinal).ToArray();
                if (holderIds.Length == 0 || holderIds.Contains(controllerId))
                {
                    continue;
                }

                used.Add(instrument);
                holders.UnionWith(holderIds);
                accounts.TryAdd(_g.IdOf(account), new ControlledAccount(_g.IdOf(account), holderIds, _g.NodeOf(instrument)));
            }
        }

        return holders.Count >= Options.MinDealerHolders
            ? new CardDealer(0, _g.NodeOf(controller), [.. used.Select(_g.NodeOf)], [.. accounts.Values], holders.Count)
            : null;
    }
}
