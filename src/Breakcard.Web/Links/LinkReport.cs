using Breakcard.Core.Links;
using Breakcard.Graph.Links;
using Breakcard.Graph.Temporal;
using LinkOptions = Breakcard.Graph.Links.LinkOptions;

namespace Breakcard.Web.Links;

/// <summary>
/// Link analysis of one monitor's data at one moment (ADR 0148): the entity graph (reference data
/// plus the online-banking logins received), the transaction graph, and what Breakcard.Graph found
/// in them — rings anchored on suspected mules, card dealers, shell-company factories. Computed on
/// first use after the data changed, then shared by every request until it changes again.
/// </summary>
public sealed class LinkReport
{
    private LinkReport(EntityGraph entities, TemporalGraph transactions, RingReport rings, IReadOnlyList<CardDealer> dealers, IReadOnlyList<ShellFactory> shells, LinkOptions options)
    {
        Entities = entities;
        Transactions = transactions;
        Rings = rings;
        Dealers = dealers;
        Shells = shells;
        Options = options;
    }

    /// <summary>The entity graph.</summary>
    public EntityGraph Entities { get; }

    /// <summary>The transaction graph.</summary>
    public TemporalGraph Transactions { get; }

    /// <summary>Rings.</summary>
    public RingReport Rings { get; }

    /// <summary>Card dealers.</summary>
    public IReadOnlyList<CardDealer> Dealers { get; }

    /// <summary>Shell-company factories.</summary>
    public IReadOnlyList<ShellFactory> Shells { get; }

    /// <summary>The thresholds used.</summary>
    public LinkOptions Options { get; }

    /// <summary>Runs every finder, as <c>breakcard links</c> does.</summary>
    public static LinkReport Run(EntityGraph entities, TemporalGraph transactions, ReferenceWorld? world, LinkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(entities);
        ArgumentNullException.ThrowIfNull(transactions);
        options ??= new LinkOptions();
        // Rings are anchored on suspected mules: without transactions there is no mule evidence.
        var rings = transactions.AccountCount == 0
            ? new RingReport([], new Dictionary<EntityKind, int>(), 0)
            : new RingDetector(entities, MuleEvidence.Compute(transactions, options), options).Detect();
        var dealers = new CardDealerFinder(entities, options).Find();
        var companies = world?.Companies.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var shells = new ShellFactoryFinder(entities, options, companies).Find();
        return new LinkReport(entities, transactions, rings, dealers, shells, options);
    }

    /// <summary>Distances from every account to the nearest of <paramref name="confirmed"/> (accounts that have transacted).</summary>
    public MuleDistances DistancesTo(IReadOnlyList<string> confirmed) => MuleDistances.Compute(Entities, Transactions, confirmed, Options);
}
