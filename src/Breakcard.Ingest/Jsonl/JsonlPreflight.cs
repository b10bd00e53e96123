using System.Text.Json;
using Breakcard.Core.Errors;
using Breakcard.Ingest.Internal;
using Breakcard.Ingest.Validation;

namespace Breakcard.Ingest.Jsonl;

/// <summary>
/// File-level checks of a JSON Lines file before any line is read (ADR 30): the byte-level pass
/// of <see cref="TextPreflight"/> (JSON Lines is always UTF-8), then the last line: one without a
/// line end that is not complete JSON is a file cut off mid-object.
/// </summary>
internal static class JsonlPreflight
{
    /// <summary>Validates; returns an upper bound on the lines in the file.</summary>
    public static long Check(Stream stream, string source, IngestOptions options)
    {
        var layout = TextPreflight.Scan(stream, source, EncodingCatalog.Utf8, new CsvStructureScanner(null, 0, options.MaxRecordBytes));
        var lines = layout.LineFeeds + 1;
        if (!layout.HasUnterminatedLastRecord)
        {
            return lines;
        }

        var tail = new byte[layout.Length - layout.LastRecordStart];
        stream.Position = layout.LastRecordStart;
        stream.ReadExactly(tail);
        var json = tail.AsSpan().Trim(" \t\r"u8);
        if (json.IsEmpty)
        {
            return lines;
        }

        try
        {
            var reader = new Utf8JsonReader(json, isFinalBlock: true, state: default);
            while (reader.Read())
            {
            }

            if (reader.CurrentDepth == 0)
            {
                return lines;
            }
        }
        catch (JsonException)
        {
            // Falls through to the truncation error below.
        }

        throw new InvalidInputException(new InputError(source, layout.LastRecordLine, null,
            "the file is truncated: its last line is not complete JSON and has no line end"));
    }
}
