namespace Breakcard.Legal.Serialization;

/// <summary>The kind of a JSON value.</summary>
internal enum JsonNodeKind
{
    Object,
    Array,
    String,
    Number,
    True,
    False,
    Null,
}

/// <summary>
/// A parsed JSON value that remembers where it was: 1-based line and column, and its path in
/// the facts file's names ("earlier_acts[1].inflow"). System.Text.Json's document model does not
/// keep positions, and a user fixing a facts file needs the line of every error, including the
/// semantic ones found after parsing.
/// </summary>
internal sealed class JsonNode(JsonNodeKind kind, long line, long column, string path)
{
    public JsonNodeKind Kind { get; } = kind;

    public long Line { get; } = line;

    public long Column { get; } = column;

    /// <summary>Path in facts-file names; empty for the root.</summary>
    public string Path { get; } = path;

    /// <summary>String value, or the raw text of a number.</summary>
    public string? Text { get; init; }

    /// <summary>Properties of an object, in file order (name, line of the name, value).</summary>
    public List<JsonProperty> Properties { get; } = [];

    /// <summary>Items of an array.</summary>
    public List<JsonNode> Items { get; } = [];

    /// <summary>How the kind is named in error messages.</summary>
    public string KindName => Kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.True or JsonNodeKind.False => "a boolean",
        _ => "null",
    };
}

/// <summary>One property of a JSON object, with the line its name is on.</summary>
internal sealed record JsonProperty(string Name, long Line, JsonNode Value);
