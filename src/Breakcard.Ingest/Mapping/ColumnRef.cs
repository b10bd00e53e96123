using System.Globalization;

namespace Breakcard.Ingest.Mapping;

/// <summary>
/// A column named in a mapping: by header name (with an occurrence for repeated names such as
/// AMLworld's two "Account" columns) or by 0-based position.
/// </summary>
/// <param name="Name">Header name, or null for a position.</param>
/// <param name="Occurrence">1-based occurrence of <paramref name="Name"/> in the header, when the mapping gives one.</param>
/// <param name="Index">0-based position, or null for a name.</param>
/// <param name="JsonPath">Where the reference is in the mapping file, for errors.</param>
internal sealed record ColumnRef(string? Name, int? Occurrence, int? Index, string JsonPath)
{
    /// <summary>How the column is named in messages: its header name, or "#3" for position 3.</summary>
    public string Display => Name is not null
        ? Occurrence is > 1 ? string.Create(CultureInfo.InvariantCulture, $"{Name} ({Occurrence})") : Name
        : string.Create(CultureInfo.InvariantCulture, $"#{Index}");
}
