using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Breakcard.Cases.Identifiers;
using Breakcard.Core.Errors;

namespace Breakcard.Cases.Clues.Import;

/// <summary>
/// Reads monitoring's <c>alerts.jsonl</c> (one alert per line, the record docs/detection.md
/// describes) and checks every field a clue relies on. A bad line is rejected with file, line and
/// field and reading goes on, so one bad line never costs the good ones; blank lines are skipped.
/// The schema is read by name, not through the Detection assembly, so the case system does not
/// depend on the monitoring engine (ADR 0088). Thread safe (no state).
/// </summary>
public static class AlertFileReader
{
    /// <summary>Longest line read (a bounded alert is far smaller; a longer line is not an alert).</summary>
    public const int MaxLineLength = 1 << 20;

    /// <summary>Reads every line of <paramref name="reader"/>; <paramref name="source"/> names the file in errors.</summary>
    public static AlertFileRead Read(TextReader reader, string source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        var alerts = new List<ImportedAlert>();
        var problems = new List<InputError>();
        var seen = new Dictionary<string, long>(StringComparer.Ordinal);
        long line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if ((line & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var (alert, field, reason) = text.Length > MaxLineLength
                ? (null, null, $"line longer than {MaxLineLength:N0} characters; not an alert")
                : ParseLine(text, line);
            if (alert is not null && seen.TryGetValue(alert.AlertId, out var first))
            {
                (field, reason) = ("alert_id", $"alert '{alert.AlertId}' already read on line {first}; an alert is imported once");
                alert = null;
            }

            if (alert is null)
            {
                problems.Add(new InputError(source, line, field, reason!));
                continue;
            }

            seen[alert.AlertId] = line;
            alerts.Add(alert);
        }

        return new AlertFileRead(source, line, alerts, problems);
    }

    private static (ImportedAlert? Alert, string? Field, string? Reason) ParseLine(string text, long line)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException e)
        {
            return (null, null, "not valid JSON: " + e.Message);
        }

        using (document)
        {
            try
            {
                return (Parse(document.RootElement, line), null, null);
            }
            catch (FieldException e)
            {
                return (null, e.Field, e.Message);
            }
        }
    }

    private static ImportedAlert Parse(JsonElement root, long line)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new FieldException(null, "an alert is a JSON object");
        }

        var id = Text(root, "alert_id", 64);
        var kind = Text(root, "entity_kind", 16);
        var entityText = Text(root, "entity", 64);
        var subject = Subject(kind, entityText, "entity");
        var holder = OptionalText(root, "holder", 64);
        var time = Time(root, "time");
        var risk = Int(root, "risk", 0, 100);
        var band = Int(root, "band", 1, 4);
        var model = Text(root, "model", 64);
        var reasons = Array(root, "reasons").Select((r, i) => Reason(r, $"reasons[{i}]")).ToImmutableArray();
        if (reasons.IsEmpty)
        {
            throw new FieldException("reasons", "an alert explains itself with at least one reason");
        }

        var evidence = new List<string>();
        if (OptionalText(root, "trigger_event_id", 64) is { } trigger)
        {
            evidence.Add(trigger);
        }

        var items = Array(root, "evidence");
        for (var i = 0; i < items.Count; i++)
        {
            if (OptionalText(Object(items[i], $"evidence[{i}]"), "event_id", 64, $"evidence[{i}].") is { } eventId && !evidence.Contains(eventId))
            {
                evidence.Add(eventId);
            }
        }

        var basis = Array(root, "legal_basis").Select((b, i) => b.ValueKind == JsonValueKind.String && b.GetString() is { Length: > 0 and <= 500 } s
            ? s : throw new FieldException($"legal_basis[{i}]", "must be a text of 1 to 500 characters")).ToImmutableArray();
        var m = Object(Property(root, "control_measure"), "control_measure");
        var measure = new ProposedMeasure(Text(m, "measure", ProposedMeasure.MaxCodeLength, "control_measure."),
            Text(m, "description", ProposedMeasure.MaxTextLength, "control_measure."),
            OptionalText(m, "basis", ProposedMeasure.MaxTextLength, "control_measure.") ?? "",
            OptionalText(m, "remedy", ProposedMeasure.MaxTextLength, "control_measure.") ?? "");
        string? linked = null;
        if (root.TryGetProperty("linked", out var l) && l.ValueKind != JsonValueKind.Null)
        {
            var link = Object(l, "linked");
            var other = Subject(Text(link, "entity_kind", 16, "linked."), Text(link, "entity", 64, "linked."), "linked.entity");
            linked = string.Create(CultureInfo.InvariantCulture,
                $"linked {Identifier.Describe(other.Kind)} {other.Masked} (risk {Int(link, "risk", 0, 100, "linked.")}): {Text(link, "reason", 200, "linked.")}");
        }

        return new ImportedAlert(line, id, subject, holder, time, risk, band, model, reasons, [.. evidence], basis, measure, linked);
    }

    private static ClueReason Reason(JsonElement element, string path)
    {
        var r = Object(element, path);
        var prefix = path + ".";
        var code = Text(r, "code", 64, prefix);
        var name = Text(r, "name", 200, prefix);
        var strength = Int(r, "strength", 0, 100, prefix);
        var source = OptionalText(r, "source", 300, prefix);
        var measure = OptionalText(r, "measure", 200, prefix);
        var value = OptionalLong(r, "value", prefix);
        var threshold = OptionalLong(r, "threshold", prefix);
        // The explanation in words: what was measured against what, and where the signal comes from.
        var text = string.Create(CultureInfo.InvariantCulture, $"{name}, strength {strength}")
            + (measure is null ? "" : "; " + measure + (value is { } v ? string.Create(CultureInfo.InvariantCulture, $" = {v}") : "")
                + (threshold is > 0 ? string.Create(CultureInfo.InvariantCulture, $" (threshold {threshold})") : ""))
            + (source is null ? "" : "; source: " + source);
        return new ClueReason(code, text.Length <= 500 ? text : text[..497] + "...");
    }

    private static Identifier Subject(string kind, string text, string field)
    {
        Identifier id;
        string? error;
        var ok = kind switch
        {
            "phone" => Identifier.TryParse(IdentifierKind.Phone, text, out id, out error),
            "account" => Identifier.TryParseAccount(text, out id, out error),
            _ => throw new FieldException(field.Replace("entity", "entity_kind", StringComparison.Ordinal), "must be \"account\" or \"phone\""),
        };
        return ok ? id : throw new FieldException(field, $"not a valid {(kind == "phone" ? "mobile number" : "card or account number")}: {error}");
    }

    private static DateTimeOffset Time(JsonElement root, string name)
    {
        var text = Text(root, name, 40);
        return DateTimeOffset.TryParseExact(text, ["yyyy-MM-dd'T'HH:mm:sszzz", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'"],
            CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)
            ? t : throw new FieldException(name, "must be an ISO 8601 time with its offset, for example 2025-03-01T23:30:00+08:00");
    }

    private static JsonElement Property(JsonElement o, string name, string prefix = "") =>
        o.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : throw new FieldException(prefix + name, "is required");

    private static JsonElement Object(JsonElement e, string path) =>
        e.ValueKind == JsonValueKind.Object ? e : throw new FieldException(path, "must be an object");

    private static List<JsonElement> Array(JsonElement o, string name)
    {
        var v = Property(o, name);
        if (v.ValueKind != JsonValueKind.Array)
        {
            throw new FieldException(name, "must be an array");
        }

        return v.GetArrayLength() <= ClueDraft.MaxListLength ? [.. v.EnumerateArray()] : throw new FieldException(name, $"at most {ClueDraft.MaxListLength:N0} entries");
    }

    private static string Text(JsonElement o, string name, int max, string prefix = "") =>
        OptionalText(o, name, max, prefix) ?? throw new FieldException(prefix + name, "is required");

    private static string? OptionalText(JsonElement o, string name, int max, string prefix = "")
    {
        if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (v.ValueKind != JsonValueKind.String)
        {
            throw new FieldException(prefix + name, "must be a text");
        }

        var s = v.GetString()!;
        return s.Trim().Length is > 0 && s.Length <= max ? s : throw new FieldException(prefix + name, $"must be 1 to {max} characters");
    }

    private static int Int(JsonElement o, string name, int min, int max, string prefix = "")
    {
        var v = Property(o, name, prefix);
        return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var n) && n >= min && n <= max
            ? n : throw new FieldException(prefix + name, $"must be a whole number from {min} to {max}");
    }

    private static long? OptionalLong(JsonElement o, string name, string prefix)
    {
        if (!o.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : throw new FieldException(prefix + name, "must be a whole number");
    }

    private sealed class FieldException(string? field, string message) : Exception(message)
    {
        public string? Field { get; } = field;
    }
}
