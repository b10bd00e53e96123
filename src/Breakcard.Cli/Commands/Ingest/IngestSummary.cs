using Breakcard.Cli.Infrastructure;
using Breakcard.Ingest;
using Spectre.Console;

namespace Breakcard.Cli.Commands.Ingest;

/// <summary>Prints what an ingest run read, accepted, quarantined (by reason) and skipped.</summary>
internal static class IngestSummary
{
    public static void Print(CliContext cli, string source, DirectoryInfo output, IngestCounts counts, long labels)
    {
        var console = cli.Console;
        console.MarkupLineInterpolated($"[bold]breakcard ingest[/] {source} → {output.FullName}");
        var table = new Table().Border(TableBorder.Simple).AddColumn("").AddColumn(new TableColumn("count").RightAligned());
        table.AddRow("records read", IngestRun.Count(counts.RecordsRead));
        table.AddRow("accepted", IngestRun.Count(counts.RecordsAccepted));
        table.AddRow("events written", IngestRun.Count(counts.Events));
        table.AddRow("quarantined", IngestRun.Count(counts.Quarantined));
        foreach (var (reason, n) in counts.QuarantinedByReason.OrderByDescending(p => p.Value))
        {
            table.AddRow(Markup.Escape("  " + RejectReasons.ToText(reason)), IngestRun.Count(n));
        }

        table.AddRow("skipped by the mapping", IngestRun.Count(counts.Skipped));
        foreach (var (rule, n) in counts.SkippedByRule.OrderByDescending(p => p.Value))
        {
            table.AddRow(Markup.Escape("  " + rule), IngestRun.Count(n));
        }

        table.AddRow("duplicate ids", IngestRun.Count(counts.Duplicates) + (counts.FirstDuplicateLine is { } line ? $" (first at line {IngestRun.Count(line)})" : ""));
        table.AddRow("out of time order", IngestRun.Count(counts.OutOfOrder));
        table.AddRow("date-only times", IngestRun.Count(counts.DateOnlyTimes));
        table.AddRow("labels written", IngestRun.Count(labels));
        console.Write(table);
    }
}
