using System.Globalization;
using System.Text;
using Breakcard.Cli.Reporting;
using Breakcard.Core.Errors;
using Breakcard.Core.Judgments;
using Breakcard.Judgments.Consistency;
using Breakcard.Judgments.Statistics;
using Breakcard.Judgments.Tables;

namespace Breakcard.Cli.Judgments;

/// <summary>What a judgment report contains, for printing a summary.</summary>
/// <param name="Statistics">Statistics tables.</param>
/// <param name="Consistency">Consistency results.</param>
/// <param name="Charts">Chart file stems and captions.</param>
public sealed record JudgmentReportContent(IReadOnlyList<StatTable> Statistics, ConsistencyResult Consistency, IReadOnlyList<(string Stem, string Caption)> Charts);

/// <summary>
/// Writes a judgment analytics report folder: <c>tables/*.csv</c>, <c>tables.md</c>,
/// <c>charts/*.png|svg</c>, <c>report.html</c>, the extracted <c>judgments.jsonl</c> and
/// <c>problems.csv</c> (documents that could not be read, with the reason).
/// </summary>
public static class JudgmentReportWriter
{
    /// <summary>Number of inconsistent pairs listed in the CSV tables (the count is always exact).</summary>
    public const int PairsInTables = 100_000;

    private const int RowsInHtml = 25;

    /// <summary>Computes everything and writes the folder.</summary>
    public static async Task<JudgmentReportContent> WriteAsync(string directory, IReadOnlyList<JudgmentRecord> judgments, IReadOnlyList<InputError> problems, DateTimeOffset generatedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(judgments);
        ArgumentNullException.ThrowIfNull(problems);
        var tablesDir = Path.Combine(directory, "tables");
        Directory.CreateDirectory(tablesDir);
        var statistics = JudgmentStatistics.Tables(judgments);
        var consistency = ConsistencyAnalysis.Run(judgments, PairsInTables);
        var consistencyTables = ConsistencyTables.Tables(consistency);
        var markdown = new StringBuilder("# Judgment analytics\n\n");
        foreach (var table in statistics.Concat(consistencyTables))
        {
            await File.WriteAllTextAsync(Path.Combine(tablesDir, table.Id + ".csv"), TableText.ToCsv(table), Utf8, cancellationToken).ConfigureAwait(false);
            markdown.Append(TableText.ToMarkdown(table));
        }

        await File.WriteAllTextAsync(Path.Combine(directory, "tables.md"), markdown.ToString(), Utf8, cancellationToken).ConfigureAwait(false);
        await WriteJsonLinesAsync(Path.Combine(directory, "judgments.jsonl"), judgments, cancellationToken).ConfigureAwait(false);
        await WriteProblemsAsync(Path.Combine(directory, "problems.csv"), problems, cancellationToken).ConfigureAwait(false);
        var charts = JudgmentCharts.Write(Path.Combine(directory, "charts"), judgments, consistency);

        var report = new HtmlReport("Breakcard — judgment analytics");
        AddSections(report, judgments, problems, statistics, consistencyTables, charts, "charts/");
        await report.WriteAsync(Path.Combine(directory, "report.html"), generatedAt, cancellationToken).ConfigureAwait(false);
        return new JudgmentReportContent(statistics, consistency, charts);
    }

    /// <summary>Adds the report's sections to <paramref name="report"/> (the demo adds a shorter one of its own).</summary>
    public static void AddSections(HtmlReport report, IReadOnlyList<JudgmentRecord> judgments, IReadOnlyList<InputError> problems,
        IReadOnlyList<StatTable> statistics, IReadOnlyList<StatTable> consistency, IReadOnlyList<(string Stem, string Caption)> charts, string chartPrefix)
    {
        ArgumentNullException.ThrowIfNull(report);
        var corpus = report.Add("corpus", "Corpus");
        corpus.Lead = "Judgments read from the input, with the facts extracted from each (docs/judgments.md defines every field; a field the text does not state is left empty).";
        corpus.Figure("judgments", TableText.Count(judgments.Count))
            .Figure("defendants", TableText.Count(judgments.Sum(j => j.Defendants.Count)))
            .Figure("unreadable documents", TableText.Count(problems.Count));
        var stats = report.Add("statistics", "Statistics of the source paper");
        stats.Lead = "By year of judgment, with the source paper's and national published figures beside them (STATISTICS.md).";
        foreach (var t in statistics)
        {
            stats.Tables.Add(Html(t, int.MaxValue));
        }

        foreach (var (stem, caption) in charts)
        {
            stats.Images.Add((chartPrefix + stem + ".png", caption));
        }

        var cons = report.Add("consistency", "Sentencing consistency");
        cons.Lead = "Inconsistent pairs (more settlement and more gains, yet a lighter sentence), sentences far from the corpus's own practice, and sentences outside statutory limits. Full lists are in tables/*.csv.";
        foreach (var t in consistency)
        {
            cons.Tables.Add(Html(t, RowsInHtml));
        }

        if (problems.Count > 0)
        {
            var bad = report.Add("problems", "Documents that could not be read");
            bad.Tables.Add(new ReportTable("Unreadable documents and the reason (all of them are in problems.csv)", ["source", "line", "reason"],
                [.. problems.Take(100).Select(p => (IReadOnlyList<string>)[p.Source, p.Line?.ToString(CultureInfo.InvariantCulture) ?? "", p.Reason])]));
        }
    }

    /// <summary>A report table with at most <paramref name="maxRows"/> rows.</summary>
    public static ReportTable Html(StatTable table, int maxRows)
    {
        ArgumentNullException.ThrowIfNull(table);
        var caption = table.Title + (table.Rows.Count > maxRows ? $" (first {maxRows} of {table.Rows.Count:N0})" : "") + (table.Note is null ? "" : " — " + table.Note);
        return new ReportTable(caption, table.Header, [.. table.Rows.Take(maxRows)]);
    }

    /// <summary>Writes extracted judgments as JSON Lines.</summary>
    public static async Task WriteJsonLinesAsync(string path, IEnumerable<JudgmentRecord> judgments, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(path, false, Utf8);
        foreach (var j in judgments)
        {
            await writer.WriteLineAsync(JudgmentJson.ToJson(j).AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Writes unreadable documents as CSV: source, line, field, reason.</summary>
    public static Task WriteProblemsAsync(string path, IReadOnlyList<InputError> problems, CancellationToken cancellationToken)
    {
        var table = new StatTable("problems", "Unreadable documents", ["source", "line", "field", "reason"],
            [.. problems.Select(p => (IReadOnlyList<string>)[p.Source, p.Line?.ToString(CultureInfo.InvariantCulture) ?? "", p.Field ?? "", p.Reason])]);
        return File.WriteAllTextAsync(path, TableText.ToCsv(table), Utf8, cancellationToken);
    }

    private static readonly UTF8Encoding Utf8 = new(false);
}
