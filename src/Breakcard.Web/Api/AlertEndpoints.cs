using Breakcard.Cases.Clues;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Services;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Security;

namespace Breakcard.Web.Api;

/// <summary>
/// The alert queue of the caller's institution: list with filters, one alert with its explanation,
/// and triage — escalate (raises a clue in the case system, which checks and audits it) or
/// dismiss with a reason (audited) — one at a time or in bulk.
/// </summary>
internal static class AlertEndpoints
{
    public static void Map(WebApplication app)
    {
        var g = app.MapGroup("/api/v1/alerts").RequireAuthorization().WithTags("alerts");
        g.MapGet("/", List).WithName("ListAlerts").Produces<IReadOnlyList<AlertView>>().WithSummary("The own monitor's alerts, newest first, with filters.");
        g.MapGet("/{id}", Get).WithName("GetAlert").Produces<AlertView>();
        g.MapPost("/{id}/escalate", Escalate).WithName("EscalateAlert").Produces<AlertView>().WithSummary("Raise a clue from the alert.");
        g.MapPost("/{id}/dismiss", Dismiss).WithName("DismissAlert").Produces<AlertView>();
        g.MapPost("/bulk", Bulk).WithName("TriageAlerts").Produces<IReadOnlyList<AlertView>>().WithSummary("Escalate or dismiss several alerts.");
    }

    internal static async Task<IReadOnlyList<AlertRecord>> QueryAsync(HttpContext http, CallerResolver callers, AlertBook book, string? status, int? minRisk, string? typology)
    {
        var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
        WebAccess.Require(caller, WebAccess.Op.ViewAlerts);
        AlertStatus? s = status switch
        {
            null or "" or "all" => null,
            "open" => AlertStatus.Open,
            "escalated" => AlertStatus.Escalated,
            "dismissed" => AlertStatus.Dismissed,
            _ => throw Problems.Invalid("status", "one of open, escalated, dismissed, all"),
        };
        if (minRisk is < 0 or > 100)
        {
            throw Problems.Invalid("min_risk", "a risk from 0 to 100");
        }

        return book.Query(caller.InstitutionId, r => (s is null || r.Status == s) && r.Alert.Risk >= (minRisk ?? 0)
            && (string.IsNullOrEmpty(typology) || r.Typology == typology));
    }

    private static async Task<IResult> List(HttpContext http, CallerResolver callers, AlertBook book, string? status, int? min_risk, string? typology, int? limit)
    {
        var all = await QueryAsync(http, callers, book, status, min_risk, typology).ConfigureAwait(false);
        return Results.Ok(all.Take(Math.Clamp(limit ?? 100, 1, 1000)).Select(AlertView.Of).ToList());
    }

    private static async Task<IResult> Get(HttpContext http, string id, CallerResolver callers, AlertBook book)
    {
        var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
        var record = Find(book, id);
        WebAccess.Require(caller, WebAccess.Op.ViewAlerts, record.InstitutionId);
        return Results.Ok(AlertView.Of(record));
    }

    private static async Task<IResult> Escalate(HttpContext http, string id, CallerResolver callers, AlertBook book, CaseSystem cases, AlertTriage triage) =>
        Results.Ok(AlertView.Of(await EscalateAsync(http, id, callers, book, cases, triage).ConfigureAwait(false)));

    private static async Task<IResult> Dismiss(HttpContext http, string id, TriageRequest request, CallerResolver callers, AlertBook book, AlertTriage triage) =>
        Results.Ok(AlertView.Of(await DismissAsync(http, id, request.Reason, callers, book, triage).ConfigureAwait(false)));

    private static async Task<IResult> Bulk(HttpContext http, BulkTriageRequest request, CallerResolver callers, AlertBook book, CaseSystem cases, AlertTriage triage)
    {
        if (request.Ids is not { Count: > 0 and <= 200 })
        {
            throw Problems.Invalid("ids", "1 to 200 alert ids");
        }

        var done = new List<AlertView>();
        foreach (var id in request.Ids)
        {
            done.Add(AlertView.Of(request.Action switch
            {
                "escalate" => await EscalateAsync(http, id, callers, book, cases, triage).ConfigureAwait(false),
                "dismiss" => await DismissAsync(http, id, request.Reason, callers, book, triage).ConfigureAwait(false),
                _ => throw Problems.Invalid("action", "escalate or dismiss"),
            }));
        }

        return Results.Ok(done);
    }

    internal static async Task<AlertRecord> EscalateAsync(HttpContext http, string id, CallerResolver callers, AlertBook book, CaseSystem cases, AlertTriage triage)
    {
        var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
        var record = Find(book, id);
        WebAccess.Require(caller, WebAccess.Op.TriageAlerts, record.InstitutionId);
        if (record.Status == AlertStatus.Escalated)
        {
            return record;
        }

        var a = record.Alert;
        var kind = a.EntityKind == "phone" ? IdentifierKind.Phone : IdentifierKind.AccountNumber;
        var ok = kind == IdentifierKind.Phone ? Identifier.TryParse(kind, a.Entity, out var subject, out var error) : Identifier.TryParseAccount(a.Entity, out subject, out error);
        if (!ok)
        {
            throw Problems.Invalid("entity", $"the alert's {a.EntityKind} is not a valid identifier for a clue: {error}");
        }

        var draft = ClueDraft.FromAlert(a.AlertId, subject, a.Holder, a.Risk,
            a.Reasons.Select(r => new ClueReason(r.Code, r.Name + (r.Measure is null ? "" : $": {r.Measure}"))),
            a.Evidence.Where(e => e.EventId is not null).Select(e => e.EventId!).Take(ClueDraft.MaxListLength),
            $"{a.ControlMeasure.Code}: risk {a.Risk} ({r0(a)})");
        await triage.EscalateAsync(caller, record, draft, cases.Clues, http.RequestAborted).ConfigureAwait(false);
        return record;

        static string r0(Detection.Alerts.Alert a) => string.Join(", ", a.Reasons.OrderByDescending(r => r.Points).Take(3).Select(r => r.Code));
    }

    internal static async Task<AlertRecord> DismissAsync(HttpContext http, string id, string? reason, CallerResolver callers, AlertBook book, AlertTriage triage)
    {
        var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
        var record = Find(book, id);
        WebAccess.Require(caller, WebAccess.Op.TriageAlerts, record.InstitutionId);
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
        {
            throw Problems.Invalid("reason", "say why the alert is dismissed (1 to 500 characters)");
        }

        if (record.Status == AlertStatus.Escalated)
        {
            throw new Cases.Errors.StateConflictException($"alert '{id}' was escalated to clue {record.ClueId}; dismiss the clue instead");
        }

        await triage.DismissAsync(caller, record, reason, http.RequestAborted).ConfigureAwait(false);
        return record;
    }

    private static AlertRecord Find(AlertBook book, string id) =>
        book.Find(id) ?? throw new Cases.Errors.NotFoundException("alert", id);
}

/// <summary>Why an alert is dismissed.</summary>
public sealed record TriageRequest(string? Reason);

/// <summary>A bulk triage: <c>escalate</c> or <c>dismiss</c> (with a reason) for each id.</summary>
public sealed record BulkTriageRequest(IReadOnlyList<string> Ids, string Action, string? Reason = null);
