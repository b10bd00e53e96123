using System.Globalization;
using System.Text.Json;
using Breakcard.Core.Errors;
using Breakcard.Core.Judgments;
using Breakcard.Judgments.Consistency;
using Breakcard.Judgments.Extraction;
using Breakcard.Judgments.Reading;
using Breakcard.Judgments.Statistics;
using Breakcard.Judgments.Tables;
using Breakcard.Web.Judgments;
using Breakcard.Web.Security;

namespace Breakcard.Web.Api;

/// <summary>
/// Judgments over the API (Breakcard.Judgments, docs/judgments.md): upload judgment texts (plain
/// text, a China Judgments Online page, or Breakcard judgment JSON; UTF-8 or GBK) to have their
/// facts extracted and kept; the corpus's statistics beside the source paper's (Table 1 among
/// them); and the sentencing-consistency findings — similar facts, different sentences.
/// </summary>
internal static class JudgmentEndpoints
{
    public const int MaxPairs = 200;

    public static void Map(WebApplication app)
    {
        var g = app.MapGroup("/api/v1/judgments").RequireAuthorization().WithTags("judgments");
        // No Accepts metadata: routing would answer another content type with a bare 415; the handler's 400 names Content-Type.
        g.MapPost("/", Upload).WithName("UploadJudgments").Produces<JudgmentUploadView>()
            .WithSummary("Extract the facts of one or more judgments (body: text/plain, text/html or application/json; UTF-8 or GBK; ?name= names the document in errors) and keep them for statistics.");
        g.MapGet("/statistics", Statistics).WithName("JudgmentStatistics").Produces<JudgmentStatisticsView>()
            .WithSummary("Statistics of the kept judgments beside the source paper's (Table 1: women alone, women and men, men).");
        g.MapGet("/inconsistent", Inconsistent).WithName("InconsistentSentences").Produces<ConsistencyView>()
            .WithSummary("Pairs of defendants with larger facts but a lighter sentence, outliers of the sentencing model, sentences outside statutory limits.");
    }

    internal static async Task<JudgmentUploadView> UploadAsync(HttpContext http, byte[] bytes, string contentType, string? name, CallerResolver callers, JudgmentCorpus corpus)
    {
        var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
        WebAccess.Require(caller, WebAccess.Op.Judgments);
        var source = string.IsNullOrWhiteSpace(name) ? "upload" : name.Length > 200 ? throw Problems.Invalid("name", "at most 200 characters") : name;
        var format = contentType switch
        {
            "text/plain" => JudgmentSources.Format.Text,
            "text/html" => JudgmentSources.Format.Html,
            "application/json" or "application/x-ndjson" => JudgmentSources.Format.Json,
            _ => throw Problems.Invalid("Content-Type", $"'{contentType}' is not accepted: text/plain, text/html or application/json"),
        };
        var batch = ExtractionBatch.Run(JudgmentSources.FromBytes(source, bytes, format), http.RequestAborted);
        var ids = batch.Judgments.Count == 0 ? [] : await corpus.AddAsync(batch.Judgments, caller.InstitutionId, caller.UserId, http.RequestAborted).ConfigureAwait(false);
        return new JudgmentUploadView(
            [.. batch.Judgments.Select((r, i) => new ExtractedJudgmentView(ids[i], r.Source, r.Court, r.CaseNumber?.ToString(), r.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.Defendants.Count, r.Warnings, JsonDocument.Parse(JudgmentJson.ToJson(r)).RootElement.Clone()))],
            [.. batch.Problems.Select(p => new JudgmentProblemView(Where(p), p.Reason))]);
    }

    private static async Task<IResult> Upload(HttpContext http, CallerResolver callers, JudgmentCorpus corpus, string? name)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted).ConfigureAwait(false);
        var type = (http.Request.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        return Results.Ok(await UploadAsync(http, body.ToArray(), type, name, callers, corpus).ConfigureAwait(false));
    }

    internal static async Task<JudgmentStatisticsView> StatisticsAsync(HttpContext http, CallerResolver callers, JudgmentCorpus corpus)
    {
        var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
        WebAccess.Require(caller, WebAccess.Op.JudgmentStatistics);
        var records = await corpus.AllAsync(http.RequestAborted).ConfigureAwait(false);
        return new JudgmentStatisticsView(records.Count, records.Sum(r => r.Defendants.Count),
            [.. GenderComposition.Compute(records).Select(r => new Table1Row(r.Year, r.Judgments, r.WomenAlone, r.Mixed, r.Men, r.Unknown))],
            [.. NationalFigures.PaperTable1.Select(r => new PaperTable1Row(r.Year, r.WomenAlone, r.Mixed, r.Men))],
            records.Count == 0 ? [] : [.. JudgmentStatistics.Tables(records), PaperComparison.Table(records)]);
    }

    private static async Task<IResult> Statistics(HttpContext http, CallerResolver callers, JudgmentCorpus corpus) =>
        Results.Ok(await StatisticsAsync(http, callers, corpus).ConfigureAwait(false));

    private static async Task<IResult> Inconsistent(HttpContext http, CallerResolver callers, JudgmentCorpus corpus, int? limit)
    {
        var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
        WebAccess.Require(caller, WebAccess.Op.Judgments);
        var n = limit is null ? 50 : limit is >= 1 and <= MaxPairs ? limit.Value : throw Problems.Invalid("limit", $"1 to {MaxPairs}");
        var records = await corpus.AllAsync(http.RequestAborted).ConfigureAwait(false);
        var result = ConsistencyAnalysis.Run(records);
        return Results.Ok(new ConsistencyView(records.Count,
            Pairs(result.FinePairs, n), Pairs(result.TermPairs, n),
            [.. new[] { result.FineModel, result.TermModel }.Where(m => m is not null).SelectMany(m => m!.Outliers.Take(n).Select(o =>
                new OutlierView(m!.Target.ToString().ToLowerInvariant(), o.Defendant.Label, Math.Round(o.Observed, 2), Math.Round(o.Expected, 2), Math.Round(o.Z, 2))))],
            [.. result.Statutory.Take(n).Select(f => new StatutoryView(f.Rule.ToString(), f.Defendant.Label, f.Detail))]));
    }

    private static PairsView Pairs(PairResult r, int n) => new(r.Compared, r.Total,
        [.. InconsistentPairs.Distinct(r.Pairs, n).Select(p => new PairView(p.Heavier.Label, p.Lighter.Label, p.HeavierSentence, p.LighterSentence, Math.Round(p.Ratio, 3)))]);

    private static string Where(InputError e) => e.Source + (e.Line is { } line ? ":" + line.ToString(CultureInfo.InvariantCulture) : "") + (e.Field is null ? "" : ": " + e.Field);
}

/// <summary>What an upload gave: the judgments extracted (kept) and the parts that could not be read.</summary>
public sealed record JudgmentUploadView(IReadOnlyList<ExtractedJudgmentView> Judgments, IReadOnlyList<JudgmentProblemView> Problems);

/// <summary>One extracted judgment: its id in the store, source, court, case number, date, defendants, extraction warnings, and the full record (judgment JSON).</summary>
public sealed record ExtractedJudgmentView(string Id, string Source, string? Court, string? CaseNumber, string? Date, int Defendants, IReadOnlyList<string> Warnings, JsonElement Record);

/// <summary>A part of the upload that could not be read: where (document, line) and why.</summary>
public sealed record JudgmentProblemView(string Where, string Reason);

/// <summary>One year of Table 1 over the kept judgments (null year: all years): judgments classified, with 帮信 defendants all women, women and men, all men; unknown gender not classified.</summary>
public sealed record Table1Row(int? Year, int Judgments, int WomenAlone, int Mixed, int Men, int Unknown);

/// <summary>One year of the paper's Table 1, as published (shares of judgments).</summary>
public sealed record PaperTable1Row(int Year, double WomenAlone, double Mixed, double Men);

/// <summary>Statistics: judgments and defendants kept, Table 1 of the kept corpus (counts; the last row is all years), the paper's Table 1, and every other table.</summary>
public sealed record JudgmentStatisticsView(int Judgments, int Defendants, IReadOnlyList<Table1Row> Table1, IReadOnlyList<PaperTable1Row> PaperTable1, IReadOnlyList<StatTable> Tables);

/// <summary>Inconsistent pairs of one kind of sentence: defendants compared, pairs found, the pairs listed.</summary>
public sealed record PairsView(int Compared, long Total, IReadOnlyList<PairView> Pairs);

/// <summary>A pair: the defendant with the larger facts and the heavier-deserving sentence, the one with the lighter, both sentences and their ratio.</summary>
public sealed record PairView(string Heavier, string Lighter, double HeavierSentence, double LighterSentence, double Ratio);

/// <summary>A sentence far from what the model expects for its facts.</summary>
public sealed record OutlierView(string Target, string Defendant, double Observed, double Expected, double Z);

/// <summary>A sentence outside a statutory limit.</summary>
public sealed record StatutoryView(string Rule, string Defendant, string Detail);

/// <summary>Sentencing consistency over the kept judgments.</summary>
public sealed record ConsistencyView(int Judgments, PairsView Fines, PairsView Terms, IReadOnlyList<OutlierView> Outliers, IReadOnlyList<StatutoryView> Statutory);
