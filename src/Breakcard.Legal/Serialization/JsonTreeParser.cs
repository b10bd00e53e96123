using System.Text;
using System.Text.Json;
using Breakcard.Core.Errors;

namespace Breakcard.Legal.Serialization;

/// <summary>
/// Parses UTF-8 JSON into <see cref="JsonNode"/>s with positions, using System.Text.Json's
/// <see cref="Utf8JsonReader"/>. Strict JSON: no comments, no trailing commas, no repeated
/// property names (a repeated name would silently drop a value).
/// </summary>
internal static class JsonTreeParser
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];

    /// <summary>Parses <paramref name="utf8"/>; throws <see cref="InvalidInputException"/> located at the first syntax error.</summary>
    public static JsonNode Parse(ReadOnlySpan<byte> utf8, string source)
    {
        if (utf8.StartsWith(Bom))
        {
            utf8 = utf8[Bom.Length..];
        }

        if (utf8.IsEmpty || utf8.IndexOfAnyExcept(" \t\r\n"u8) < 0)
        {
            throw new InvalidInputException(new InputError(source, null, null, "the file is empty; expected a JSON object of facts"));
        }

        var lines = LineStarts(utf8);
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, AllowTrailingCommas = false, MaxDepth = 32 });
        var state = new ParseState(source, lines);
        try
        {
            reader.Read();
            var root = ParseValue(ref reader, "", state);
            if (reader.Read())
            {
                throw state.Error(reader.TokenStartIndex, null, "unexpected content after the end of the facts object");
            }

            return root;
        }
        catch (JsonException ex)
        {
            // The reader's first sentence says what is wrong; the rest is its 0-based position and
            // advice about reader options, which the located error replaces. No field is named: at a
            // syntax error the path being read is not reliably the one at fault.
            var message = ex.Message;
            var cut = message.IndexOf(". ", StringComparison.Ordinal);
            var reason = (cut > 0 ? message[..cut] : message).TrimEnd('.', ' ');
            throw new InvalidInputException(new InputError(source, (ex.LineNumber ?? 0) + 1, null, $"not valid JSON: {reason}"), ex);
        }
    }

    private static JsonNode ParseValue(ref Utf8JsonReader reader, string path, ParseState state)
    {
        var (line, column) = state.Position(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonNode(JsonNodeKind.Object, line, column, path);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
                {
                    var nameLine = state.Position(reader.TokenStartIndex).Line;
                    var name = GetString(ref reader, path, state);
                    var childPath = path.Length == 0 ? name : $"{path}.{name}";
                    if (obj.Properties.Exists(p => p.Name == name))
                    {
                        throw new InvalidInputException(new InputError(state.Source, nameLine, childPath, "given twice; each field may appear once"));
                    }

                    reader.Read();
                    obj.Properties.Add(new JsonProperty(name, nameLine, ParseValue(ref reader, childPath, state)));
                }

                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonNode(JsonNodeKind.Array, line, column, path);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    array.Items.Add(ParseValue(ref reader, $"{path}[{array.Items.Count}]", state));
                }

                return array;
            case JsonTokenType.String:
                return new JsonNode(JsonNodeKind.String, line, column, path) { Text = GetString(ref reader, path, state) };
            case JsonTokenType.Number:
                return new JsonNode(JsonNodeKind.Number, line, column, path) { Text = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new JsonNode(JsonNodeKind.True, line, column, path);
            case JsonTokenType.False:
                return new JsonNode(JsonNodeKind.False, line, column, path);
            case JsonTokenType.Null:
                return new JsonNode(JsonNodeKind.Null, line, column, path);
            default:
                throw state.Error(reader.TokenStartIndex, path, $"unexpected {reader.TokenType}");
        }
    }

    private static string GetString(ref Utf8JsonReader reader, string path, ParseState state)
    {
        try
        {
            return reader.GetString() ?? "";
        }
        catch (InvalidOperationException ex)
        {
            throw new InvalidInputException(new InputError(state.Source, state.Position(reader.TokenStartIndex).Line, path.Length == 0 ? null : path, "text is not valid UTF-8"), ex);
        }
    }

    private static long[] LineStarts(ReadOnlySpan<byte> utf8)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < utf8.Length; i++)
        {
            if (utf8[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private sealed class ParseState(string source, long[] lineStarts)
    {
        public string Source { get; } = source;

        public (long Line, long Column) Position(long offset)
        {
            var index = Array.BinarySearch(lineStarts, offset);
            if (index < 0)
            {
                index = ~index - 1;
            }

            return (index + 1, offset - lineStarts[index] + 1);
        }

        public InvalidInputException Error(long offset, string? path, string reason) =>
            new(new InputError(Source, Position(offset).Line, string.IsNullOrEmpty(path) ? null : path, reason));
    }
}
