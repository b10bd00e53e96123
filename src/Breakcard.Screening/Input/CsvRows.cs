using System.Text;

namespace Breakcard.Screening.Input;

/// <summary>
/// An RFC 4180 CSV row reader: quoted fields may hold commas, doubled quotes and line breaks.
/// Each row reports the line it starts on; a malformed row reports why instead of its fields.
/// </summary>
internal static class CsvRows
{
    public sealed record Row(long Line, List<string> Fields, string? Error);

    public static IEnumerable<Row> Read(TextReader reader)
    {
        long line = 1;
        var fields = new List<string>();
        var field = new StringBuilder();
        var rowLine = line;
        var inQuotes = false;
        var quotedField = false;
        string? error = null;
        int c;
        var any = false;
        while ((c = reader.Read()) >= 0)
        {
            any = true;
            var ch = (char)c;
            if (inQuotes)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        field.Append('"');
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    if (ch == '\n')
                    {
                        line++;
                    }

                    field.Append(ch);
                }

                continue;
            }

            switch (ch)
            {
                case '"' when field.Length == 0 && !quotedField:
                    inQuotes = true;
                    quotedField = true;
                    break;
                case '"':
                    error ??= "a quote inside an unquoted field (quote the whole field and double the quote)";
                    field.Append(ch);
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    quotedField = false;
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    yield return new Row(rowLine, fields, error);
                    fields = [];
                    field.Clear();
                    quotedField = false;
                    error = null;
                    line++;
                    rowLine = line;
                    any = false;
                    break;
                default:
                    if (quotedField)
                    {
                        error ??= "characters after a closing quote";
                    }

                    field.Append(ch);
                    break;
            }
        }

        if (inQuotes)
        {
            yield return new Row(rowLine, fields, "a quoted field is not closed before the end of the file");
        }
        else if (any || fields.Count > 0)
        {
            fields.Add(field.ToString());
            yield return new Row(rowLine, fields, error);
        }
    }
}
