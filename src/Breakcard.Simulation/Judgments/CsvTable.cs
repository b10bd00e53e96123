using System.Text;
using Breakcard.Core.Errors;

namespace Breakcard.Simulation.Judgments;

/// <summary>
/// A minimal RFC 4180 reader for the world folder's own CSV files (docs/data-format.md: UTF-8,
/// one header row, fields quoted only when they contain a comma, quote or line break), used to
/// read a city back into judgments. Rows with the wrong number of fields are reported, not read.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> _columns;
    private readonly string _path;

    private CsvTable(string path, Dictionary<string, int> columns)
    {
        _path = path;
        _columns = columns;
    }

    /// <summary>Index of a column.</summary>
    public int this[string column] => _columns[column];

    /// <summary>Opens <paramref name="path"/> and checks that its header has every required column.</summary>
    /// <exception cref="InvalidInputException">The file is missing, empty, or lacks a column.</exception>
    public static CsvTable Open(string path, IReadOnlyList<string> required)
    {
        if (!File.Exists(path))
        {
            throw new InvalidInputException(new InputError(path, null, null, "file not found: is this a world folder written by `breakcard simulate`?"));
        }

        using var reader = new StreamReader(path, Encoding.UTF8);
        var header = reader.ReadLine();
        if (header is null)
        {
            throw new InvalidInputException(new InputError(path, 1, null, "empty file: expected a header row"));
        }

        var names = Split(header.TrimStart('\uFEFF')) ?? [];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            columns.TryAdd(names[i], i);
        }

        var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidInputException(new InputError(path, 1, missing[0], "column missing from the header (" + string.Join(", ", missing) + ")"));
        }

        return new CsvTable(path, columns);
    }

    /// <summary>The data rows with their 1-based line numbers; bad rows go to <paramref name="problems"/>.</summary>
    public IEnumerable<(long Line, string[] Fields)> Rows(List<InputError> problems)
    {
        using var reader = new StreamReader(_path, Encoding.UTF8);
        reader.ReadLine();
        long line = 1;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0)
            {
                continue;
            }

            var fields = Split(text);
            if (fields is null || fields.Length != _columns.Count)
            {
                problems.Add(new InputError(_path, line, null, fields is null
                    ? "unbalanced quotes"
                    : $"{fields.Length} fields, the header has {_columns.Count}"));
                continue;
            }

            yield return (line, fields);
        }
    }

    /// <summary>Splits one line; null when a quoted field is not closed.</summary>
    internal static string[]? Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (true)
        {
            field.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        return null;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    field.Append(line[i++]);
                }
            }

            while (i < line.Length && line[i] != ',')
            {
                field.Append(line[i++]);
            }

            fields.Add(field.ToString());
            if (i >= line.Length)
            {
                return [.. fields];
            }

            i++;
        }
    }
}
