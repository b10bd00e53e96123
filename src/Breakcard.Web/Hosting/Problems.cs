using System.Text.Json;
using Breakcard.Cases.Errors;
using Breakcard.Core.Errors;

namespace Breakcard.Web;

/// <summary>
/// RFC 9457 problem details that say what was wrong and where: <c>title</c>, <c>detail</c>, and
/// <c>where</c> (the field, JSON path, header, or <c>source:line</c> of an uploaded record).
/// </summary>
internal static class Problems
{
    public const string ContentType = "application/problem+json";

    public static async Task WriteAsync(HttpContext http, int status, string title, string detail, string? where, IReadOnlyList<object>? errors = null)
    {
        if (http.Response.HasStarted)
        {
            return;
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = ContentType;
        await http.Response.WriteAsync(JsonSerializer.Serialize(Body(http, status, title, detail, where, errors), WebJson.Options)).ConfigureAwait(false);
    }

    public static Dictionary<string, object?> Body(HttpContext http, int status, string title, string detail, string? where, IReadOnlyList<object>? errors = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["type"] = "https://breakcard.example/problems/" + title.Replace(' ', '-'),
            ["title"] = title,
            ["status"] = status,
            ["detail"] = detail,
            ["instance"] = http.Request.Path.Value,
        };
        if (where is not null)
        {
            body["where"] = where;
        }

        if (errors is { Count: > 0 })
        {
            body["errors"] = errors;
        }

        return body;
    }

    /// <summary>A bad request naming the field.</summary>
    public static InvalidInputException Invalid(string field, string reason) => new(new InputError("request", null, field, reason));

    /// <summary>Maps what the service layer and the readers throw; null for anything unexpected.</summary>
    public static (int Status, string Title, string Detail, string? Where)? Map(Exception ex) => ex switch
    {
        InvalidInputException { Error: var e } => (400, "invalid input", e.Reason, Where(e)),
        JsonException j => (400, "malformed JSON", Clean(j.Message), j.Path is null ? "body" : $"body:{(j.LineNumber ?? 0) + 1}: {j.Path}"),
        BadHttpRequestException b when b.StatusCode == 413 => (413, "request too large", b.Message, "body"),
        BadHttpRequestException b => (b.StatusCode, "bad request", b.Message, "body"),
        NotFoundException n => (404, "not found", n.Message, n.What),
        AccessDeniedException a => (403, "forbidden", a.Message, a.Operation?.ToString()),
        ConcurrencyConflictException c => (409, "conflict", c.Message, "If-Match"),
        StateConflictException s => (409, "conflict", s.Message, null),
        IntegrityException i => (500, "integrity failure", i.Message, null),
        IOException io when io.Message.StartsWith("cannot open", StringComparison.Ordinal) => (503, "store unavailable", io.Message, "store"),
        Monitoring.MonitorEngineUnavailableException m => (503, "monitoring engine unavailable", m.Message, "engine"),
        _ => null,
    };

    private static string? Where(InputError e) =>
        e.Source == "request" ? e.Field : e.Line is { } line ? $"{e.Source}:{line}" + (e.Field is null ? "" : $": {e.Field}") : e.Source + (e.Field is null ? "" : $": {e.Field}");

    // System.Text.Json appends "Path: $.x | LineNumber: 0 | BytePositionInLine: 5." — the path is reported separately.
    private static string Clean(string message)
    {
        var i = message.IndexOf(" Path:", StringComparison.Ordinal);
        return i > 0 ? message[..i] : message;
    }
}
