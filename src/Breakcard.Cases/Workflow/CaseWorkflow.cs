using System.Collections.Immutable;
using Breakcard.Cases.Access;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Internal;
using K = Breakcard.Cases.Identity.InstitutionKind;
using S = Breakcard.Cases.Workflow.CaseState;

namespace Breakcard.Cases.Workflow;

/// <summary>
/// The case workflow as an explicit state machine: new → verifying → confirmed | dismissed →
/// transferred to police → prosecuted → judged. Each step names the states it starts from, the
/// kind of institution that must hold the case, the permission it needs, and where custody goes.
/// Anything else is an illegal transition with a message saying why. Pure and thread safe.
/// </summary>
public static class CaseWorkflow
{
    private static readonly K[] Reporting = [K.Bank, K.PaymentInstitution, K.Telecom, K.Platform];
    private static readonly K[] ReportingOrPolice = [.. Reporting, K.Police];

    /// <summary>Every step.</summary>
    public static ImmutableArray<Transition> Transitions { get; } =
    [
        new(CaseAction.StartVerification, [S.New], S.Verifying, Operation.StartVerification, ReportingOrPolice, null, "verification started"),
        new(CaseAction.Confirm, [S.Verifying], S.Confirmed, Operation.ConfirmCase, ReportingOrPolice, null, "confirmed"),
        new(CaseAction.Dismiss, [S.New, S.Verifying, S.Confirmed], S.Dismissed, Operation.DismissCase, ReportingOrPolice, null, "dismissed"),
        new(CaseAction.Dismiss, [S.TransferredToPolice], S.Dismissed, Operation.DismissCase, [K.Police, K.Procuratorate], null, "dismissed"),
        new(CaseAction.TransferToPolice, [S.Confirmed], S.TransferredToPolice, Operation.TransferToPolice, ReportingOrPolice, K.Police, "transferred to police"),
        new(CaseAction.ReferForProsecution, [S.TransferredToPolice], S.TransferredToPolice, Operation.ReferForProsecution, [K.Police], K.Procuratorate,
            "referred for prosecution"),
        new(CaseAction.Prosecute, [S.TransferredToPolice], S.Prosecuted, Operation.Prosecute, [K.Procuratorate], K.Court, "prosecuted"),
        new(CaseAction.Judge, [S.Prosecuted], S.Judged, Operation.Judge, [K.Court], null, "judged"),
    ];

    /// <summary>True for states no step leaves.</summary>
    public static bool IsTerminal(CaseState state) => state is S.Dismissed or S.Judged;

    /// <summary>The first step for <paramref name="action"/> (dismissal has two: before and after transfer; both need the same permission).</summary>
    public static Transition For(CaseAction action) =>
        Transitions.FirstOrDefault(t => t.Action == action) ?? throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown action.");

    /// <summary>The step for <paramref name="action"/> from <paramref name="state"/>, or null when the action never starts there.</summary>
    public static Transition? For(CaseAction action, CaseState state) =>
        Transitions.FirstOrDefault(t => t.Action == action && t.From.Contains(state));

    /// <summary>The steps that may start from <paramref name="state"/> at a custodian of <paramref name="custodian"/> kind.</summary>
    public static IEnumerable<Transition> Available(CaseState state, InstitutionKind custodian) =>
        Transitions.Where(t => t.From.Contains(state) && t.Custodians.Contains(custodian));

    /// <summary>
    /// Why <paramref name="action"/> may not be taken on a case in <paramref name="state"/> held by a
    /// <paramref name="custodian"/>, or null when it may.
    /// </summary>
    public static string? Problem(CaseAction action, CaseState state, InstitutionKind custodian)
    {
        var t = For(action, state);
        if (t is null)
        {
            var from = string.Join(" or ", Transitions.Where(x => x.Action == action).SelectMany(x => x.From).Select(Names.Of));
            var terminal = IsTerminal(state) ? $" ({Names.Of(state)} is final)" : "";
            return $"illegal transition: the case is {Names.Of(state)}{terminal}; '{Names.Of(action)}' is allowed only from {from}";
        }

        if (!t.Custodians.Contains(custodian))
        {
            return $"illegal transition: '{Names.Of(action)}' of {Names.A(Names.Of(state))} case is taken by {string.Join(" or ", t.Custodians.Select(k => Names.A(Names.Of(k))))}, and the case is held by {Names.A(Names.Of(custodian))}";
        }

        return null;
    }

    /// <summary>Throws <see cref="StateConflictException"/> when <see cref="Problem"/> finds one; returns the step.</summary>
    public static Transition Require(string caseId, CaseAction action, CaseState state, InstitutionKind custodian)
    {
        var problem = Problem(action, state, custodian);
        return problem is null ? For(action, state)! : throw new StateConflictException($"case '{caseId}': {problem}");
    }
}
