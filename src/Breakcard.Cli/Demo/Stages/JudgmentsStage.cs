using System.Diagnostics;
using System.Globalization;
using Breakcard.Cli.Judgments;
using Breakcard.Core.Errors;
using Breakcard.Judgments.Consistency;
using Breakcard.Judgments.Evaluation;
using Breakcard.Judgments.Extraction;
using Breakcard.Judgments.Reading;
using Breakcard.Judgments.Tables;
using Breakcard.Simulation.Judgments;
using Breakcard.Simulation.Randomness;
using Spectre.Console;

namespace Breakcard.Cli.Demo.Stages;

/// <summary>
/// Judgment analytics in the demo: the simulated city's convicted aiders (truth/aiders.csv) are
/// tried (<see cref="CityCases"/>), their judgments written in every published format, read back
/// by the extractor and checked against the city's truth, and reported in the source paper's form
/// with the most inconsistent fines and the statutory findings. Without a simulated city (the
/// stage run on its own) it says so and uses a synthetic corpus drawn from published statistics.
/// </summary>
/// <param name="count">Judgments in the fallback synthetic corpus.</param>
public sealed class JudgmentsStage(int count = JudgmentsStage.DefaultCount) : IDemoStage
{
    /// <summary>Default number of judgments of the fallback corpus (about three times the source paper's sample).</summary>
    public const int DefaultCount = 800;

    /// <summary>Judgments in the fallback synthetic corpus.</summary>
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
        var console = context.Cli.Console;
        var (judgments, origin) = Judgments(context, seed);
        var written = CorpusWriter.Write(corpus, judgments, new SeededRandom(seed).Fork("judgments/layout"), heldOut: false);

        var clock = Stopwatch.StartNew();
        var batch = ExtractionBatch.Run(JudgmentFileReader.ReadAll(corpus), cancellationToken);
        var extraction = clock.Elapsed;
        var accuracy = CorpusEvaluator.Evaluate(corpus);
        var content = await JudgmentReportWriter.WriteAsync(reportDir, batch.Judgments, batch.Problems, context.Cli.Time.GetLocalNow(), cancellationToken).ConfigureAwait(false);
        var consistency = content.Consistency;
        var defendants = batch.Judgments.Sum(j => j.Defendants.Count);

        console.MarkupLineInterpolated($"{origin}");
        console.MarkupLineInterpolated(
            $"{batch.Judgments.Count:N0} judgments with {defendants:N0} defendants ({written.Files:N0} files: text in UTF-8 and GBK, web pages, JSON records) read in {extraction.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s; {batch.Problems.Count:N0} unreadable");
        console.MarkupLineInterpolated(
            $"Extracted fields agreeing with what the judgments state: {accuracy.Accuracy.ToString("P2", CultureInfo.InvariantCulture)} of {accuracy.Outcomes.Count:N0} ({accuracy.NotExtracted} judgments not extracted)");
        JudgmentActions.PrintSummary(context.Cli, content.Statistics, consistency, 5);

        var section = context.Report.Add("judgments", "Judgment analytics");
        section.Lead = origin + " The judgments are written in the published formats and read back by the extractor; "
            + "statistics in the source paper's form and sentencing consistency. Full report: judgments/report/report.html.";
        section.Figure("judgments", TableText.Count(batch.Judgments.Count))
            .Figure("defendants", TableText.Count(defendants))
            .Figure("unreadable", TableText.Count(batch.Problems.Count))
            .Figure("fields as stated", accuracy.Accuracy.ToString("P2", CultureInfo.InvariantCulture))
            .Figure("inconsistent fine pairs", TableText.Count(consistency.FinePairs.Total))
            .Figure("statutory findings", TableText.Count(consistency.Statutory.Count));
        section.Tables.Add(JudgmentReportWriter.Html(content.Statistics.First(t => t.Id == "table1-gender"), int.MaxValue));
        section.Tables.Add(JudgmentReportWriter.Html(content.Statistics.First(t => t.Id == "paper"), int.MaxValue));
        section.Tables.Add(JudgmentReportWriter.Html(ConsistencyTables.Pairs(consistency.FinePairs, "pairs-fine", "Most severe inconsistent fines (each defendant once)", "¥", 10), 10));
        foreach (var (stem, caption) in content.Charts.Where(c => c.Stem is "table1-gender" or "fines-settlement"))
        {
            section.Images.Add(("judgments/report/charts/" + stem + ".png", caption));
        }
    }

    /// <summary>The city's convicted aiders as judgments, or the synthetic corpus when there is no city (or it cannot be read).</summary>
    private (IEnumerable<RenderedJudgment> Judgments, string Origin) Judgments(DemoContext context, ulong seed)
    {
        var fallback = $"{Count} synthetic judgments drawn from published statistics (seed {seed}).";
        if (context.World is not { } world)
        {
            return (SyntheticJudgments.Generate(Count, seed, CorpusSplit.Development), "No simulated city in this run: " + fallback);
        }

        CityConvictionsResult read;
        try
        {
            read = CityConvictions.Read(world.Folder);
        }
        catch (InvalidInputException e)
        {
            context.Cli.Error.WriteLine("judgments: cannot read the simulated city's convicted aiders: " + e.Message);
            return (SyntheticJudgments.Generate(Count, seed, CorpusSplit.Development), "The city's truth could not be read: " + fallback);
        }

        foreach (var problem in read.Problems.Take(10))
        {
            context.Cli.Error.WriteLine("judgments: " + problem);
        }

        var cases = CityCases.FromWorld(read.Convicted, seed);
        var renderer = new JudgmentRenderer(Phrasebooks.Development);
        var text = new SeededRandom(seed).Fork("judgments/city/text");
        var skipped = read.Problems.Count == 0 ? "" : $" {read.Problems.Count} rows of the truth could not be read (listed on the error output).";
        var origin = $"The simulated city's {read.Convicted.Count:N0} convicted aiders (of {read.Aiders:N0} aiders in truth/aiders.csv), tried in {cases.Count:N0} cases.{skipped}";
        return (cases.Select(c => renderer.Render(c, text)), origin);
    }
}
