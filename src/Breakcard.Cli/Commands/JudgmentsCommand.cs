using System.CommandLine;
using Breakcard.Cli.Infrastructure;
using Breakcard.Cli.Judgments;
using Breakcard.Simulation.Judgments;

namespace Breakcard.Cli.Commands;

/// <summary><c>breakcard judgments</c>: extraction, statistics and sentencing consistency for court judgments.</summary>
public static class JudgmentsCommand
{
    /// <summary>Builds the command group.</summary>
    public static Command Create(CliContext cli)
    {
        var group = new Command("judgments", "Turn court judgments of 帮信 cases into data; reproduce the source paper's statistics; find inconsistent sentences and fines.")
        {
            Extract(cli), Report(cli), Generate(cli), Evaluate(cli), Bench(cli),
        };
        return group;
    }

    private static Argument<string> Input() => new("DIR") { Description = "A folder of judgments (.txt, .html, .json, .jsonl; UTF-8 or GBK; searched recursively) or one file." };

    private static Command Extract(CliContext cli)
    {
        var input = Input();
        var output = new Option<FileInfo>("--out") { Description = "Output file: .jsonl (one judgment per line) or .csv (one defendant per row). Unreadable documents go to <out>.problems.csv.", DefaultValueFactory = _ => new FileInfo("judgments.jsonl") };
        var command = new Command("extract", "Extract the facts of every judgment, and report every document that cannot be read, with the reason.") { input, output };
        command.SetBody(cli, (parse, ct) => JudgmentActions.ExtractAsync(cli, parse.GetValue(input)!, parse.GetValue(output)!, ct));
        return command;
    }

    private static Command Report(CliContext cli)
    {
        var input = Input();
        var output = new Option<DirectoryInfo>("--out") { Description = "Report folder: tables (CSV, Markdown), charts (PNG, SVG), report.html.", Required = true };
        var command = new Command("report", "Statistics of the source paper (Table 1 and more) and sentencing consistency, as tables, charts and an HTML report.") { input, output };
        command.SetBody(cli, (parse, ct) => JudgmentActions.ReportAsync(cli, parse.GetValue(input)!, parse.GetValue(output)!, ct));
        return command;
    }

    private static Command Generate(CliContext cli)
    {
        var count = new Option<int>("--count") { Description = "Number of judgments.", DefaultValueFactory = _ => 1_000 }.InRange(1, 1_000_000);
        var seed = new Option<ulong>("--seed") { Description = "Random seed; the same seed gives the same corpus.", DefaultValueFactory = _ => 1 };
        var split = new Option<CorpusSplit>("--split") { Description = "Development (phrasings the extractor was built on) or HeldOut (reserved for evaluation).", DefaultValueFactory = _ => CorpusSplit.Development };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for the judgments and their gold labels (*.expected.json).", Required = true };
        var command = new Command("generate", "Write synthetic judgments in the published formats, calibrated to published statistics, with gold labels.") { count, seed, split, output };
        command.SetBody(cli, (parse, ct) => JudgmentActions.GenerateAsync(cli, parse.GetValue(count), parse.GetValue(seed), parse.GetValue(split), parse.GetValue(output)!, ct));
        return command;
    }

    private static Command Bench(CliContext cli)
    {
        var count = new Option<int>("--count") { Description = "Synthetic judgments per split to extract repeatedly.", DefaultValueFactory = _ => 1_000 }.InRange(10, 100_000);
        var rounds = new Option<int>("--rounds") { Description = "Measured rounds; the median is reported.", DefaultValueFactory = _ => 7 }.InRange(1, 100);
        var command = new Command("bench", "End-to-end extraction throughput on one core: judgments per second, from CPU time and from wall time.") { count, rounds };
        command.SetBody(cli, (parse, ct) => JudgmentBench.RunAsync(cli, parse.GetValue(count), parse.GetValue(rounds), ct));
        return command;
    }

    private static Command Evaluate(CliContext cli)
    {
        var corpus = new Option<DirectoryInfo>("--corpus") { Description = "A folder of judgments with gold labels (x.expected.json beside each document x).", Required = true };
        var minimum = new Option<double>("--min-accuracy") { Description = "Field-level accuracy to reach; below it the exit code is 4.", DefaultValueFactory = _ => 0.99 }.InRange(0.0, 1.0);
        var markdown = new Option<FileInfo?>("--markdown") { Description = "Also write the per-field table as Markdown to this file." };
        var command = new Command("evaluate", "Field-level accuracy of the extractor against gold labels.") { corpus, minimum, markdown };
        command.SetBody(cli, (parse, ct) => JudgmentActions.EvaluateAsync(cli, parse.GetValue(corpus)!, parse.GetValue(minimum), parse.GetValue(markdown), ct));
        return command;
    }
}
