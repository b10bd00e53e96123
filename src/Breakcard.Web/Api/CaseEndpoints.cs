using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Services;
using Breakcard.Cases.Workflow;
using Breakcard.Core.Events;
using Breakcard.Web.Security;

namespace Breakcard.Web.Api;

/// <summary>
/// Cases: open (from a clue or by hand), list, read, add a note or a transaction, take a workflow
/// step, evaluate under the law of the conduct date, list control measures. Updates name the
/// version they read in <c>If-Match</c>; a stale one is a 409 that says so.
/// </summary>
internal static class CaseEndpoints
{
    public static void Map(WebApplication app)
    {
        var g = app.MapGroup("/api/v1/cases").RequireAuthorization().WithTags("cases");
        g.MapGet("/", async (HttpContext http, CallerResolver callers, CaseSystem cs, string? state, int? limit) =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            CaseState? s = string.IsNullOrEmpty(state) ? null : Parse.Code<CaseState>(state, "state");
            return Results.Ok(await cs.Cases.ListAsync(caller, s, Math.Clamp(limit ?? 100, 1, 1000), http.RequestAborted).ConfigureAwait(false));
        }).WithName("ListCases");
        g.MapGet("/{id}", async (HttpContext http, string id, bool? unmask, CallerResolver callers, CaseSystem cs) =>
        {
            var view = await cs.Cases.GetAsync(await callers.ResolveAsync(http).ConfigureAwait(false), id, unmask ?? false, http.RequestAborted).ConfigureAwait(false);
            http.Response.Headers.ETag = $"\"{view.Header.Version}\"";
            return Results.Ok(view);
        }).WithName("GetCase");
        g.MapPost("/", async (HttpContext http, OpenCaseRequest r, CallerResolver callers, CaseSystem cs) =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            var header = r.ClueId is { Length: > 0 } clue
                ? await cs.Cases.OpenFromClueAsync(caller, clue, r.Title, http.RequestAborted).ConfigureAwait(false)
                : await cs.Cases.OpenAsync(caller, r.Title ?? throw Problems.Invalid("title", "a case opened by hand needs a title (or give clue_id)"), http.RequestAborted).ConfigureAwait(false);
            return Results.Created($"/api/v1/cases/{header.Id}", header);
        }).WithName("OpenCase");
        g.MapPost("/{id}/items", async (HttpContext http, string id, AddItemRequest r, CallerResolver callers, CaseSystem cs) =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            CaseItemContent content = r.Kind switch
            {
                "note" => new NoteContent(r.Note ?? throw Problems.Invalid("note", "the note text is required")),
                "transaction" => new TransactionContent(r.EventId ?? throw Problems.Invalid("event_id", "the transaction id is required"),
                    r.Time ?? throw Problems.Invalid("time", $"the transaction time is required ({EventSchema.TimeFormat})"),
                    PartyOf(r.Debit, "debit"), PartyOf(r.Credit, "credit"), Parse.Yuan(r.AmountYuan, "amount_yuan"), r.Channel),
                _ => throw Problems.Invalid("kind", "note or transaction (other evidence kinds: breakcard case add-evidence)"),
            };
            return Results.Ok(await cs.Cases.AddItemAsync(caller, id, content, Parse.IfMatch(http), http.RequestAborted).ConfigureAwait(false));
        }).WithName("AddCaseItem");
        g.MapPost("/{id}/actions/{action}", async (HttpContext http, string id, string action, ActionRequest? r, CallerResolver callers, CaseSystem cs) =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            var step = Parse.Code<CaseAction>(action, "action");
            var request = new TransitionRequest(r?.Reason, r?.To, r?.ShareItems);
            return Results.Ok(await cs.Cases.TransitionAsync(caller, id, step, request, Parse.IfMatch(http), http.RequestAborted).ConfigureAwait(false));
        }).WithName("CaseAction").WithSummary("A workflow step: start_verification, confirm, dismiss, transfer_to_police, refer_for_prosecution, prosecute.");
        g.MapPost("/{id}/evaluate", async (HttpContext http, string id, CallerResolver callers, CaseSystem cs) =>
        {
            var (item, evaluation) = await cs.Cases.EvaluateAsync(await callers.ResolveAsync(http).ConfigureAwait(false), id, null, null, http.RequestAborted).ConfigureAwait(false);
            return Results.Ok(new { item = item.Id, evaluation = EvaluationSummary.Of(evaluation) });
        }).WithName("EvaluateCase").WithSummary("Legal evaluation under the rules in force on the conduct date, from the evidence the caller can see; stored with the case.");
        g.MapGet("/{id}/measures", async (HttpContext http, string id, CallerResolver callers, CaseSystem cs) =>
            Results.Ok(await cs.Measures.ListForCaseAsync(await callers.ResolveAsync(http).ConfigureAwait(false), id, http.RequestAborted).ConfigureAwait(false)))
            .WithName("ListCaseMeasures");
    }

    private static Party PartyOf(string? text, string field) =>
        Party.TryParse(text, out var p, out var error) ? p : throw Problems.Invalid(field, $"not an account or cash point: {error}");
}

/// <summary>Open a case from a clue (title optional) or by hand (title required).</summary>
public sealed record OpenCaseRequest(string? ClueId = null, string? Title = null);

/// <summary>A note or a transaction for the case file.</summary>
public sealed record AddItemRequest(string Kind, string? Note = null, string? EventId = null, DateTimeOffset? Time = null, string? Debit = null, string? Credit = null, string? AmountYuan = null, string? Channel = null);

/// <summary>A workflow step's reason, receiving institution and items to hand over.</summary>
public sealed record ActionRequest(string? Reason = null, string? To = null, IReadOnlyList<string>? ShareItems = null);
