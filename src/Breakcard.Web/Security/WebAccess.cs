using Breakcard.Cases.Errors;
using Breakcard.Cases.Identity;

namespace Breakcard.Web.Security;

/// <summary>
/// Who may use the capabilities that live outside the case store (live monitoring, decisions,
/// traces, screening). Everything in the store is checked by the case service layer itself; this
/// table extends its roles and institution kinds to the rest, in the same terms (docs/web.md, ADR 0091).
/// </summary>
public static class WebAccess
{
    /// <summary>Operations of the web host.</summary>
    public enum Op
    {
        /// <summary>Send events to the institution's own monitor.</summary>
        SubmitEvents,

        /// <summary>Ask for a payment decision.</summary>
        Decide,

        /// <summary>Read the own monitor's alerts.</summary>
        ViewAlerts,

        /// <summary>Escalate or dismiss an alert.</summary>
        TriageAlerts,

        /// <summary>Trace money through the own institution's transactions (police: any institution's, audited).</summary>
        Trace,

        /// <summary>Screen job-ad texts.</summary>
        Screen,

        /// <summary>Link analysis (rings, dealers, shell factories, mule distance, neighbourhoods) over the own institution's data (police: any institution's, audited).</summary>
        LinkAnalysis,

        /// <summary>Upload judgments for extraction, and read the sentencing-consistency findings (which name defendants as the court published them).</summary>
        Judgments,

        /// <summary>Read judgment statistics (aggregates, no names).</summary>
        JudgmentStatistics,
    }

    /// <summary>True when the caller may take <paramref name="op"/> on data of <paramref name="ownerInstitutionId"/> (null: not about one institution's data).</summary>
    public static bool Allows(Caller caller, Op op, string? ownerInstitutionId = null)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var own = ownerInstitutionId is null || ownerInstitutionId == caller.InstitutionId;
        var reporting = caller.InstitutionKind is InstitutionKind.Bank or InstitutionKind.PaymentInstitution or InstitutionKind.Telecom or InstitutionKind.Platform;
        var worker = caller.Role is Role.Analyst or Role.Supervisor;
        return op switch
        {
            Op.SubmitEvents or Op.ViewAlerts or Op.TriageAlerts => own && reporting && worker,
            Op.Decide => own && worker && caller.InstitutionKind is InstitutionKind.Bank or InstitutionKind.PaymentInstitution,
            Op.Trace or Op.LinkAnalysis => (own && worker && caller.InstitutionKind is InstitutionKind.Bank or InstitutionKind.PaymentInstitution)
                        || caller.Role == Role.Investigator,
            Op.Judgments => caller.Role is Role.Judge or Role.Prosecutor or Role.Investigator,
            Op.JudgmentStatistics => caller.Role is not Role.Auditor,
            Op.Screen => caller.Role is not (Role.Administrator or Role.Auditor),
            _ => false,
        };
    }

    /// <summary>Throws <see cref="AccessDeniedException"/> unless allowed.</summary>
    public static void Require(Caller caller, Op op, string? ownerInstitutionId = null)
    {
        if (!Allows(caller, op, ownerInstitutionId))
        {
            throw new AccessDeniedException(caller.UserId, $"a {caller.Role.ToString().ToLowerInvariant()} at a {caller.InstitutionKind.ToString().ToLowerInvariant()} may not {Describe(op)}"
                + (ownerInstitutionId is not null && ownerInstitutionId != caller.InstitutionId ? $" on data of {ownerInstitutionId}" : ""));
        }
    }

    private static string Describe(Op op) => op switch
    {
        Op.SubmitEvents => "submit events",
        Op.Decide => "ask for payment decisions",
        Op.ViewAlerts => "read alerts",
        Op.TriageAlerts => "triage alerts",
        Op.Trace => "trace funds",
        Op.LinkAnalysis => "analyse links",
        Op.Judgments => "upload judgments or read sentencing findings",
        Op.JudgmentStatistics => "read judgment statistics",
        _ => "screen texts",
    };
}
