using System.Text;
using System.Text.Json;
using Breakcard.Ingest;
using Breakcard.Ingest.Quarantine;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Security;

namespace Breakcard.Web.Api;

/// <summary>
/// <c>POST /api/v1/events</c>: a batch of events for the caller's institution's monitor, read by
/// the same validating readers as <c>breakcard ingest</c>. Body by content type: a JSON array or
/// JSON Lines of Breakcard events, CSV with <c>?mapping=</c> (a built-in mapping or
/// <c>transactions|calls|sms|logins</c> for Breakcard's own columns), or ISO 20022 pacs.008 XML.
/// Every rejected record comes back with its line and field; ids already received are skipped.
/// </summary>
internal static class IngestEndpoints
{
    public static void Map(WebApplication app)
    {
        // No Accepts metadata: routing would answer another content type with a bare 415; the
        // handler's 400 names Content-Type and the types it takes (listed in the summary).
        app.MapPost("/api/v1/events", Ingest).RequireAuthorization().WithName("SubmitEvents").WithTags("ingest")
            .Produces<IngestResponse>()
            .WithSummary("Submit a batch of transactions, calls, SMS and logins (application/json array, application/x-ndjson, text/csv with ?mapping=, application/xml pacs.008).");
    }

    private static async Task<IResult> Ingest(HttpContext http, CallerResolver callers, MonitorHub monitors, Cases.Storage.ICaseStore store, string? mapping)
    {
        var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
        WebAccess.Require(caller, WebAccess.Op.SubmitEvents);
        var type = (http.Request.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body, http.RequestAborted).ConfigureAwait(false);
        body.Position = 0;
        var quarantine = new QuarantineList();
        var csvMapping = type == "text/csv" ? await MappingEndpoints.ResolveAsync(mapping, caller.InstitutionId, store, http.RequestAborted).ConfigureAwait(false) : null;
        Stream input = body;
        EventReader reader = type switch
        {
            "application/json" => EventReaders.Open(input = JsonArrayToLines(body), "body", InputFormat.Jsonl, quarantine),
            "application/x-ndjson" or "application/jsonl" => EventReaders.Open(input, "body", InputFormat.Jsonl, quarantine),
            "application/xml" or "text/xml" => EventReaders.Open(input, "body", InputFormat.Pacs008, quarantine),
            "text/csv" => EventReaders.Open(input, "body", csvMapping!, quarantine),
            _ => throw Problems.Invalid("Content-Type", $"'{type}' is not accepted: use application/json, application/x-ndjson, text/csv (with ?mapping=) or application/xml (pacs.008)"),
        };
        using (reader)
        {
            // Answered once the engine has applied the whole body (with a cluster engine: once the
            // cluster has), so a slow engine slows the client and nothing is dropped. Not cancelled
            // with the request: a body read is applied whole, as its ids now count as received.
            var monitor = await monitors.ForAsync(caller.InstitutionId, CancellationToken.None).ConfigureAwait(false);
            var (applied, duplicates) = await monitor.ApplyAsync(reader, CancellationToken.None).ConfigureAwait(false);
            var rejected = quarantine.Records.Select(r => new RejectedRecord(r.Error.Line, r.Error.Field, r.Reason.ToString(), r.Error.Reason)).ToList();
            return Results.Ok(new IngestResponse(reader.Counts.RecordsRead, applied, duplicates, rejected.Count, rejected));
        }
    }

    // A JSON array becomes JSON Lines, one element per line, so record i is reported as line i.
    private static MemoryStream JsonArrayToLines(MemoryStream body)
    {
        using var doc = JsonDocument.Parse(body.ToArray(), new JsonDocumentOptions { MaxDepth = 16 });
        if (doc.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw Problems.Invalid("body", "expected a JSON array of events (or send JSON Lines as application/x-ndjson)");
        }

        var sb = new StringBuilder();
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            sb.Append(e.GetRawText().ReplaceLineEndings(" ")).Append('\n');
        }

        return new MemoryStream(Encoding.UTF8.GetBytes(sb.ToString()));
    }
}

/// <summary>One rejected record: line (array element number for JSON arrays), field, reason code and explanation.</summary>
public sealed record RejectedRecord(long? Line, string? Field, string Code, string Reason);

/// <summary>What happened to a batch.</summary>
public sealed record IngestResponse(long Records, long Applied, long Duplicates, long Rejected, IReadOnlyList<RejectedRecord> RejectedRecords);
