using System.Collections.Immutable;
using Breakcard.Cases.Access;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Sharing;
using Breakcard.Cases.Workflow;

namespace Breakcard.Cases.Views;

/// <summary>
/// A case as one caller sees it: the header, the items its institution supplied or was given,
/// the public timeline plus its own entries, the shares it made or received, and the steps it may
/// take next. Immutable.
/// </summary>
/// <param name="Header">The case header.</param>
/// <param name="Relation">Own (in the caller's custody) or shared.</param>
/// <param name="Items">Visible items, in the order added.</param>
/// <param name="Timeline">Visible timeline entries, oldest first.</param>
/// <param name="Shares">Shares of this case made or received by the caller's institution.</param>
/// <param name="NextSteps">Workflow steps the case's state and custody allow (the caller's role decides whether it may take them).</param>
/// <param name="Revealed">Identifiers shown unmasked (audited).</param>
public sealed record CaseView(
    CaseRecord Header,
    Relation Relation,
    ImmutableArray<ItemView> Items,
    ImmutableArray<TimelineEntry> Timeline,
    ImmutableArray<Share> Shares,
    ImmutableArray<CaseAction> NextSteps,
    ImmutableArray<RevealedIdentifier> Revealed);
