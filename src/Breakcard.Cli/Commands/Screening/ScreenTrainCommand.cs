using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Spectre.Console;

namespace Breakcard.Cli.Commands.Screening;

/// <summary><c>breakcard screen train</c>: trains the screening model on simulated ads and saves it.</summary>
internal static class ScreenTrainCommand
{
    public static Command Create(CliContext cli)
    {
        var seed = new Option<ulong>("--seed") { Description = "Seed of the simulated training corpus.", DefaultValueFactory = _ => ScreeningModels.DefaultSeed };
        var count = new Option<int>("--count") { Description = "Number of simulated training ads.", DefaultValueFactory = _ => ScreeningModels.DefaultTrainingAds }.InRange(200, 1_000_000);
        var output = new Option<FileInfo>("--out") { Description = "Model file to write.", DefaultValueFactory = _ => new FileInfo("screening-model.zip") };
        var command = new Command("train", "Train the screening model on the simulator's training split (deterministic for a seed) and save it.")
        {
            seed, count, output,
        };
        command.SetBody(cli, (parse, _) =>
        {
            var file = parse.GetValue(output)!;
            var clock = Stopwatch.StartNew();
            using var model = ScreeningModels.Train(parse.GetValue(seed), parse.GetValue(count));
            model.Save(file.FullName);
            file.Refresh();
            var info = model.Info;
            cli.Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Trained on {info.Examples:N0} ads ({info.RiskyExamples:N0} risky), {info.Source}, in {clock.Elapsed.TotalSeconds:0.0} s."));
            cli.Console.WriteLine($"Saved {file.FullName} ({file.Length / 1024.0 / 1024.0:0.0} MiB; lexicon {info.LexiconFingerprint[..12]}).");
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }
}
