using System.Reflection;
using System.Text;
using Breakcard.Core.Errors;

namespace Breakcard.Ingest.Mapping;

/// <summary>
/// A column mapping: how the records of one kind of CSV file become Core events — which column
/// (by header name, header name and occurrence, or position) holds each field, how times,
/// amounts, currencies, channels and cash are written, and which columns carry the source's own
/// labels. Loaded from a JSON file (docs/ingest.md) and validated on load: every error names the
/// mapping file and the JSON path. Breakcard's own CSV files use built-in mappings
/// (<see cref="ForSchema"/>). Immutable; thread safe.
/// </summary>
public sealed class ColumnMapping
{
    private const string ResourcePrefix = "Breakcard.Ingest.Mappings.";

    internal ColumnMapping(string source, IngestEventKind kind)
    {
        Source = source;
        Kind = kind;
    }

    /// <summary>The mapping file (or "built-in:…"), as named in errors.</summary>
    public string Source { get; }

    /// <summary>What the mapping's description says about the data it reads.</summary>
    public string? Description { get; internal init; }

    /// <summary>The kind of event each record becomes.</summary>
    public IngestEventKind Kind { get; }

    /// <summary>The declared text encoding ("utf-8", "gbk" or "gb18030").</summary>
    public string EncodingName { get; internal init; } = "utf-8";

    /// <summary>True when the first record is a header.</summary>
    public bool HasHeader { get; internal init; } = true;

    /// <summary>Names of the mappings shipped with Breakcard (<c>mappings/*.json</c>), usable in place of a path.</summary>
    public static IReadOnlyList<string> BuiltInNames { get; } =
        [.. typeof(ColumnMapping).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[ResourcePrefix.Length..^".json".Length])
            .Order(StringComparer.Ordinal)];

    internal Encoding Encoding { get; init; } = Internal.EncodingCatalog.Utf8;

    internal char Delimiter { get; init; } = ',';

    internal bool Trim { get; init; }

    /// <summary>For Breakcard's own files: the header must be exactly these columns, in order.</summary>
    internal IReadOnlyList<string>? ExactHeader { get; init; }

    internal IdSpec Id { get; init; } = null!;

    internal TimeSpec Time { get; init; } = null!;

    internal AccountSpec? Debit { get; init; }

    internal AccountSpec? Credit { get; init; }

    internal AmountSpec? Amount { get; init; }

    internal ChannelSpec? Channel { get; init; }

    internal ColumnRef? Memo { get; init; }

    internal CashSpec? Cash { get; init; }

    internal ColumnRef? Caller { get; init; }

    internal ColumnRef? Callee { get; init; }

    internal DurationSpec? Duration { get; init; }

    internal ColumnRef? Sender { get; init; }

    internal ColumnRef? Receiver { get; init; }

    internal SmsKindSpec? SmsKind { get; init; }

    internal AccountSpec? Account { get; init; }

    internal ColumnRef? CellId { get; init; }

    internal ColumnRef? Device { get; init; }

    internal ColumnRef? Ip { get; init; }

    internal LabelSpec? Label { get; init; }

    /// <summary>
    /// Loads a mapping from a JSON file, or a shipped one by name (see <see cref="BuiltInNames"/>)
    /// when <paramref name="pathOrName"/> is not an existing file. Throws
    /// <see cref="InvalidInputException"/> naming the file and JSON path for any problem.
    /// </summary>
    public static ColumnMapping Load(string pathOrName)
    {
        ArgumentNullException.ThrowIfNull(pathOrName);
        if (File.Exists(pathOrName))
        {
            return Parse(File.ReadAllText(pathOrName, Encoding.UTF8), pathOrName);
        }

        var resource = ResourcePrefix + Path.GetFileNameWithoutExtension(pathOrName) + ".json";
        using var stream = typeof(ColumnMapping).Assembly.GetManifestResourceStream(resource);
        if (stream is null || Path.GetDirectoryName(pathOrName) is { Length: > 0 })
        {
            throw new InvalidInputException(new InputError(pathOrName, null, null,
                $"no such mapping file, and not a built-in mapping ({string.Join(", ", BuiltInNames)})"));
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        return Parse(reader.ReadToEnd(), "built-in:" + Path.GetFileNameWithoutExtension(pathOrName));
    }

    /// <summary>Parses mapping JSON; <paramref name="source"/> names it in errors.</summary>
    public static ColumnMapping Parse(string json, string source) => MappingParser.Parse(json, source);

    /// <summary>The built-in mapping for Breakcard's own CSV file of <paramref name="kind"/> (docs/data-format.md).</summary>
    public static ColumnMapping ForSchema(IngestEventKind kind) => SchemaMappings.For(kind);
}
