using System.Globalization;
using Breakcard.Core.Events;
using Breakcard.Core.Truth;
using Breakcard.Simulation;
using Spectre.Console;

namespace Breakcard.Cli.Infrastructure;

/// <summary>
/// Runs a simulation with progress — an animated bar on a terminal, a plain line every tenth of
/// the days when output is redirected — and renders its summary as a table.
/// </summary>
public static class SimulationConsole
{
    /// <summary>Simulates <paramref name="options"/> into <paramref name="folder"/>, showing progress.</summary>
    public static async Task<WorldSummary> RunAsync(CliContext cli, SimulationOptions options, string folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(options);
        if (!cli.Interactive)
        {
            var lastTenth = 0;
            var lines = new Reporter(p =>
            {
                var tenth = p.DaysDone * 10 / p.Days;
                if (tenth > lastTenth || p.DaysDone == p.Days)
                {
                    lastTenth = tenth;
                    cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                        $"simulate: day {p.DaysDone}/{p.Days} ({p.DaysDone * 100 / p.Days}%), {p.Events:N0} events"));
                }
            });
            return await WorldSimulator.RunAsync(options, folder, lines, cancellationToken).ConfigureAwait(false);
        }

        return await cli.Console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async ctx =>
            {
                var task = ctx.AddTask($"simulating {options.People:N0} people × {options.Days} days", maxValue: options.Days);
                var bar = new Reporter(p =>
                {
                    task.Value = p.DaysDone;
                    task.Description = string.Create(CultureInfo.InvariantCulture, $"day {p.DaysDone}/{p.Days} · {p.Events:N0} events");
                });
                return await WorldSimulator.RunAsync(options, folder, bar, cancellationToken).ConfigureAwait(false);
            }).ConfigureAwait(false);
    }

    /// <summary>Population, entities, events by kind, rings and ground truth per typology.</summary>
    public static Table SummaryTable(WorldSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("world").AddColumn(new TableColumn("count").RightAligned());
        foreach (var (label, value) in Figures(summary))
        {
            table.AddRow(label, value);
        }

        return table;
    }

    /// <summary>The summary's headline figures as (label, value) pairs, for tables and reports.</summary>
    public static IReadOnlyList<(string Label, string Value)> Figures(WorldSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return
        [
            ("people", N(summary.People)),
            ("companies", N(summary.Companies)),
            ("accounts", N(summary.Accounts)),
            ("phone cards", N(summary.Phones)),
            ("devices", N(summary.Devices)),
            ("transactions", N(summary.Transactions)),
            ("calls", N(summary.Calls)),
            ("SMS", N(summary.Sms)),
            ("logins", N(summary.Logins)),
            ("rings", N(summary.Rings)),
            ("aiders (convicted)", $"{N(summary.Aiders)} ({N(summary.Convicted)})"),
            ("victims", N(summary.Victims)),
            ("positive accounts", N(summary.PositiveAccounts)),
            ("illicit events", N(summary.LabelledEvents)),
        ];
    }

    /// <summary>Per typology: labelled entities and events.</summary>
    public static Table TypologyTable(WorldSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var table = new Table().Border(TableBorder.Rounded).AddColumn("typology")
            .AddColumn(new TableColumn("entities").RightAligned()).AddColumn(new TableColumn("events").RightAligned());
        foreach (var (typology, entities, events) in TypologyRows(summary))
        {
            table.AddRow(typology, entities, events);
        }

        return table;
    }

    /// <summary>Rows of <see cref="TypologyTable"/>.</summary>
    public static IReadOnlyList<(string Typology, string Entities, string Events)> TypologyRows(WorldSummary summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        return Enum.GetValues<Typology>().Where(t => t != Typology.None)
            .Select(t => (EventSchema.Snake(t), N(summary.TypologyEntities.GetValueOrDefault(t)), N(summary.TypologyEvents.GetValueOrDefault(t))))
            .ToArray();
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>Reports synchronously on the generator's thread, so lines come out in order.</summary>
    private sealed class Reporter(Action<SimulationProgress> report) : IProgress<SimulationProgress>
    {
        public void Report(SimulationProgress value) => report(value);
    }
}
