namespace Breakcard.Cases.Review.Import;

/// <summary>One CSV record with its line and header, read by column name. Not thread safe (fields are reused per file).</summary>
public sealed class CsvRecord
{
    private readonly IReadOnlyDictionary<string, int> _columns;
    private readonly List<string> _fields;

    internal CsvRecord(IReadOnlyDictionary<string, int> columns, List<string> fields, long line)
    {
        _columns = columns;
        _fields = fields;
        Line = line;
    }

    /// <summary>1-based line on which the record starts.</summary>
    public long Line { get; }

    /// <summary>Number of fields the record has.</summary>
    public int FieldCount => _fields.Count;

    /// <summary>The value of <paramref name="column"/>, or null when the file has no such column or the field is empty.</summary>
    public string? this[string column] =>
        _columns.TryGetValue(column, out var i) && i < _fields.Count && _fields[i].Length > 0 ? _fields[i] : null;
}
