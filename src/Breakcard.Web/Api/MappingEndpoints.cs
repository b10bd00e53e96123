using System.Text;
using System.Text.RegularExpressions;
using Breakcard.Cases.Audit;
using Breakcard.Cases.Storage;
using Breakcard.Ingest;
using Breakcard.Ingest.Mapping;
using Breakcard.Storage.Web;
using Breakcard.Web.Hosting;
using Breakcard.Web.Security;

namespace Breakcard.Web.Api;

/// <summary>
/// CSV column mappings an institution uploads (the mapping JSON of docs/ingest.md): validated
/// whole by Ingest's parser before anything is stored (an error names the line and the JSON path),
/// kept in the store per institution (ADR 0147), and then usable as <c>POST /api/v1/events?mapping=NAME</c>
/// with <c>text/csv</c>. Who may submit events may manage the institution's mappings.
/// </summary>
internal static partial class MappingEndpoints
{
    public const int MaxBytes = 64 * 1024;

    private static readonly string[] SchemaNames = ["transactions", "calls", "sms", "logins"];

    public static void Map(WebApplication app)
    {
        var g = app.MapGroup("/api/v1/mappings").RequireAuthorization().WithTags("ingest");
        g.MapGet("/", List).WithName("ListMappings").Produces<IReadOnlyList<MappingView>>().WithSummary("Built-in mappings and the institution's own.");
        g.MapGet("/{name}", Get).WithName("GetMapping").WithSummary("An uploaded mapping's JSON as stored.");
        g.MapPut("/{name}", Put).WithName("PutMapping").Produces<MappingView>()
            .WithSummary("Upload (or replace) a CSV column mapping; it is validated before it is stored.");
    }

    /// <summary>The mapping named by <c>?mapping=</c> for the caller's institution: Breakcard's own columns, a built-in one, or an uploaded one.</summary>
    public static async Task<ColumnMapping> ResolveAsync(string? name, string institutionId, ICaseStore store, CancellationToken cancellationToken)
    {
        switch (name)
        {
            case null or "":
                throw Problems.Invalid("mapping", "CSV needs ?mapping=: transactions, calls, sms, logins, a built-in mapping (" + string.Join(", ", ColumnMapping.BuiltInNames) + ") or one uploaded at /api/v1/mappings");
            case "transactions":
                return ColumnMapping.ForSchema(IngestEventKind.Transaction);
            case "calls":
                return ColumnMapping.ForSchema(IngestEventKind.Call);
            case "sms":
                return ColumnMapping.ForSchema(IngestEventKind.Sms);
            case "logins":
                return ColumnMapping.ForSchema(IngestEventKind.Login);
        }

        if (ColumnMapping.BuiltInNames.Contains(name))
        {
            return ColumnMapping.Load(name);
        }

        var stored = await store.ReadAsync(s => WebStateRepository.Of(s).MappingAsync(institutionId, name), cancellationToken).ConfigureAwait(false)
            ?? throw Problems.Invalid("mapping", $"'{name}' is not a mapping: transactions, calls, sms, logins, {string.Join(", ", ColumnMapping.BuiltInNames)}, or one uploaded by {institutionId}");
        return ColumnMapping.Parse(stored.Body, "mapping " + name);
    }

    private static async Task<IResult> List(HttpContext http, CallerResolver callers, ICaseStore store)
    {
        var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
        WebAccess.Require(caller, WebAccess.Op.SubmitEvents);
        var own = await store.ReadAsync(s => WebStateRepository.Of(s).MappingsAsync(caller.InstitutionId), http.RequestAborted).ConfigureAwait(false);
        var list = SchemaNames.Select(n => new MappingView(n, "breakcard", n, null, null, null))
            .Concat(ColumnMapping.BuiltInNames.Select(n => Describe(n, "built-in", ColumnMapping.Load(n), null, null)))
            .Concat(own.Select(m => Describe(m.Name, "uploaded", ColumnMapping.Parse(m.Body, "mapping " + m.Name), m.CreatedBy, m.CreatedAt)))
            .ToList();
        return Results.Ok(list);
    }

    private static async Task<IResult> Get(HttpContext http, string name, CallerResolver callers, ICaseStore store)
    {
        var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
        WebAccess.Require(caller, WebAccess.Op.SubmitEvents);
        var stored = await store.ReadAsync(s => WebStateRepository.Of(s).MappingAsync(caller.InstitutionId, name), http.RequestAborted).ConfigureAwait(false)
            ?? throw new Cases.Errors.NotFoundException("mapping", name);
        return Results.Text(stored.Body, "application/json", Encoding.UTF8);
    }

    private static async Task<IResult> Put(HttpContext http, string name, CallerResolver callers, ICaseStore store, TimeProvider time)
    {
        var caller = await callers.ResolveAsync(http).ConfigureAwait(false);
        WebAccess.Require(caller, WebAccess.Op.SubmitEvents);
        if (!NamePattern().IsMatch(name) || SchemaNames.Contains(name) || ColumnMapping.BuiltInNames.Contains(name))
        {
            throw Problems.Invalid("name", $"'{name}' cannot name a mapping: 1 to 64 of a-z, 0-9, '-' and '_', starting with a letter or digit, and not a built-in name");
        }

        if ((http.Request.ContentType ?? "").Split(';')[0].Trim() != "application/json")
        {
            throw Problems.Invalid("Content-Type", "send the mapping as application/json");
        }

        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync(http.RequestAborted).ConfigureAwait(false);
        if (body.Length > MaxBytes)
        {
            throw Problems.Invalid("body", $"a mapping is at most {MaxBytes} characters");
        }

        // Parse throws InvalidInputException naming "mapping NAME", the line and the JSON path: nothing is stored then.
        var mapping = ColumnMapping.Parse(body, "mapping " + name);
        var at = time.GetUtcNow();
        await store.WriteAsync(async s =>
        {
            await WebStateRepository.Of(s).SaveMappingAsync(new StoredMapping(caller.InstitutionId, name, body, caller.UserId, at)).ConfigureAwait(false);
            await s.Audit.AppendAsync(new AuditDraft(caller.UserId, caller.InstitutionId, "mapping.save", "mapping:" + name,
                AuditJson.Of(("kind", mapping.Kind.ToString()), ("bytes", body.Length))), at).ConfigureAwait(false);
            return 0;
        }, http.RequestAborted).ConfigureAwait(false);
        return Results.Ok(Describe(name, "uploaded", mapping, caller.UserId, at));
    }

    private static MappingView Describe(string name, string origin, ColumnMapping m, string? by, DateTimeOffset? at) =>
        new(name, origin, m.Kind switch
        {
            IngestEventKind.Transaction => "transactions",
            IngestEventKind.Call => "calls",
            IngestEventKind.Sms => "sms",
            _ => "logins",
        }, m.Description, by, at);

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex NamePattern();
}

/// <summary>A mapping: name, origin (<c>breakcard</c>, <c>built-in</c>, <c>uploaded</c>), the kind of events it reads, description, who uploaded it and when.</summary>
public sealed record MappingView(string Name, string Origin, string Kind, string? Description, string? UploadedBy, DateTimeOffset? UploadedAt);
