using System.Globalization;
using System.Text;

namespace Breakcard.Judgments.Tables;

/// <summary>Formats tables as CSV (RFC 4180) and Markdown, and numbers as the tables show them.</summary>
public static class TableText
{
    /// <summary>CSV with a header row; fields quoted when they contain a comma, quote or line break.</summary>
    public static string ToCsv(StatTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        AppendCsvRow(sb, table.Header);
        foreach (var row in table.Rows)
        {
            AppendCsvRow(sb, row);
        }

        return sb.ToString();
    }

    /// <summary>A Markdown section: heading, table and note.</summary>
    public static string ToMarkdown(StatTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var sb = new StringBuilder();
        sb.Append("### ").Append(table.Title).Append("\n\n| ");
        sb.AppendJoin(" | ", table.Header.Select(Escape)).Append(" |\n|");
        foreach (var _ in table.Header)
        {
            sb.Append("---|");
        }

        sb.Append('\n');
        foreach (var row in table.Rows)
        {
            sb.Append("| ").AppendJoin(" | ", row.Select(Escape)).Append(" |\n");
        }

        if (table.Note is not null)
        {
            sb.Append('\n').Append(table.Note).Append('\n');
        }

        return sb.Append('\n').ToString();
    }

    /// <summary>A share as a percentage with two decimals ("14.68%"), or "–" when the base is zero.</summary>
    public static string Percent(int part, int whole) =>
        whole == 0 ? "–" : (100.0 * part / whole).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>A share given as a fraction ("0.1468" → "14.68%").</summary>
    public static string Percent(double share) => (100.0 * share).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    /// <summary>An integer with thousands separators.</summary>
    public static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>A decimal number with <paramref name="decimals"/> places.</summary>
    public static string Number(double value, int decimals = 2) =>
        double.IsNaN(value) ? "–" : value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    private static void AppendCsvRow(StringBuilder sb, IEnumerable<string> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first)
            {
                sb.Append(',');
            }

            first = false;
            if (cell.AsSpan().IndexOfAny(",\"\n\r") >= 0)
            {
                sb.Append('"').Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                sb.Append(cell);
            }
        }

        sb.Append('\n');
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
