using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Breakcard.Cli.Reporting;
using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation;
using Spectre.Console;

namespace Breakcard.Cli.Demo.Stages;

/// <summary>
/// The demo's first stage: simulates the demo's city into <c>&lt;work&gt;/world</c>, prints what it
/// holds and reports it, and leaves the world on <see cref="DemoContext.World"/> for later stages.
/// </summary>
public sealed class SimulationStage : IDemoStage
{
    /// <inheritdoc />
    public string Name => "simulate";

    /// <inheritdoc />
    public async Task RunAsync(DemoContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var folder = context.PathOf("world");
        WorldFolder.Prepare(folder, "demo world folder");
        var o = context.Options;
        var options = new SimulationOptions(o.People, o.Days, o.Seed, SimulationOptions.DefaultStart, OutputFormat.Csv);
        var summary = await SimulationConsole.RunAsync(context.Cli, options, folder, cancellationToken).ConfigureAwait(false);
        context.World = new DemoWorld(folder, summary);

        var console = context.Cli.Console;
        console.Write(SimulationConsole.SummaryTable(summary));
        console.Write(SimulationConsole.TypologyTable(summary));
        console.Write(RingTable(summary));
        Report(context.Report, summary, folder);
    }

    private static Table RingTable(WorldSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).AddColumns("ring", "scheme", "victims", "loss (¥)", "aiders", "accounts", "parts");
        foreach (var row in RingRows(summary))
        {
            table.AddRow(row.Select(Markup.Escape).ToArray());
        }

        return table;
    }

    private static List<string[]> RingRows(WorldSummary summary) => summary.RingSummaries.Select(r => new[]
    {
        r.Id, r.Scheme, N(r.Victims), N(r.VictimLossFen / 100), N(r.Aiders), N(r.Accounts), string.Join(", ", r.Components),
    }).ToList();

    private static void Report(HtmlReport report, WorldSummary summary, string folder)
    {
        var o = summary.Options;
        var section = report.Add("world", "The simulated city");
        section.Lead = string.Create(CultureInfo.InvariantCulture,
            $"A synthetic Chengdu of {o.People:N0} adults over {o.Days} days from {o.Start:yyyy-MM-dd} (seed {o.Seed}): normal life with its hard negatives, "
            + $"{summary.Rings} fraud rings with the aiding typologies around them, and ground truth for every entity and event.");
        foreach (var (label, value) in SimulationConsole.Figures(summary))
        {
            section.Figure(label, value);
        }

        section.Tables.Add(new ReportTable("Ground truth by typology (victims excluded)", ["typology", "entities", "illicit events"],
            SimulationConsole.TypologyRows(summary).Select(r => (IReadOnlyList<string>)[r.Typology, r.Entities, r.Events]).ToArray()));
        section.Tables.Add(new ReportTable("Rings", ["ring", "scheme", "victims", "loss (¥)", "aiders", "accounts", "parts"],
            RingRows(summary).Select(r => (IReadOnlyList<string>)r).ToArray()));
        section.Tables.Add(new ReportTable("Card sellers against the published profile (STATISTICS.md)", ["share", "target", "in this city"],
            summary.Calibration.Select(c => (IReadOnlyList<string>)[c.Name, P(c.Target), P(c.Measured)]).ToArray()));
        section.Tables.Add(new ReportTable("Everyday personas (the hard negatives a detector must not flag)", ["persona", "people"],
            summary.Personas.Where(p => p.Value > 0).Select(p => (IReadOnlyList<string>)[EventSchema.Snake(p.Key), N(p.Value)]).ToArray()));
        section.Notes.Add($"Files: {folder} — entity and event files in Breakcard's schema (docs/data-format.md), ground truth in truth/, "
            + "SHA-256 of every file in manifest.json. The same seed and options give byte-identical files.");
        section.Notes.Add(string.Create(CultureInfo.InvariantCulture,
            $"Streaming: at most {summary.MaxEventsPerDay:N0} events (one day) held per batch, whatever the number of days; {summary.Calibration[0].Sellers} card sellers."));
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string P(double share) => share.ToString("P1", CultureInfo.InvariantCulture);
}
