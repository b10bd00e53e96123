using System.CommandLine;
using System.Globalization;
using Breakcard.Cli.Commands.Monitor;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core.Errors;
using Spectre.Console;
using Breakcard.Detection.Evaluation;
using Breakcard.Detection.Learning;
using Breakcard.Detection.Scoring;

namespace Breakcard.Cli.Commands;

/// <summary>
/// <c>breakcard train</c>: runs the engine with the points model over labelled history (a world
/// folder with truth/, or any input with --truth), takes each account's and number's peak indicator
/// strengths as features and its ground truth as label (ring helpers' own accounts left out), and
/// trains the learned model (FastTree or LightGBM) that <c>monitor --model</c> uses.
/// </summary>
public static class TrainCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext cli)
    {
        var input = new Option<FileSystemInfo>("--input") { Description = "Labelled history: a world folder with truth/, or an event file with --truth.", Required = true }.MustExist();
        var mapping = new Option<string?>("--mapping") { Description = "Column mapping for a CSV input." };
        var truth = new Option<string?>("--truth") { Description = "Ground-truth folder; default: the input's truth/." };
        var output = new Option<FileInfo>("--out") { Description = "The model file to write (zip).", Required = true };
        var algorithm = new Option<string>("--algorithm") { Description = "fasttree or lightgbm.", DefaultValueFactory = _ => "fasttree" };
        algorithm.AcceptOnlyFromAmong("fasttree", "lightgbm");
        var seed = new Option<int>("--seed") { Description = "Training seed (the same seed and input give the same model).", DefaultValueFactory = _ => 1 };
        var options = new Option<string?>("--options") { Description = "Detection options (JSON) for the feature run." };
        var command = new Command("train", "Train the learned risk model on labelled history (ML.NET FastTree or LightGBM over the indicators).")
        {
            input, mapping, truth, output, algorithm, seed, options,
        };
        command.SetBody(cli, (parse, ct) => RunAsync(cli, parse.GetValue(input)!, parse.GetValue(mapping), parse.GetValue(truth), parse.GetValue(output)!,
            parse.GetValue(algorithm) == "lightgbm" ? LearnedAlgorithm.LightGbm : LearnedAlgorithm.FastTree, parse.GetValue(seed), parse.GetValue(options), ct));
        return command;
    }

    private static async Task<int> RunAsync(CliContext cli, FileSystemInfo input, string? mapping, string? truth, FileInfo output, LearnedAlgorithm algorithm,
        int seed, string? options, CancellationToken ct)
    {
        var work = new DirectoryInfo(Path.Combine(Path.GetTempPath(), "breakcard-train-" + Guid.NewGuid().ToString("N")));
        try
        {
            var peaks = new PeakStrengths();
            var request = new MonitorRequest(input, mapping, "auto", work, Truth: truth, OptionsFile: options);
            var outcome = await Task.Run(() => MonitorRun.Execute(request, peaks, ct), ct).ConfigureAwait(false);
            if (outcome.Truth is null)
            {
                throw new InvalidInputException(new InputError(input.FullName, null, null, "no ground truth: give a world folder with truth/ or --truth"));
            }

            var examples = Examples(outcome, peaks);
            if (!examples.Any(e => e.Label) || examples.All(e => e.Label))
            {
                throw new InvalidInputException(new InputError(outcome.TruthFolder!, null, null, "training needs both positive and negative entities in the ground truth"));
            }

            var result = ModelTrainer.Train(examples, algorithm, seed, output.FullName);
            cli.Console.MarkupLineInterpolated($"[bold]breakcard train[/] {outcome.Source} → {output.FullName}");
            cli.Console.Write(MonitorReport.Table(null, ["", "value"],
            [
                ["algorithm", algorithm.ToString()],
                ["examples (accounts and numbers)", MonitorReport.N(result.Examples)],
                ["positives", MonitorReport.N(result.Positives)],
                ["hold-out AUC (every fifth example)", MonitorReport.P(result.HoldoutAuc)],
                ["hold-out precision / recall / F1 at 0.5", $"{MonitorReport.P(result.HoldoutPrecision)} / {MonitorReport.P(result.HoldoutRecall)} / {MonitorReport.P(result.HoldoutF1)}"],
                ["feature run", string.Create(CultureInfo.InvariantCulture, $"{outcome.Elapsed.TotalSeconds:F1} s over {outcome.InputPosition:N0} events")],
            ]));
            cli.Console.WriteLine("Use it with: breakcard monitor --model " + output.FullName + " …");
            return ExitCodes.Ok;
        }
        finally
        {
            if (work.Exists)
            {
                work.Delete(recursive: true);
            }
        }
    }

    /// <summary>
    /// One example per truth account and number (helpers left out): its peak strengths over the run
    /// (all zero when it never scored) and whether it is positive.
    /// </summary>
    internal static List<TrainingExample> Examples(MonitorOutcome outcome, PeakStrengths peaks)
    {
        var list = new List<TrainingExample>();
        foreach (var t in outcome.Truth!)
        {
            if (t.Class == TruthClass.Helper)
            {
                continue;
            }

            var index = t.Kind == ScoredKind.Account ? outcome.Reference.Accounts.Find(t.Id) : outcome.Reference.Phones.Find(t.Id);
            list.Add(new TrainingExample(t.Kind, index < 0 ? default : peaks.Of(t.Kind, index), t.Positive));
        }

        return list;
    }
}
