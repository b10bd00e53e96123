using Breakcard.Cases.Errors;
using Breakcard.Cases.Identity;
using Breakcard.Cases.Workflow;
using K = Breakcard.Cases.Identity.InstitutionKind;
using S = Breakcard.Cases.Workflow.CaseState;

namespace Breakcard.Cases.Tests.Workflow;

/// <summary>The state machine: every state × action × custodian kind, against the design written out here.</summary>
public sealed class CaseWorkflowTests
{
    private static readonly K[] Reporting = [K.Bank, K.PaymentInstitution, K.Telecom, K.Platform];

    // (action, from, custodian kinds, to)
    private static readonly (CaseAction, S, K[], S)[] Legal =
    [
        (CaseAction.StartVerification, S.New, [.. Reporting, K.Police], S.Verifying),
        (CaseAction.Confirm, S.Verifying, [.. Reporting, K.Police], S.Confirmed),
        (CaseAction.Dismiss, S.New, [.. Reporting, K.Police], S.Dismissed),
        (CaseAction.Dismiss, S.Verifying, [.. Reporting, K.Police], S.Dismissed),
        (CaseAction.Dismiss, S.Confirmed, [.. Reporting, K.Police], S.Dismissed),
        (CaseAction.Dismiss, S.TransferredToPolice, [K.Police, K.Procuratorate], S.Dismissed),
        (CaseAction.TransferToPolice, S.Confirmed, [.. Reporting, K.Police], S.TransferredToPolice),
        (CaseAction.ReferForProsecution, S.TransferredToPolice, [K.Police], S.TransferredToPolice),
        (CaseAction.Prosecute, S.TransferredToPolice, [K.Procuratorate], S.Prosecuted),
        (CaseAction.Judge, S.Prosecuted, [K.Court], S.Judged),
    ];

    [Fact]
    public void Problem_EveryStateActionAndCustodian_MatchesTheDesign()
    {
        var count = 0;
        foreach (var action in Enum.GetValues<CaseAction>())
        {
            foreach (var state in Enum.GetValues<S>())
            {
                foreach (var kind in Enum.GetValues<K>())
                {
                    var legal = Legal.Any(l => l.Item1 == action && l.Item2 == state && l.Item3.Contains(kind));
                    var problem = CaseWorkflow.Problem(action, state, kind);
                    Assert.True(legal == (problem is null), $"{action} from {state} at {kind}: {problem ?? "allowed"}");
                    count++;
                }
            }
        }

        Assert.Equal(7 * 7 * 7, count);
    }

    [Fact]
    public void Require_Legal_ReturnsTheTargetState()
    {
        foreach (var (action, from, kinds, to) in Legal)
        {
            Assert.Equal(to, CaseWorkflow.Require("CS-000001", action, from, kinds[0]).To);
        }
    }

    [Fact]
    public void Require_FromFinalState_SaysItIsFinalAndWhereTheStepStarts()
    {
        var ex = Assert.Throws<StateConflictException>(() => CaseWorkflow.Require("CS-000007", CaseAction.Confirm, S.Judged, K.Bank));
        Assert.Equal("case 'CS-000007': illegal transition: the case is judged (judged is final); 'confirm' is allowed only from verifying", ex.Message);
    }

    [Fact]
    public void Require_WrongCustodian_SaysWhoTakesTheStep()
    {
        var ex = Assert.Throws<StateConflictException>(() => CaseWorkflow.Require("CS-000002", CaseAction.Prosecute, S.TransferredToPolice, K.Police));
        Assert.Contains("'prosecute' of a transferred to police case is taken by a procuratorate, and the case is held by a police organ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Available_ConfirmedAtBank_IsDismissOrTransfer()
    {
        Assert.Equal([CaseAction.Dismiss, CaseAction.TransferToPolice], CaseWorkflow.Available(S.Confirmed, K.Bank).Select(t => t.Action).Order());
        Assert.Empty(CaseWorkflow.Available(S.Judged, K.Court));
        Assert.Empty(CaseWorkflow.Available(S.Dismissed, K.Police));
    }

    [Fact]
    public void EveryState_IsReachableFromNew()
    {
        var reached = new HashSet<S> { S.New };
        bool grew;
        do
        {
            grew = false;
            foreach (var t in CaseWorkflow.Transitions.Where(t => t.From.Any(reached.Contains)))
            {
                grew |= reached.Add(t.To);
            }
        }
        while (grew);

        Assert.Equal(Enum.GetValues<S>().Order(), reached.Order());
    }
}
