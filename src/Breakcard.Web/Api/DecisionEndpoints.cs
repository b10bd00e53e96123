using System.Buffers;
using System.Text.Json;
using Breakcard.Cases.Identity;
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
/// The answer is given only once it is in the audit log (group commit, ADR 0137). Machine clients
/// with an API key take <see cref="DecisionFastPath"/>; this endpoint serves the rest (cookie
/// sessions) and the OpenAPI document.
/// </summary>
internal static class DecisionEndpoints
{
    public const string Route = "/api/v1/decisions";

    public const string RatePolicy = "decisions";

    public static void Map(WebApplication app)
    {
        app.MapPost(Route, HandleAsync).RequireAuthorization().RequireRateLimiting(RatePolicy).WithName("Decide").WithTags("decisions")
            .Produces<DecisionResponse>().WithSummary("Score one transaction synchronously: allow, review or block, with reasons.");
    }

    private static async Task HandleAsync(HttpContext http, DecisionRequest request, CallerResolver callers, AlertBook alerts, DecisionAuditor audit)
    {
        var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
        await AnswerAsync(http, caller, request, alerts, audit).ConfigureAwait(false);
    }

    /// <summary>Checks, decides, waits for the audit commit and writes the answer; shared by both paths.</summary>
    public static async Task AnswerAsync(HttpContext http, Caller caller, DecisionRequest? request, AlertBook alerts, DecisionAuditor audit)
    {
        WebAccess.Require(caller, WebAccess.Op.Decide);
        var response = Decide(caller, request ?? throw Problems.Invalid("body", "a decision request is a JSON object {id, debit, credit, amount_fen}"), alerts);
        try
        {
            await audit.RecordAsync(new DecisionRecord(caller.UserId, caller.InstitutionId, response.Id, response.Action, response.Risk,
                response.Reasons.Count == 0 ? [] : [.. response.Reasons.Select(r => r.AlertId)])).ConfigureAwait(false);
        }
        catch (DecisionNotRecordedException ex)
        {
            http.Response.Headers.RetryAfter = "1";
            await Problems.WriteAsync(http, 503, "decision not recorded", ex.Message + "; no decision was given, retry", "audit").ConfigureAwait(false);
            return;
        }

        await WriteAsync(http, response).ConfigureAwait(false);
    }

    /// <summary>The decision for one transfer: the highest open alert band of either party.</summary>
    public static DecisionResponse Decide(Caller caller, DecisionRequest request, AlertBook alerts)
    {
        ArgumentNullException.ThrowIfNull(caller);
        ArgumentNullException.ThrowIfNull(alerts);
        Check(request);
        var risk = 0;
        DecisionReason? debit = Reason("debit", alerts.Highest(caller.InstitutionId, request.Debit), ref risk);
        DecisionReason? credit = Reason("credit", alerts.Highest(caller.InstitutionId, request.Credit), ref risk);
        IReadOnlyList<DecisionReason> reasons = (debit, credit) switch
        {
            (null, null) => [],
            ({ } d, null) => [d],
            (null, { } c) => [c],
            ({ } d, { } c) => [d, c],
        };
        var action = risk >= 80 ? "block" : risk >= 50 ? "review" : "allow";
        return new DecisionResponse(request.Id, action, risk, reasons);
    }

    private static DecisionReason? Reason(string party, AlertRecord? a, ref int risk)
    {
        if (a is null || a.Status == AlertStatus.Dismissed)
        {
            return null;
        }

        risk = Math.Max(risk, a.Alert.Risk);
        return new DecisionReason(party, a.Alert.AlertId, a.Alert.Risk, a.Alert.ControlMeasure.Code,
            [.. a.Alert.Reasons.OrderByDescending(r => r.Points).Take(3).Select(r => r.Code)]);
    }

    // Serialised before the first byte is sent, so the response carries a Content-Length (no chunking).
    private static Task WriteAsync(HttpContext http, DecisionResponse response)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = DecisionJson.Web.Options.Encoder, SkipValidation = true }))
        {
            JsonSerializer.Serialize(w, response, DecisionJson.Web.DecisionResponse);
        }

        http.Response.StatusCode = StatusCodes.Status200OK;
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.ContentLength = buffer.WrittenCount;
        return http.Response.Body.WriteAsync(buffer.WrittenMemory).AsTask();
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
