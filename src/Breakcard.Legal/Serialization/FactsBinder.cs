using System.Collections.Immutable;
using System.Globalization;
using Breakcard.Core;
using Breakcard.Core.Errors;
using Breakcard.Legal.Facts;

namespace Breakcard.Legal.Serialization;

/// <summary>
/// Reads typed values out of <see cref="JsonNode"/>s, collecting located errors instead of
/// stopping at the first, and remembers every node by path so that problems found later by
/// <see cref="ConductFacts.Validate"/> can be located too.
/// </summary>
internal sealed class FactsBinder(string source)
{
    private readonly Dictionary<string, JsonNode> _nodes = new(StringComparer.Ordinal);

    public List<InputError> Errors { get; } = [];

    /// <summary>Records <paramref name="node"/> and its descendants by path.</summary>
    public void Index(JsonNode node)
    {
        _nodes[node.Path] = node;
        foreach (var p in node.Properties)
        {
            Index(p.Value);
        }

        foreach (var item in node.Items)
        {
            Index(item);
        }
    }

    public void Error(JsonNode node, string reason) =>
        Errors.Add(new InputError(source, node.Line, node.Path.Length == 0 ? null : node.Path, reason));

    /// <summary>Locates a problem by its path, falling back to the nearest enclosing node that exists.</summary>
    public InputError Locate(FactProblem problem)
    {
        var path = problem.Path;
        while (true)
        {
            if (_nodes.TryGetValue(path, out var node))
            {
                return new InputError(source, node.Line, problem.Path, problem.Reason);
            }

            var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
            if (cut <= 0)
            {
                return new InputError(source, _nodes.TryGetValue("", out var root) ? root.Line : null, problem.Path, problem.Reason);
            }

            path = path[..cut];
        }
    }

    /// <summary>The fields of an object, with unknown fields reported; null when the node is not an object.</summary>
    public Fields? Object(JsonNode? node, IReadOnlyCollection<string> allowed)
    {
        if (node is null)
        {
            return null;
        }

        if (node.Kind != JsonNodeKind.Object)
        {
            Error(node, $"expected an object, got {node.KindName}");
            return null;
        }

        foreach (var p in node.Properties.Where(p => !allowed.Contains(p.Name)))
        {
            Errors.Add(new InputError(source, p.Line, p.Value.Path, $"unknown field; expected one of: {string.Join(", ", allowed)}"));
        }

        return new Fields(this, node);
    }

    public DateOnly? Date(JsonNode? node)
    {
        if (!IsString(node, "a date written yyyy-MM-dd", out var text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        var shaped = text.Length == 10 && text[4] == '-' && text[7] == '-' && text.Where((c, i) => i is not (4 or 7)).All(char.IsAsciiDigit);
        Error(node!, shaped ? $"\"{text}\" is not a real calendar date" : $"\"{text}\" is not a date written yyyy-MM-dd");
        return null;
    }

    public Money? Fen(JsonNode? node)
    {
        if (!IsNumber(node, "a whole number of fen (¥1 = 100 fen)", out var text))
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var fen))
        {
            return Money.FromFen(fen);
        }

        Error(node!, IsWhole(text) ? $"{text} is too large" : $"{text} is not a whole number of fen (¥1 = 100 fen; write ¥12.50 as 1250)");
        return null;
    }

    public int? Count(JsonNode? node)
    {
        if (!IsNumber(node, "a whole number", out var text))
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count))
        {
            return count;
        }

        Error(node!, IsWhole(text) ? $"{text} is too large" : $"{text} is not a whole number");
        return null;
    }

    public bool? Bool(JsonNode? node)
    {
        if (node is null)
        {
            return null;
        }

        if (node.Kind is JsonNodeKind.True or JsonNodeKind.False)
        {
            return node.Kind == JsonNodeKind.True;
        }

        Error(node, $"expected true or false, got {node.KindName}");
        return null;
    }

    public string? Text(JsonNode? node) => IsString(node, "a string", out var text) ? text : null;

    public T? Enum<T>(JsonNode? node) where T : struct, System.Enum
    {
        var allowed = FactsNames.AllOf<T>();
        if (!IsString(node, $"one of: {string.Join(", ", allowed)}", out var text))
        {
            return null;
        }

        if (FactsNames.TryParse<T>(text, out var value))
        {
            return value;
        }

        Error(node!, $"unknown value \"{text}\"; expected one of: {string.Join(", ", allowed)}");
        return null;
    }

    /// <summary>The items of an array read by <paramref name="read"/>; items that fail are left out (their errors are recorded).</summary>
    public ImmutableArray<T> Array<T>(JsonNode? node, Func<JsonNode, T?> read) where T : class =>
        ArrayCore(node, n => read(n) is { } v ? (true, v) : (false, default!));

    /// <summary>The enum items of an array.</summary>
    public ImmutableArray<T> EnumArray<T>(JsonNode? node) where T : struct, System.Enum =>
        ArrayCore(node, n => Enum<T>(n) is { } v ? (true, v) : (false, default));

    private ImmutableArray<T> ArrayCore<T>(JsonNode? node, Func<JsonNode, (bool Ok, T Value)> read)
    {
        if (node is null)
        {
            return [];
        }

        if (node.Kind != JsonNodeKind.Array)
        {
            Error(node, $"expected an array, got {node.KindName}");
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<T>(node.Items.Count);
        foreach (var item in node.Items)
        {
            var (ok, value) = read(item);
            if (ok)
            {
                builder.Add(value);
            }
        }

        return builder.ToImmutable();
    }

    private bool IsString(JsonNode? node, string expected, out string text) => IsKind(node, JsonNodeKind.String, expected, out text);

    private bool IsNumber(JsonNode? node, string expected, out string text) => IsKind(node, JsonNodeKind.Number, expected, out text);

    /// <summary>True when <paramref name="node"/> is present and of <paramref name="kind"/>; records a type error when it is present and is not.</summary>
    private bool IsKind(JsonNode? node, JsonNodeKind kind, string expected, out string text)
    {
        text = "";
        if (node is null)
        {
            return false;
        }

        if (node.Kind != kind)
        {
            Error(node, $"expected {expected}, got {node.KindName}");
            return false;
        }

        text = node.Text ?? "";
        return true;
    }

    private static bool IsWhole(string number) => number.TrimStart('-').All(char.IsAsciiDigit);

    /// <summary>The fields of one JSON object.</summary>
    public sealed class Fields(FactsBinder binder, JsonNode node)
    {
        public JsonNode Node { get; } = node;

        /// <summary>The value of <paramref name="name"/>, or null when absent or JSON null.</summary>
        public JsonNode? this[string name] =>
            Node.Properties.Find(p => p.Name == name)?.Value is { Kind: not JsonNodeKind.Null } value ? value : null;

        /// <summary>The value of a required field; records "missing" and returns null when absent.</summary>
        public JsonNode? Required(string name)
        {
            var value = this[name];
            if (value is null)
            {
                var path = Node.Path.Length == 0 ? name : $"{Node.Path}.{name}";
                binder.Errors.Add(new InputError(binder.SourceName, Node.Line, path, "required field is missing"));
            }

            return value;
        }
    }

    private string SourceName => source;
}
