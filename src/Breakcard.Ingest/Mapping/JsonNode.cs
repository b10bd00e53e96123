using System.Globalization;
using System.Text.Json;
using Breakcard.Core.Errors;

namespace Breakcard.Ingest.Mapping;

/// <summary>
/// A JSON value of a mapping file together with its JSON path, so that every complaint can say
/// exactly where it is: <c>mappings/x.json: field '$.fields.debit.account.column': …</c>.
/// </summary>
internal readonly struct JsonNode(JsonElement element, string path, string source)
{
    public JsonElement Element { get; } = element;

    public string Path { get; } = path;

    public string Source { get; } = source;

    public JsonValueKind ValueKind => Element.ValueKind;

    public InvalidInputException Error(string reason) => new(new InputError(Source, null, Path, reason));

    /// <summary>Requires an object whose property names are all in <paramref name="allowed"/>, each at most once.</summary>
    public JsonNode RequireObject(params string[] allowed)
    {
        if (Element.ValueKind != JsonValueKind.Object)
        {
            throw Error($"expected a JSON object, found {Describe(Element.ValueKind)}");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in Element.EnumerateObject())
        {
            if (!seen.Add(p.Name))
            {
                throw Child(p.Name).Error("given twice (each target may be mapped once)");
            }

            if (allowed.Length > 0 && !allowed.Contains(p.Name, StringComparer.Ordinal))
            {
                throw Child(p.Name).Error($"unknown property (expected one of: {string.Join(", ", allowed)})");
            }
        }

        return this;
    }

    public JsonNode Child(string name) =>
        new(Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var e) ? e : default, ChildPath(name), Source);

    public bool Has(string name) => Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out _);

    public bool TryGet(string name, out JsonNode child)
    {
        if (Element.ValueKind == JsonValueKind.Object && Element.TryGetProperty(name, out var e))
        {
            child = new JsonNode(e, ChildPath(name), Source);
            return true;
        }

        child = default;
        return false;
    }

    public JsonNode Require(string name, string why) =>
        TryGet(name, out var child) ? child : throw Error($"\"{name}\" is required: {why}");

    public IEnumerable<(string Name, JsonNode Value)> Properties()
    {
        foreach (var p in Element.EnumerateObject())
        {
            yield return (p.Name, new JsonNode(p.Value, ChildPath(p.Name), Source));
        }
    }

    public IEnumerable<JsonNode> Items()
    {
        if (Element.ValueKind != JsonValueKind.Array)
        {
            throw Error($"expected a JSON array, found {Describe(Element.ValueKind)}");
        }

        var i = 0;
        foreach (var e in Element.EnumerateArray())
        {
            yield return new JsonNode(e, string.Create(CultureInfo.InvariantCulture, $"{Path}[{i++}]"), Source);
        }
    }

    public string GetString() => Element.ValueKind == JsonValueKind.String
        ? Element.GetString()!
        : throw Error($"expected a string, found {Describe(Element.ValueKind)}");

    public bool GetBool() => Element.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => throw Error($"expected true or false, found {Describe(Element.ValueKind)}"),
    };

    public int GetInt(int min, int max)
    {
        if (Element.ValueKind != JsonValueKind.Number || !Element.TryGetInt32(out var value))
        {
            throw Error($"expected a whole number, found {Describe(Element.ValueKind)}");
        }

        return value < min || value > max
            ? throw Error(string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max}"))
            : value;
    }

    /// <summary>A string, or a number's exact text (so 7.1 stays the decimal 7.1).</summary>
    public string GetNumberText() => Element.ValueKind switch
    {
        JsonValueKind.String => Element.GetString()!,
        JsonValueKind.Number => Element.GetRawText(),
        _ => throw Error($"expected a number, found {Describe(Element.ValueKind)}"),
    };

    public string[] GetStrings() => [.. Items().Select(i => i.GetString())];

    private string ChildPath(string name) =>
        name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') ? $"{Path}.{name}" : $"{Path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Undefined => "nothing",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
