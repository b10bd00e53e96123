using Breakcard.Judgments.Tables;
using Spectre.Console;

namespace Breakcard.Cli.Judgments;

/// <summary>Prints result tables on the console.</summary>
public static class ConsoleTables
{
    /// <summary>Prints <paramref name="table"/> with at most <paramref name="maxRows"/> rows.</summary>
    public static void Print(IAnsiConsole console, StatTable table, int maxRows = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(table);
        var t = new Table { Title = new TableTitle(Markup.Escape(table.Title)) };
        foreach (var h in table.Header)
        {
            t.AddColumn(Markup.Escape(h));
        }

        foreach (var row in table.Rows.Take(maxRows))
        {
            t.AddRow([.. row.Select(Markup.Escape)]);
        }

        console.Write(t);
        if (table.Rows.Count > maxRows)
        {
            console.MarkupLineInterpolated($"[grey]… {table.Rows.Count - maxRows:N0} more rows[/]");
        }
    }
}
