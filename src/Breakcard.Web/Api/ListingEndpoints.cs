using Breakcard.Cases.Discipline;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Services;
using Breakcard.Legal.Discipline;
using Breakcard.Web.Security;

namespace Breakcard.Web.Api;

/// <summary>The joint disciplinary list: check an identity before opening an account or a phone card (audited), list, add (police, courts).</summary>
internal static class ListingEndpoints
{
    public static void Map(WebApplication app)
    {
        var g = app.MapGroup("/api/v1/listings").RequireAuthorization().WithTags("disciplinary list");
        g.MapPost("/check", async (HttpContext http, ListingCheckRequest r, CallerResolver callers, CaseSystem cs) =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            var service = string.IsNullOrEmpty(r.Service) ? OnboardingService.NewBankAccount : Parse.Code<OnboardingService>(r.Service, "service");
            return Results.Ok(await cs.Listings.CheckAsync(caller, Parse.Id(IdentifierKind.IdentityNumber, r.Identity, "identity"), service,
                Parse.Date(r.On, "on"), http.RequestAborted).ConfigureAwait(false));
        }).WithName("CheckListing").WithSummary("May this person be given the service on this day under the disciplinary list?");
        g.MapGet("/", async (HttpContext http, bool? include_expired, bool? unmask, int? limit, CallerResolver callers, CaseSystem cs) =>
            Results.Ok(await cs.Listings.ListAsync(await callers.ResolveAsync(http).ConfigureAwait(false), include_expired ?? false, unmask ?? false,
                Math.Clamp(limit ?? 200, 1, 5000), http.RequestAborted).ConfigureAwait(false))).WithName("ListListings");
        g.MapPost("/", async (HttpContext http, AddListingRequest r, CallerResolver callers, CaseSystem cs) =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            var draft = new ListingDraft(Parse.Id(IdentifierKind.IdentityNumber, r.Identity, "identity"), Parse.OptionalId(IdentifierKind.PersonName, r.Name, "name"),
                Parse.Code<ListingGround>(r.Ground, "ground"), Parse.Date(r.From, "from") ?? throw Problems.Invalid("from", "the first day is required (yyyy-MM-dd)"),
                r.Decision ?? throw Problems.Invalid("decision", "the decision reference is required"), r.CaseId);
            return Results.Ok(await cs.Listings.AddAsync(caller, draft, http.RequestAborted).ConfigureAwait(false));
        }).WithName("AddListing");
    }
}

/// <summary>An identity to check, the service asked for and the day (default today).</summary>
public sealed record ListingCheckRequest(string? Identity, string? Service = null, string? On = null);

/// <summary>A listing decision.</summary>
public sealed record AddListingRequest(string? Identity, string? Ground, string? From, string? Decision, string? Name = null, string? CaseId = null);
