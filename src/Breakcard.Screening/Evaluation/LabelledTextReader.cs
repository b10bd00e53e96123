using System.Globalization;
using System.Text.Json;
using Breakcard.Core.Errors;

namespace Breakcard.Screening.Evaluation;

/// <summary>
/// Reads labelled texts from JSON Lines: <c>id</c>, <c>label</c> (<c>risky</c> or
/// <c>legitimate</c>), <c>text</c>, and an optional <c>note</c>. An evaluation set must be right
/// as a whole, so any bad line throws <see cref="InvalidInputException"/> naming file, line and field.
/// </summary>
public static class LabelledTextReader
{
    /// <summary>Reads every labelled text from <paramref name="reader"/>.</summary>
    public static List<LabelledText> Read(TextReader reader, string source)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var result = new List<LabelledText>();
        long line = 0;
        while (reader.ReadLine() is { } raw)
        {
            line++;
            if (string.IsNullOrWhiteSpace(raw))
            {
                continue;
            }

            result.Add(Parse(raw, source, line));
        }

        return result;
    }

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static List<LabelledText> Read(string path)
    {
        using var reader = File.OpenText(path);
        return Read(reader, path);
    }

    private static LabelledText Parse(string raw, string source, long line)
    {
        try
        {
            using var doc = JsonDocument.Parse(raw);
            var root = doc.RootElement;
            var text = Required(root, "text", source, line);
            var label = Required(root, "label", source, line) switch
            {
                "risky" => true,
                "legitimate" => false,
                var other => throw new InvalidInputException(new InputError(source, line, "label", $"must be 'risky' or 'legitimate', found '{other}'")),
            };
            var id = root.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.String ? i.GetString()! : line.ToString(CultureInfo.InvariantCulture);
            var note = root.TryGetProperty("note", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            return new LabelledText(id, text, label, note);
        }
        catch (JsonException e)
        {
            throw new InvalidInputException(new InputError(source, line, null, "not valid JSON: " + e.Message), e);
        }
    }

    private static string Required(JsonElement root, string name, string source, long line) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : throw new InvalidInputException(new InputError(source, line, name, "missing or not a string"));
}
