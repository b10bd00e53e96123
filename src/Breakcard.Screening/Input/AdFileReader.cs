using System.Globalization;
using System.Text.Json;
using Breakcard.Core.Errors;

namespace Breakcard.Screening.Input;

/// <summary>
/// Reads ads to screen from text, JSON Lines or CSV, streaming. A bad record yields an
/// <see cref="InputError"/> naming the file, line and field and reading goes on; a file that is
/// not what it claims (a CSV header without a <c>text</c> column, JSON Lines whose first record
/// is not JSON) throws <see cref="InvalidInputException"/> before anything is yielded.
/// </summary>
public static class AdFileReader
{
    /// <summary>Longest ad accepted, in UTF-16 units; longer records are rejected, not truncated.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>Reads <paramref name="reader"/> in <paramref name="format"/>; <paramref name="source"/> names it in errors.</summary>
    public static IEnumerable<AdInput> Read(TextReader reader, string source, AdFileFormat format)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(source);
        return format switch
        {
            AdFileFormat.Text => ReadText(reader, source),
            AdFileFormat.Jsonl => ReadJsonl(reader, source),
            AdFileFormat.Csv => ReadCsv(reader, source),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
    }

    private static IEnumerable<AdInput> ReadText(TextReader reader, string source)
    {
        long line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            yield return Checked(source, line, "text", line.ToString(CultureInfo.InvariantCulture), text);
        }
    }

    private static IEnumerable<AdInput> ReadJsonl(TextReader reader, string source)
    {
        long line = 0;
        var first = true;
        while (reader.ReadLine() is { } raw)
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            var parsed = ParseJsonRecord(raw, source, line);
            if (first && parsed.Error is not null && parsed.Error.Field is null)
            {
                throw new InvalidInputException(new InputError(source, line, null, "this does not look like JSON Lines (the first record is not a JSON object); use --format text for one ad per line"));
            }

            first = false;
            yield return parsed;
        }
    }

    private static AdInput ParseJsonRecord(string raw, string source, long line)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(raw);
        }
        catch (JsonException e)
        {
            return AdInput.Bad(new InputError(source, line, null, "not valid JSON: " + e.Message));
        }

        using (doc)
        {
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return AdInput.Bad(new InputError(source, line, null, "expected a JSON object with a \"text\" field"));
            }

            if (!doc.RootElement.TryGetProperty("text", out var text))
            {
                return AdInput.Bad(new InputError(source, line, "text", "missing"));
            }

            if (text.ValueKind != JsonValueKind.String)
            {
                return AdInput.Bad(new InputError(source, line, "text", $"must be a string, found {text.ValueKind.ToString().ToLowerInvariant()}"));
            }

            var id = line.ToString(CultureInfo.InvariantCulture);
            if (doc.RootElement.TryGetProperty("id", out var idElement))
            {
                switch (idElement.ValueKind)
                {
                    case JsonValueKind.String:
                        id = idElement.GetString()!;
                        break;
                    case JsonValueKind.Number:
                        id = idElement.GetRawText();
                        break;
                    case JsonValueKind.Null:
                        break;
                    default:
                        return AdInput.Bad(new InputError(source, line, "id", $"must be a string or a number, found {idElement.ValueKind.ToString().ToLowerInvariant()}"));
                }
            }

            return Checked(source, line, "text", id, text.GetString()!);
        }
    }

    private static IEnumerable<AdInput> ReadCsv(TextReader reader, string source)
    {
        using var rows = CsvRows.Read(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            yield break; // an empty file has no ads
        }

        var header = rows.Current;
        if (header.Error is not null)
        {
            throw new InvalidInputException(new InputError(source, header.Line, null, "the CSV header cannot be read: " + header.Error));
        }

        var textColumn = header.Fields.FindIndex(f => string.Equals(f.Trim(), "text", StringComparison.OrdinalIgnoreCase));
        var idColumn = header.Fields.FindIndex(f => string.Equals(f.Trim(), "id", StringComparison.OrdinalIgnoreCase));
        if (textColumn < 0)
        {
            throw new InvalidInputException(new InputError(source, header.Line, null, "the CSV header has no 'text' column (expected a header such as id,text)"));
        }

        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.Error is not null)
            {
                yield return AdInput.Bad(new InputError(source, row.Line, null, row.Error));
                continue;
            }

            if (row.Fields.Count == 1 && row.Fields[0].Length == 0)
            {
                continue; // blank line
            }

            if (row.Fields.Count != header.Fields.Count)
            {
                yield return AdInput.Bad(new InputError(source, row.Line, null,
                    string.Create(CultureInfo.InvariantCulture, $"expected {header.Fields.Count} fields as in the header, found {row.Fields.Count}")));
                continue;
            }

            var id = idColumn >= 0 && row.Fields[idColumn].Length > 0 ? row.Fields[idColumn] : row.Line.ToString(CultureInfo.InvariantCulture);
            yield return Checked(source, row.Line, "text", id, row.Fields[textColumn]);
        }
    }

    private static AdInput Checked(string source, long line, string field, string id, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return AdInput.Bad(new InputError(source, line, field, "empty"));
        }

        if (text.Length > MaxTextLength)
        {
            return AdInput.Bad(new InputError(source, line, field,
                string.Create(CultureInfo.InvariantCulture, $"longer than {MaxTextLength} characters ({text.Length}); split the text or screen it separately")));
        }

        return AdInput.Ok(new AdRecord(id, text, line));
    }
}
