using Breakcard.Cases.Access;
using Breakcard.Cases.Identity;

namespace Breakcard.Cases.Workflow;

/// <summary>One step of the workflow: from which states, by which kind of custodian, to which state, under which permission. Immutable.</summary>
/// <param name="Action">The step.</param>
/// <param name="From">States it may start from.</param>
/// <param name="To">Resulting state.</param>
/// <param name="Operation">The permission it needs (roles in <see cref="AccessPolicy"/>; always on the caller's own case, i.e. in its custody).</param>
/// <param name="Custodians">Kinds of institution that may hold the case when the step is taken.</param>
/// <param name="HandOverTo">Kind of institution custody passes to, or null when custody stays.</param>
/// <param name="Words">Past tense for the timeline, for example "transferred to police".</param>
public sealed record Transition(
    CaseAction Action,
    IReadOnlyList<CaseState> From,
    CaseState To,
    Operation Operation,
    IReadOnlyList<InstitutionKind> Custodians,
    InstitutionKind? HandOverTo,
    string Words);
