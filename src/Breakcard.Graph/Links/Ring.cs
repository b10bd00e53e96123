using Breakcard.Core;

namespace Breakcard.Graph.Links;

/// <summary>One account of a ring.</summary>
/// <param name="AccountId">Account number (personal data: mask before printing).</param>
/// <param name="HolderIds">Ids of its holders (empty when unknown).</param>
/// <param name="Confirmed">A confirmed mule.</param>
/// <param name="Suspected">Suspected by monitoring score or the pass-through test.</param>
/// <param name="Inflow">Money received over the data.</param>
public sealed record RingAccount(string AccountId, IReadOnlyList<string> HolderIds, bool Confirmed, bool Suspected, Money Inflow);

/// <summary>An entity several of a ring's accounts share (the evidence that links them).</summary>
/// <param name="Entity">The shared device, phone, IP or address.</param>
/// <param name="Accounts">How many of the ring's accounts it connects.</param>
public sealed record SharedEntity(EntityNode Entity, int Accounts);

/// <summary>
/// A ring: accounts of different holders connected by shared devices, phones, IPs or addresses,
/// or by money moving between suspected accounts (docs/tracing.md, "Rings").
/// </summary>
/// <param name="Rank">1 = highest <see cref="RankWeight"/> (mule density × suspected mules), then largest inflow.</param>
/// <param name="Accounts">Member accounts, suspected first.</param>
/// <param name="HolderIds">Distinct holders.</param>
/// <param name="Shared">Shared entities, most connecting first.</param>
/// <param name="InternalTransfers">Transfers between member accounts.</param>
/// <param name="InternalFlow">Money moved between member accounts.</param>
/// <param name="Inflow">Money received by member accounts from outside the ring.</param>
/// <param name="ConfirmedMules">Members confirmed as mules.</param>
/// <param name="SuspectedMules">Members confirmed or suspected.</param>
public sealed record Ring(
    int Rank,
    IReadOnlyList<RingAccount> Accounts,
    IReadOnlyList<string> HolderIds,
    IReadOnlyList<SharedEntity> Shared,
    int InternalTransfers,
    Money InternalFlow,
    Money Inflow,
    int ConfirmedMules,
    int SuspectedMules)
{
    /// <summary>Share of member accounts that are confirmed or suspected mules (0–1).</summary>
    public double MuleDensity => Accounts.Count == 0 ? 0 : (double)SuspectedMules / Accounts.Count;

    /// <summary>
    /// What the ranking sorts by: mule density weighted by the number of mules it rests on
    /// (suspected² / accounts), so a household of three with one pass-through card (1/3) ranks
    /// below a ring of 300 accounts with 50 suspected mules (8.3) — ADR 76.
    /// </summary>
    public double RankWeight => SuspectedMules * MuleDensity;
}

/// <summary>The result of ring detection.</summary>
/// <param name="Rings">Rings, ranked.</param>
/// <param name="HubsSkipped">Shared entities skipped as hubs, by kind.</param>
/// <param name="Components">Connected groups with at least <see cref="LinkOptions.MinRingAccounts"/> accounts, before the holder and mule-evidence filters.</param>
public sealed record RingReport(IReadOnlyList<Ring> Rings, IReadOnlyDictionary<Core.Links.EntityKind, int> HubsSkipped, int Components);
