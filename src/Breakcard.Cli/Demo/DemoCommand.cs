using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Breakcard.Cli.Reporting;
using Spectre.Console;

namespace Breakcard.Cli.Demo;

/// <summary><c>breakcard demo</c>: the whole product end to end on a simulated city.</summary>
public static class DemoCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var people = new Option<int>("--people") { Description = "Population of the simulated city.", DefaultValueFactory = _ => DemoOptions.DefaultPeople }
            .InRange(1_000, 2_000_000);
        var days = new Option<int>("--days") { Description = "Days to simulate.", DefaultValueFactory = _ => DemoOptions.DefaultDays }
            .InRange(7, 366);
        var seed = new Option<ulong>("--seed") { Description = "Random seed; the same seed gives the same city.", DefaultValueFactory = _ => DemoOptions.DefaultSeed };
        var output = new Option<DirectoryInfo>("--out") { Description = "Working folder for the city, outputs and report.", DefaultValueFactory = _ => new DirectoryInfo("breakcard-demo") };

        var command = new Command("demo", "Simulate a small city and run every Breakcard capability on it, writing an HTML report.")
        {
            people, days, seed, output,
        };
        command.SetBody(cli, (parse, ct) => RunAsync(
            cli,
            new DemoOptions(parse.GetValue(people), parse.GetValue(days), parse.GetValue(seed), parse.GetValue(output)!),
            DemoPipeline.Stages,
            ct));
        return command;
    }

    /// <summary>Runs <paramref name="stages"/> in order and writes the report.</summary>
    public static async Task<int> RunAsync(CliContext cli, DemoOptions options, IReadOnlyList<IDemoStage> stages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(cli);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stages);
        options.Out.Create();
        var report = new HtmlReport("Breakcard demo — a simulated city");
        var context = new DemoContext(cli, options, options.Out, report);
        cli.Console.MarkupLineInterpolated($"[bold]Breakcard demo[/] — {options.People:N0} people, {options.Days} days, seed {options.Seed}, in {options.Out.FullName}");

        foreach (var stage in stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            cli.Console.WriteLine();
            cli.Console.MarkupLineInterpolated($"[bold blue]== {stage.Name} ==[/]");
            var clock = Stopwatch.StartNew();
            await stage.RunAsync(context, cancellationToken).ConfigureAwait(false);
            cli.Console.MarkupLineInterpolated($"[grey]{stage.Name} took {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s[/]");
        }

        var reportPath = context.PathOf("report.html");
        await report.WriteAsync(reportPath, cli.Time.GetLocalNow(), cancellationToken).ConfigureAwait(false);
        cli.Console.WriteLine();
        cli.Console.MarkupLineInterpolated($"Report: [link]{reportPath}[/]");
        return ExitCodes.Ok;
    }
}
