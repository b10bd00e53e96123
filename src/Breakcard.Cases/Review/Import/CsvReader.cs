using System.Text;
using Breakcard.Core.Errors;

namespace Breakcard.Cases.Review.Import;

/// <summary>
/// Reads RFC 4180 CSV (docs/data-format.md) with a header row, by column name, streaming.
/// Quoted fields may hold commas, quotes and line breaks. A missing required column or a broken
/// quote throws <see cref="InvalidInputException"/> naming the file, line and column; a record
/// with the wrong number of fields is returned for the caller to quarantine (see
/// <see cref="FieldCountProblem"/>).
/// </summary>
public sealed class CsvReader
{
    private readonly TextReader _reader;
    private readonly string _source;
    private long _line;

    /// <summary>Opens a reader and reads the header; throws when a column in <paramref name="required"/> is missing.</summary>
    public CsvReader(TextReader reader, string source, IReadOnlyCollection<string> required)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(required);
        _reader = reader;
        _source = source;
        var header = ReadFields() ?? throw new InvalidInputException(new InputError(source, 1, null, "the file is empty; expected a header row"));
        if (header.Count > 0 && header[0].StartsWith('\uFEFF'))
        {
            header[0] = header[0][1..];
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            if (!columns.TryAdd(header[i].Trim(), i))
            {
                throw new InvalidInputException(new InputError(source, 1, header[i], "the column appears twice in the header"));
            }
        }

        foreach (var column in required)
        {
            if (!columns.ContainsKey(column))
            {
                throw new InvalidInputException(new InputError(source, 1, column, $"required column missing; the header has {string.Join(",", header)}"));
            }
        }

        Columns = columns;
        Width = header.Count;
    }

    /// <summary>Column positions by name.</summary>
    public IReadOnlyDictionary<string, int> Columns { get; }

    /// <summary>Number of columns in the header.</summary>
    public int Width { get; }

    /// <summary>The next record, or null at the end.</summary>
    public CsvRecord? Next()
    {
        while (true)
        {
            var start = _line + 1;
            var fields = ReadFields();
            if (fields is null)
            {
                return null;
            }

            if (fields.Count == 1 && fields[0].Length == 0)
            {
                continue; // blank line
            }

            return new CsvRecord(Columns, fields, start);
        }
    }

    /// <summary>The problem with a record's field count, or null when it matches the header.</summary>
    public InputError? FieldCountProblem(CsvRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record.FieldCount == Width ? null : new InputError(_source, record.Line, null, $"has {record.FieldCount} fields; the header has {Width}");
    }

    // Implementation note: one record may span lines when a quoted field holds a line break.
    private List<string>? ReadFields()
    {
        var first = _reader.Read();
        if (first < 0)
        {
            return null;
        }

        _line++;
        var fields = new List<string>();
        var field = new StringBuilder();
        var c = first;
        var quoted = false;
        var fieldStart = true;
        while (true)
        {
            if (c < 0)
            {
                if (quoted)
                {
                    throw new InvalidInputException(new InputError(_source, _line, null, "a quoted field is not closed before the end of the file"));
                }

                fields.Add(field.ToString());
                return fields;
            }

            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (_reader.Peek() == '"')
                    {
                        _reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                        var next = _reader.Peek();
                        if (next >= 0 && next is not (',' or '\n' or '\r'))
                        {
                            throw new InvalidInputException(new InputError(_source, _line, null, "unexpected text after a closing quote"));
                        }
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        _line++;
                    }

                    field.Append(ch);
                }
            }
            else if (ch == '"' && fieldStart)
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
                fieldStart = true;
                c = _reader.Read();
                continue;
            }
            else if (ch is '\n' or '\r')
            {
                if (ch == '\r' && _reader.Peek() == '\n')
                {
                    _reader.Read();
                }

                fields.Add(field.ToString());
                return fields;
            }
            else
            {
                field.Append(ch);
            }

            fieldStart = false;
            c = _reader.Read();
        }
    }
}
