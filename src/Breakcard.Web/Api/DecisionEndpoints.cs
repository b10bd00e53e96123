using Breakcard.Core;
using Breakcard.Web.Hosting;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Security;

namespace Breakcard.Web.Api;

/// <summary>
/// <c>POST /api/v1/decisions</c>: a bank's payment flow asks, for one transfer, whether to allow,
/// review or block it. The answer reads the risk the institution's own monitor has already raised
/// about the paying and receiving accounts, and maps its control band (ADR 0063: 50 re-verify,
/// 65 delay settlement, 80 restrict non-counter business, 90 suspend) to an action (ADR 0092).
/// </summary>
internal static class DecisionEndpoints
{
    public const string RatePolicy = "decisions";

    public static void Map(WebApplication app)
    {
        app.MapPost("/api/v1/decisions", Decide).RequireAuthorization().RequireRateLimiting(RatePolicy).WithName("Decide").WithTags("decisions")
            .Produces<DecisionResponse>().WithSummary("Score one transaction synchronously: allow, review or block, with reasons.");
    }

    private static async Task<IResult> Decide(HttpContext http, DecisionRequest request, CallerResolver callers, AlertBook alerts, DecisionAuditor audit)
    {
        var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
        WebAccess.Require(caller, WebAccess.Op.Decide);
        Check(request);
        var debit = alerts.Highest(caller.InstitutionId, request.Debit);
        var credit = alerts.Highest(caller.InstitutionId, request.Credit);
        var reasons = new List<DecisionReason>();
        var risk = 0;
        foreach (var (party, a) in new[] { ("debit", debit), ("credit", credit) })
        {
            if (a is null || a.Status == AlertStatus.Dismissed)
            {
                continue;
            }

            risk = Math.Max(risk, a.Alert.Risk);
            reasons.Add(new DecisionReason(party, a.Alert.AlertId, a.Alert.Risk, a.Alert.ControlMeasure.Code,
                [.. a.Alert.Reasons.OrderByDescending(r => r.Points).Take(3).Select(r => r.Code)]));
        }

        var action = risk >= 80 ? "block" : risk >= 50 ? "review" : "allow";
        audit.Count(caller.UserId, caller.InstitutionId, action);
        return Results.Ok(new DecisionResponse(request.Id, action, risk, reasons));
    }

    private static void Check(DecisionRequest r)
    {
        if (string.IsNullOrWhiteSpace(r.Id) || r.Id.Length > 64)
        {
            throw Problems.Invalid("id", "the transaction id is required (1 to 64 characters)");
        }

        if (string.IsNullOrWhiteSpace(r.Debit) || r.Debit.Length > 64)
        {
            throw Problems.Invalid("debit", "the paying account is required (1 to 64 characters)");
        }

        if (string.IsNullOrWhiteSpace(r.Credit) || r.Credit.Length > 64)
        {
            throw Problems.Invalid("credit", "the receiving account is required (1 to 64 characters)");
        }

        if (r.AmountFen <= 0 || r.AmountFen > Money.FromYuan(1_000_000_000).Fen)
        {
            throw Problems.Invalid("amount_fen", "the amount must be a positive number of fen, at most ¥1,000,000,000");
        }
    }
}

/// <summary>One transfer to decide on.</summary>
public sealed record DecisionRequest(string Id, string Debit, string Credit, long AmountFen, DateTimeOffset? Time = null, string? Channel = null);

/// <summary>Why: the alert about one party, its risk, the measure its band calls for, its strongest indicators.</summary>
public sealed record DecisionReason(string Party, string AlertId, int Risk, string Measure, IReadOnlyList<string> Indicators);

/// <summary>The decision: allow, review or block, the highest risk found and the reasons.</summary>
public sealed record DecisionResponse(string Id, string Action, int Risk, IReadOnlyList<DecisionReason> Reasons);
