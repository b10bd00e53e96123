using Breakcard.Cases.Clues;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Services;
using Breakcard.Web.Security;

namespace Breakcard.Web.Api;

/// <summary>Clues: raise by hand, list, read (masked unless <c>?unmask=true</c> and allowed), share with another institution, dismiss. The service layer checks and audits every call.</summary>
internal static class ClueEndpoints
{
    public static void Map(WebApplication app)
    {
        var g = app.MapGroup("/api/v1/clues").RequireAuthorization().WithTags("clues");
        g.MapGet("/", async (HttpContext http, CallerResolver callers, CaseSystem cs, string? status, int? limit) =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            ClueStatus? s = string.IsNullOrEmpty(status) ? null : Parse.Code<ClueStatus>(status, "status");
            return Results.Ok(await cs.Clues.ListAsync(caller, s, Math.Clamp(limit ?? 100, 1, 1000), http.RequestAborted).ConfigureAwait(false));
        }).WithName("ListClues");
        g.MapGet("/{id}", async (HttpContext http, string id, bool? unmask, CallerResolver callers, CaseSystem cs) =>
            Results.Ok(await cs.Clues.GetAsync(await callers.ResolveAsync(http).ConfigureAwait(false), id, unmask ?? false, http.RequestAborted).ConfigureAwait(false)))
            .WithName("GetClue");
        g.MapPost("/", async (HttpContext http, NewClueRequest r, CallerResolver callers, CaseSystem cs) =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            var draft = ClueDraft.Manual(Parse.Subject(r.Subject, "subject"), Parse.OptionalId(IdentifierKind.IdentityNumber, r.HolderIdentity, "holder_identity"),
                Parse.OptionalId(IdentifierKind.PersonName, r.HolderName, "holder_name"), r.HolderRef, r.Summary ?? "");
            var clue = await cs.Clues.CreateAsync(caller, draft, http.RequestAborted).ConfigureAwait(false);
            return Results.Created($"/api/v1/clues/{clue.Id}", await cs.Clues.GetAsync(caller, clue.Id, false, http.RequestAborted).ConfigureAwait(false));
        }).WithName("CreateClue").WithSummary("Raise a clue by hand about a card, account or phone number.");
        g.MapPost("/{id}/share", async (HttpContext http, string id, ShareClueRequest r, CallerResolver callers, CaseSystem cs) =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            var fields = r.Fields is { Count: > 0 } f ? f.Select(x => Parse.Code<ClueField>(x, "fields")).ToList() : [.. ClueService.MinimalShare];
            return Results.Ok(await cs.Clues.ShareAsync(caller, id, r.To ?? throw Problems.Invalid("to", "the receiving institution is required"), fields,
                r.Purpose ?? "", http.RequestAborted).ConfigureAwait(false));
        }).WithName("ShareClue").WithSummary("Share named parts of a clue with another institution (default: what police need).");
        g.MapPost("/{id}/dismiss", async (HttpContext http, string id, TriageRequest r, CallerResolver callers, CaseSystem cs) =>
            Results.Ok(await cs.Clues.DismissAsync(await callers.ResolveAsync(http).ConfigureAwait(false), id, r.Reason ?? "", http.RequestAborted).ConfigureAwait(false)))
            .WithName("DismissClue");
    }
}

/// <summary>A clue raised by hand.</summary>
public sealed record NewClueRequest(string? Subject, string? Summary, string? HolderIdentity = null, string? HolderName = null, string? HolderRef = null);

/// <summary>What to share with whom and why.</summary>
public sealed record ShareClueRequest(string? To, IReadOnlyList<string>? Fields = null, string? Purpose = null);
