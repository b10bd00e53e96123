using System.Diagnostics;
using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core.Errors;
using Breakcard.Judgments.Consistency;
using Breakcard.Judgments.Evaluation;
using Breakcard.Judgments.Extraction;
using Breakcard.Judgments.Reading;
using Breakcard.Judgments.Statistics;
using Breakcard.Judgments.Tables;
using Breakcard.Simulation.Judgments;
using Breakcard.Simulation.Randomness;
using Spectre.Console;

namespace Breakcard.Cli.Judgments;

/// <summary>The bodies of the <c>breakcard judgments …</c> subcommands.</summary>
public static class JudgmentActions
{
    /// <summary><c>judgments extract</c>: judgments → JSON Lines or CSV, plus the unreadable documents with reasons.</summary>
    public static async Task<int> ExtractAsync(CliContext cli, string input, FileInfo output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(output);
        var clock = Stopwatch.StartNew();
        var batch = ExtractionBatch.Run(JudgmentFileReader.ReadAll(input), ct);
        var elapsed = clock.Elapsed;
        output.Directory?.Create();
        if (output.Extension.Equals(".csv", StringComparison.OrdinalIgnoreCase))
        {
            await File.WriteAllTextAsync(output.FullName, TableText.ToCsv(JudgmentCsv.ToTable(batch.Judgments)), ct).ConfigureAwait(false);
        }
        else
        {
            await JudgmentReportWriter.WriteJsonLinesAsync(output.FullName, batch.Judgments, ct).ConfigureAwait(false);
        }

        var problemsPath = Path.ChangeExtension(output.FullName, ".problems.csv");
        await JudgmentReportWriter.WriteProblemsAsync(problemsPath, batch.Problems, ct).ConfigureAwait(false);
        cli.Console.MarkupLineInterpolated(
            $"Extracted [bold]{batch.Judgments.Count:N0}[/] judgments ({batch.Judgments.Sum(j => j.Defendants.Count):N0} defendants) in {elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s → {output.FullName}");
        PrintProblems(cli, batch.Problems, problemsPath);
        if (batch.Judgments.Count == 0 && batch.Problems.Count > 0)
        {
            throw new InvalidInputException(new InputError(input, null, null, $"none of the {batch.Problems.Count} documents could be read as a judgment (reasons in {problemsPath})"));
        }

        return ExitCodes.Ok;
    }

    /// <summary><c>judgments report</c>: tables, charts and an HTML report.</summary>
    public static async Task<int> ReportAsync(CliContext cli, string input, DirectoryInfo output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(output);
        var batch = ExtractionBatch.Run(JudgmentFileReader.ReadAll(input), ct);
        if (batch.Judgments.Count == 0)
        {
            throw new InvalidInputException(new InputError(input, null, null, $"no judgment could be read ({batch.Problems.Count} documents rejected)"));
        }

        output.Create();
        var content = await JudgmentReportWriter.WriteAsync(output.FullName, batch.Judgments, batch.Problems, cli.Time.GetLocalNow(), ct).ConfigureAwait(false);
        PrintSummary(cli, content.Statistics, content.Consistency, 10);
        PrintProblems(cli, batch.Problems, Path.Combine(output.FullName, "problems.csv"));
        cli.Console.MarkupLineInterpolated($"Report: [link]{Path.Combine(output.FullName, "report.html")}[/] (tables in tables/, charts in charts/)");
        return ExitCodes.Ok;
    }

    /// <summary><c>judgments generate</c>: a synthetic corpus with gold labels.</summary>
    public static Task<int> GenerateAsync(CliContext cli, int count, ulong seed, CorpusSplit split, DirectoryInfo output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(output);
        ct.ThrowIfCancellationRequested();
        var judgments = SyntheticJudgments.Generate(count, seed, split);
        var summary = CorpusWriter.Write(output.FullName, judgments, new SeededRandom(seed).Fork("judgments/layout"), split == CorpusSplit.HeldOut);
        cli.Console.MarkupLineInterpolated(
            $"Wrote {summary.Judgments:N0} {(split == CorpusSplit.HeldOut ? "held-out" : "development")} judgments in {summary.Files:N0} files to {output.FullName} (gold labels in *.expected.json)");
        return Task.FromResult(ExitCodes.Ok);
    }

    /// <summary><c>judgments evaluate</c>: field-level accuracy against gold labels.</summary>
    public static async Task<int> EvaluateAsync(CliContext cli, DirectoryInfo corpus, double minimum, FileInfo? markdown, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(corpus);
        ct.ThrowIfCancellationRequested();
        if (!corpus.Exists)
        {
            throw new InvalidInputException(new InputError(corpus.FullName, null, null, "no such directory"));
        }

        var report = CorpusEvaluator.Evaluate(corpus.FullName);
        if (report.Judgments == 0)
        {
            throw new InvalidInputException(new InputError(corpus.FullName, null, null, "no gold labels found (expected x.expected.json beside each document x)"));
        }

        var table = new Table { Title = new TableTitle("Field-level accuracy") };
        foreach (var h in new[] { "field", "compared", "correct", "accuracy", "stated in gold", "correct when stated" })
        {
            table.AddColumn(h);
        }

        foreach (var f in report.ByField())
        {
            table.AddRow(f.Field, f.Compared.ToString("N0", CultureInfo.InvariantCulture), f.Correct.ToString("N0", CultureInfo.InvariantCulture),
                TableText.Percent(f.Accuracy), f.Stated.ToString("N0", CultureInfo.InvariantCulture), TableText.Percent(f.StatedAccuracy));
        }

        cli.Console.Write(table);
        cli.Console.MarkupLineInterpolated(
            $"{report.Judgments:N0} judgments, {report.NotExtracted:N0} not extracted; all fields [bold]{TableText.Percent(report.Accuracy)}[/], fields stated in gold [bold]{TableText.Percent(report.StatedAccuracy)}[/]");
        foreach (var m in report.Mismatches.Take(20))
        {
            cli.Console.MarkupLineInterpolated($"[grey]{m.Source} {m.Defendant} {m.Field}: expected '{m.Expected}', got '{m.Actual}'[/]");
        }

        if (markdown is not null)
        {
            await File.WriteAllTextAsync(markdown.FullName, report.ToMarkdown(), ct).ConfigureAwait(false);
        }

        if (report.Accuracy < minimum)
        {
            await cli.Error.WriteLineAsync($"breakcard judgments evaluate: accuracy {TableText.Percent(report.Accuracy)} is below the target {TableText.Percent(minimum)}").ConfigureAwait(false);
            return ExitCodes.TargetMissed;
        }

        return ExitCodes.Ok;
    }

    /// <summary>Prints Table 1 and the most severe inconsistent pairs.</summary>
    public static void PrintSummary(CliContext cli, IReadOnlyList<StatTable> statistics, ConsistencyResult consistency, int pairs)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(statistics);
        ArgumentNullException.ThrowIfNull(consistency);
        ConsoleTables.Print(cli.Console, statistics.First(t => t.Id == "table1-gender"));
        ConsoleTables.Print(cli.Console, ConsistencyTables.Pairs(consistency.FinePairs, "pairs-fine", "Most severe inconsistent fines (each defendant once)", "¥", pairs));
        cli.Console.MarkupLineInterpolated(
            $"{consistency.FinePairs.Total:N0} inconsistent fine pairs among {consistency.FinePairs.Compared:N0} comparable defendants; {consistency.Statutory.Count:N0} statutory findings; {consistency.FineModel?.Outliers.Count ?? 0:N0} fine outliers, {consistency.TermModel?.Outliers.Count ?? 0:N0} term outliers");
    }

    private static void PrintProblems(CliContext cli, IReadOnlyList<InputError> problems, string path)
    {
        if (problems.Count == 0)
        {
            return;
        }

        cli.Console.MarkupLineInterpolated($"[yellow]{problems.Count:N0} documents could not be read[/] (all in {path}):");
        foreach (var p in problems.Take(10))
        {
            cli.Console.MarkupLineInterpolated($"  [yellow]{p.ToString()}[/]");
        }
    }
}
