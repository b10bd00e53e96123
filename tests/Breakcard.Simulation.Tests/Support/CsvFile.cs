using System.Text;

namespace Breakcard.Simulation.Tests.Support;

/// <summary>
/// A small, strict RFC 4180 reader written independently of the simulator's writer, so tests
/// read the files the way a consumer would.
/// </summary>
internal sealed class CsvFile
{
    private readonly Dictionary<string, int> _columns;

    private CsvFile(string[] header, List<string[]> rows)
    {
        Header = header;
        Rows = rows;
        _columns = header.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => x.i, StringComparer.Ordinal);
    }

    public string[] Header { get; }

    public List<string[]> Rows { get; }

    public string Get(string[] row, string column) => row[_columns[column]];

    public IEnumerable<string> Column(string column) => Rows.Select(r => r[_columns[column]]);

    public Dictionary<string, string[]> IndexBy(string column) => Rows.ToDictionary(r => r[_columns[column]], StringComparer.Ordinal);

    public static CsvFile Read(string path)
    {
        var text = File.ReadAllText(path, new UTF8Encoding(false, true));
        var records = Parse(text);
        var header = records[0];
        var rows = records.Skip(1).ToList();
        foreach (var row in rows)
        {
            if (row.Length != header.Length)
            {
                throw new InvalidDataException($"{path}: a row has {row.Length} fields, the header {header.Length}.");
            }
        }

        return new CsvFile(header, rows);
    }

    public static List<string[]> Parse(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        var quoted = false;
        while (i < text.Length)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i += 2;
                    continue;
                }

                if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }

                i++;
                continue;
            }

            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    records.Add([.. fields]);
                    fields.Clear();
                    break;
                case '\r':
                    throw new InvalidDataException("CR in an unquoted field: files must use \\n line ends.");
                default:
                    field.Append(c);
                    break;
            }

            i++;
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            throw new InvalidDataException("The last record is not terminated by \\n.");
        }

        return records;
    }
}
