using Breakcard.Screening.Scoring;
using Breakcard.Web.Security;

namespace Breakcard.Web.Api;

/// <summary><c>POST /api/v1/screening/job-ads</c>: screens job-ad texts for card-renting recruitment (score, band, platform action, quoted reasons).</summary>
internal static class ScreeningEndpoints
{
    public const int MaxTexts = 100;
    public const int MaxLength = 20_000;

    public static void Map(WebApplication app)
    {
        app.MapPost("/api/v1/screening/job-ads", async (HttpContext http, ScreenRequest r, CallerResolver callers, AdScreener screener) =>
        {
            var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
            WebAccess.Require(caller, WebAccess.Op.Screen);
            return Results.Ok(Screen(r, screener));
        }).RequireAuthorization().WithTags("screening").WithName("ScreenJobAds").WithSummary("Screen up to 100 job-ad texts.");
    }

    internal static IReadOnlyList<ScreeningResult> Screen(ScreenRequest r, AdScreener screener)
    {
        if (r.Texts is not { Count: > 0 and <= MaxTexts })
        {
            throw Problems.Invalid("texts", $"1 to {MaxTexts} texts");
        }

        for (var i = 0; i < r.Texts.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(r.Texts[i]) || r.Texts[i].Length > MaxLength)
            {
                throw Problems.Invalid($"texts[{i}]", $"a text of 1 to {MaxLength} characters");
            }
        }

        return screener.ScreenMany(r.Texts);
    }
}

/// <summary>Texts to screen.</summary>
public sealed record ScreenRequest(IReadOnlyList<string> Texts);
