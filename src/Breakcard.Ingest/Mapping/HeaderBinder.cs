using System.Globalization;
using Breakcard.Core.Errors;

namespace Breakcard.Ingest.Mapping;

/// <summary>
/// Resolves a mapping's column references against one file's header (or, without a header,
/// its field count). A reference that does not resolve is a mapping error naming the mapping
/// file, the JSON path and the data file.
/// </summary>
internal sealed class HeaderBinder
{
    private readonly ColumnMapping _mapping;
    private readonly string[]? _header;
    private readonly int _fieldCount;
    private readonly string _dataSource;

    public HeaderBinder(ColumnMapping mapping, string[]? header, int fieldCount, string dataSource)
    {
        _mapping = mapping;
        _header = header;
        _fieldCount = fieldCount;
        _dataSource = dataSource;
        if (mapping.ExactHeader is { } exact && (header is null || !header.SequenceEqual(exact, StringComparer.Ordinal)))
        {
            throw new InvalidInputException(new InputError(dataSource, 1, null,
                $"the header is not that of Breakcard's {mapping.Description} (docs/data-format.md): expected \"{string.Join(',', exact)}\""
                + (header is null ? "" : $", found \"{string.Join(',', header)}\"")));
        }
    }

    /// <summary>Fields every record must have; -1 for a header-less file without records.</summary>
    public int FieldCount => _fieldCount;

    /// <summary>How column <paramref name="index"/> is named in errors: its header name, or "#3" without a header.</summary>
    public string NameOf(int index) =>
        _header is not null && index < _header.Length ? _header[index] : string.Create(CultureInfo.InvariantCulture, $"#{index}");

    /// <summary>The column's 0-based index, or -1 for a null reference.</summary>
    public int Resolve(ColumnRef? column)
    {
        if (column is null)
        {
            return -1;
        }

        if (column.Index is { } index)
        {
            return index < _fieldCount || _fieldCount < 0
                ? index
                : throw Error(column, string.Create(CultureInfo.InvariantCulture, $"position {index} is beyond the {_fieldCount} columns of {_dataSource}"));
        }

        var positions = new List<int>();
        for (var i = 0; i < _header!.Length; i++)
        {
            if (string.Equals(_header[i], column.Name, StringComparison.Ordinal))
            {
                positions.Add(i);
            }
        }

        if (positions.Count == 0)
        {
            throw Error(column, $"no column named \"{column.Name}\" in the header of {_dataSource} (columns: {string.Join(", ", _header)})");
        }

        if (positions.Count > 1 && column.Occurrence is null)
        {
            throw Error(column, $"\"{column.Name}\" appears {positions.Count} times in the header of {_dataSource} (positions {string.Join(", ", positions)}); say which with \"occurrence\" or use the position");
        }

        var occurrence = column.Occurrence ?? 1;
        return occurrence <= positions.Count
            ? positions[occurrence - 1]
            : throw Error(column, $"\"{column.Name}\" appears only {positions.Count} time(s) in the header of {_dataSource}");
    }

    private InvalidInputException Error(ColumnRef column, string reason) =>
        new(new InputError(_mapping.Source, null, column.JsonPath, reason));
}
