using System.Diagnostics;
using System.Globalization;
using Breakcard.Cli.Judgments;
using Breakcard.Judgments.Consistency;
using Breakcard.Judgments.Extraction;
using Breakcard.Judgments.Reading;
using Breakcard.Judgments.Tables;
using Breakcard.Simulation.Judgments;
using Breakcard.Simulation.Randomness;
using Spectre.Console;

namespace Breakcard.Cli.Demo.Stages;

/// <summary>
/// Judgment analytics in the demo: writes a synthetic corpus of first-instance judgments from the
/// demo seed (in every published format), extracts it, and reports the source paper's Table 1,
/// the most inconsistent fines and the statutory findings.
/// </summary>
/// <remarks>
/// Implementation note: the corpus is drawn from published statistics; once the simulated city
/// lands, its convicted people become the cases through <see cref="CityCases"/>.
/// </remarks>
/// <param name="count">Judgments in the demo corpus (default: about three times the source paper's sample).</param>
public sealed class JudgmentsStage(int count = JudgmentsStage.DefaultCount) : IDemoStage
{
    /// <summary>Default number of judgments.</summary>
    public const int DefaultCount = 800;

    /// <summary>Judgments in the demo corpus.</summary>
    public int Count { get; } = count;

    /// <inheritdoc />
    public string Name => "judgments";

    /// <inheritdoc />
    public async Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var corpus = context.PathOf("judgments", "corpus");
        var reportDir = context.PathOf("judgments", "report");
        var seed = context.Options.Seed;
        var written = CorpusWriter.Write(corpus, SyntheticJudgments.Generate(Count, seed, CorpusSplit.Development),
            new SeededRandom(seed).Fork("judgments/layout"), heldOut: false);

        var clock = Stopwatch.StartNew();
        var batch = ExtractionBatch.Run(JudgmentFileReader.ReadAll(corpus), cancellationToken);
        var extraction = clock.Elapsed;
        var content = await JudgmentReportWriter.WriteAsync(reportDir, batch.Judgments, batch.Problems, context.Cli.Time.GetLocalNow(), cancellationToken).ConfigureAwait(false);
        var consistency = content.Consistency;

        var console = context.Cli.Console;
        console.MarkupLineInterpolated(
            $"{batch.Judgments.Count:N0} judgments ({written.Files:N0} files: text in UTF-8 and GBK, web pages, JSON records) read in {extraction.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s; {batch.Problems.Count:N0} unreadable");
        JudgmentActions.PrintSummary(context.Cli, content.Statistics, consistency, 5);

        var section = context.Report.Add("judgments", "Judgment analytics");
        section.Lead = $"{Count} synthetic first-instance judgments of 帮信 cases, written in the published formats and read back by the extractor; "
            + "statistics in the source paper's form and sentencing consistency. Full report: judgments/report/report.html.";
        section.Figure("judgments", TableText.Count(batch.Judgments.Count))
            .Figure("defendants", TableText.Count(batch.Judgments.Sum(j => j.Defendants.Count)))
            .Figure("unreadable", TableText.Count(batch.Problems.Count))
            .Figure("inconsistent fine pairs", TableText.Count(consistency.FinePairs.Total))
            .Figure("statutory findings", TableText.Count(consistency.Statutory.Count));
        section.Tables.Add(JudgmentReportWriter.Html(content.Statistics.First(t => t.Id == "table1-gender"), int.MaxValue));
        section.Tables.Add(JudgmentReportWriter.Html(ConsistencyTables.Pairs(consistency.FinePairs, "pairs-fine", "Most severe inconsistent fines (each defendant once)", "¥", 10), 10));
        foreach (var (stem, caption) in content.Charts.Where(c => c.Stem is "table1-gender" or "fines-settlement"))
        {
            section.Images.Add(("judgments/report/charts/" + stem + ".png", caption));
        }
    }
}
