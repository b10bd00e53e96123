using System.Text;
using Breakcard.Core.Errors;
using Breakcard.Ingest;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cli.Commands.Tracing;

/// <summary>
/// Reads one of a world's reference files (people.csv, accounts.csv, links.csv, …; RFC 4180,
/// UTF-8, one record per line as docs/data-format.md writes them). The header must name every
/// column the caller needs — otherwise the whole file is refused before any row is used; a row
/// with the wrong number of fields or an unclosed quote is quarantined with its file and line,
/// and reading goes on.
/// </summary>
internal sealed class ReferenceCsv
{
    private readonly Dictionary<string, int> _columns;
    private readonly List<string> _fields = [];

    private ReferenceCsv(string path, Dictionary<string, int> columns, int width)
    {
        Path = path;
        _columns = columns;
        Width = width;
    }

    /// <summary>The file, as named in errors.</summary>
    public string Path { get; }

    /// <summary>Number of header columns.</summary>
    public int Width { get; }

    /// <summary>Index of a column named in the header.</summary>
    public int Column(string name) => _columns[name];

    /// <summary>
    /// Reads every row of <paramref name="path"/>, calling <paramref name="row"/> with the line
    /// number, the fields and the raw text; rows that cannot be split go to <paramref name="quarantine"/>.
    /// </summary>
    public static void Read(string path, IReadOnlyList<string> required, IQuarantineSink quarantine, Action<ReferenceCsv, long, IReadOnlyList<string>, string> row, CancellationToken cancellationToken)
    {
        using var reader = Open(path);
        var header = ReadLine(reader, path, 1);
        if (header is null)
        {
            throw new InvalidInputException(new InputError(path, 1, null, "the file is empty; expected a header row"));
        }

        var names = new List<string>();
        if (Split(header.TrimStart('\uFEFF'), names) is { } headerProblem)
        {
            throw new InvalidInputException(new InputError(path, 1, null, "header: " + headerProblem));
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            columns.TryAdd(names[i].Trim(), i);
        }

        var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidInputException(new InputError(path, 1, missing[0],
                $"the header lacks the column{(missing.Count > 1 ? "s" : "")} {string.Join(", ", missing)} (expected {string.Join(",", required)})"));
        }

        var csv = new ReferenceCsv(path, columns, names.Count);
        long line = 1;
        while (ReadLine(reader, path, line + 1) is { } text)
        {
            line++;
            if ((line & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (text.Length == 0)
            {
                continue;
            }

            if (Split(text, csv._fields) is { } problem)
            {
                quarantine.Add(new QuarantinedRecord(new InputError(path, line, null, problem), RejectReason.Malformed, text));
            }
            else if (csv._fields.Count != csv.Width)
            {
                quarantine.Add(new QuarantinedRecord(new InputError(path, line, null, $"{csv._fields.Count} fields where the header has {csv.Width}"), RejectReason.FieldCount, text));
            }
            else
            {
                row(csv, line, csv._fields, text);
            }
        }
    }

    /// <summary>Splits one line into fields; returns what is wrong, or null.</summary>
    internal static string? Split(string line, List<string> into)
    {
        into.Clear();
        var sb = new StringBuilder();
        var i = 0;
        while (true)
        {
            sb.Clear();
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        return "a quoted field is not closed on its line";
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            sb.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    sb.Append(line[i++]);
                }

                if (i < line.Length && line[i] != ',')
                {
                    return $"text after a closing quote at column {i + 1}";
                }
            }
            else
            {
                var end = line.IndexOf(',', i);
                var field = end < 0 ? line.AsSpan(i) : line.AsSpan(i, end - i);
                if (field.Contains('"'))
                {
                    return $"a quote inside an unquoted field at column {i + field.IndexOf('"') + 1}";
                }

                sb.Append(field);
                i = end < 0 ? line.Length : end;
            }

            into.Add(sb.ToString());
            if (i >= line.Length)
            {
                return null;
            }

            i++; // the comma
        }
    }

    private static string? ReadLine(StreamReader reader, string path, long line)
    {
        try
        {
            return reader.ReadLine();
        }
        catch (DecoderFallbackException ex)
        {
            throw new InvalidInputException(new InputError(path, line, null, "not valid UTF-8 (reference files are UTF-8)"), ex);
        }
    }

    private static StreamReader Open(string path)
    {
        try
        {
            return new StreamReader(path, new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: false);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InvalidInputException(new InputError(path, null, null, "no such file"), ex);
        }
    }
}
