using System.Globalization;
using System.Text.Json;

namespace Breakcard.Cases.Clues.Import;

/// <summary>
/// Finds the line of a JSON value named by a path such as <c>layers[2].accounts[0].account</c>.
/// <see cref="JsonDocument"/> keeps no positions, so a reader that found a bad field walks the
/// bytes once more with <see cref="Utf8JsonReader"/> to name the line — only on the error path.
/// </summary>
internal static class JsonLineLocator
{
    /// <summary>The 1-based line of the value at <paramref name="path"/>, or null when the path is not in the document.</summary>
    public static long? LineOf(ReadOnlySpan<byte> json, string path)
    {
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var stack = new List<Frame>();
        string? property = null;
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        property = reader.GetString();
                        if (Member(stack, property) == path)
                        {
                            return Line(json, reader.TokenStartIndex);
                        }

                        break;
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        var container = ValuePath(stack, property);
                        if (container == path)
                        {
                            return Line(json, reader.TokenStartIndex);
                        }

                        stack.Add(new Frame(reader.TokenType == JsonTokenType.StartArray, container));
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        stack.RemoveAt(stack.Count - 1);
                        break;
                    default:
                        if (ValuePath(stack, property) == path)
                        {
                            return Line(json, reader.TokenStartIndex);
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // A document that does not parse has no paths; the caller reports the parse error instead.
        }

        return null;
    }

    private static string Member(List<Frame> stack, string? property)
    {
        var prefix = stack.Count == 0 ? "" : stack[^1].Path;
        return prefix.Length == 0 ? property ?? "" : prefix + "." + property;
    }

    // The path of the value that starts now: the next index of an enclosing array, or the last property of an object.
    private static string ValuePath(List<Frame> stack, string? property)
    {
        if (stack.Count == 0)
        {
            return "";
        }

        var top = stack[^1];
        if (!top.IsArray)
        {
            return Member(stack, property);
        }

        top.Index++;
        return top.Path + string.Create(CultureInfo.InvariantCulture, $"[{top.Index}]");
    }

    private static long Line(ReadOnlySpan<byte> json, long index) => json[..(int)index].Count((byte)'\n') + 1L;

    private sealed class Frame(bool isArray, string path)
    {
        public bool IsArray { get; } = isArray;

        public string Path { get; } = path;

        public int Index { get; set; } = -1;
    }
}
