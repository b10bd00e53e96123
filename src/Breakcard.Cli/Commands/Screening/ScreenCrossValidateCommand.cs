using System.CommandLine;
using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Breakcard.Screening;
using Breakcard.Screening.Evaluation;
using Breakcard.Screening.Model;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Scoring;
using Breakcard.Simulation.JobAds;

namespace Breakcard.Cli.Commands.Screening;

/// <summary>
/// <c>breakcard screen crossvalidate</c>: leave-family-out cross-validation over the training and
/// development families (ADR 198) — how screening does on stories its model has never seen. Never
/// touches the held-out split.
/// </summary>
internal static class ScreenCrossValidateCommand
{
    public static Command Create(CliContext cli)
    {
        var seed = new Option<ulong>("--seed") { Description = "Seed of the training corpus (the development corpus uses seed + 1).", DefaultValueFactory = _ => ScreeningModels.DefaultSeed };
        var count = new Option<int>("--count") { Description = "Training ads (the development corpus has half as many).", DefaultValueFactory = _ => ScreeningModels.DefaultTrainingAds }.InRange(400, 1_000_000);
        var groups = new Option<int>("--groups") { Description = "Groups the training families are dealt into, one model per group; 0 leaves each family out alone (one model per family: slow).", DefaultValueFactory = _ => 10 }.InRange(0, 10_000);
        var worst = new Option<int>("--worst") { Description = "How many of the worst families to list.", DefaultValueFactory = _ => 15 }.InRange(0, 10_000);
        var foldDevelopment = new Option<bool>("--fold-development") { Description = "Deal the development families into the groups too, so every training and development family is scored by a model trained without it (ADR 233)." };
        var command = new Command("crossvalidate", "Leave-family-out cross-validation over the training and development families: each family scored by a model that never saw it. Never uses the held-out split.")
        {
            seed, count, groups, worst, foldDevelopment,
        };
        command.SetBody(cli, (parse, _) =>
        {
            var s = parse.GetValue(seed);
            var n = parse.GetValue(count);
            var training = ScreenEvaluateCommand.Labelled(s, n, JobAdSplit.Training);
            var development = ScreenEvaluateCommand.Labelled(s + 1, n / 2, JobAdSplit.Development);
            var folded = parse.GetValue(foldDevelopment);
            List<LabelledText> trainable = folded ? [.. training, .. development] : training;
            var fits = 0;
            // Which honest family each honest text belongs to, to count honest texts sent to the reject band.
            var honestFamily = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var e in trainable.Concat(development).Where(e => !e.IsRisky))
            {
                honestFamily.TryAdd(e.Text, e.Note ?? "");
            }

            var rejectedHonest = new SortedDictionary<string, int>(StringComparer.Ordinal);
            var result = FamilyCrossValidation.Run(trainable, folded ? [] : development, parse.GetValue(groups), examples =>
            {
                fits++;
                cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Fit {fits}: training on {examples.Count:N0} ads."));
                var model = AdModel.Train(examples, TextNormaliser.Default, new ModelTrainingOptions(), "leave-family-out fold");
                var screener = new AdScreener(TextNormaliser.Default, model);
                return text =>
                {
                    var r = screener.Screen(text);
                    if (r.Band == RiskBand.High && honestFamily.TryGetValue(text, out var family))
                    {
                        rejectedHonest[family] = rejectedHonest.GetValueOrDefault(family) + 1;
                    }

                    return r.IsFlagged;
                };
            });
            var patternsAlone = new AdScreener(TextNormaliser.Default, null);
            var rules = BinaryMetrics.Empty;
            foreach (var e in development)
            {
                rules = rules.Add(e.IsRisky, patternsAlone.Screen(e.Text).IsFlagged);
            }

            var w = cli.Console.Profile.Out.Writer;
            var what = folded ? "training and development families" : "training families";
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Leave-family-out over {result.Families.Count(f => f.Trainable)} {what} in {result.Groups} groups (training corpus seed {s}, {n:N0} ads; development seed {s + 1}, {n / 2:N0} ads):"));
            w.WriteLine($"  {what}, each scored by a model trained without it: " + Line(result.Trainable));
            if (!folded)
            {
                w.WriteLine("  development families (never trained on), model trained on every training family: " + Line(result.Development));
            }

            w.WriteLine("  development families, patterns alone (no model): " + Line(rules));
            w.WriteLine("  The patterns were written with every one of these families in view; only the model is left blind here.");
            var take = parse.GetValue(worst);
            w.WriteLine("  worst risky families (caught/scored): " + Families(result.Families.Where(f => f.IsRisky).Take(take)));
            w.WriteLine("  worst honest families (passed/scored): " + Families(result.Families.Where(f => !f.IsRisky).Take(take)));
            w.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  honest texts sent to reject and report: {rejectedHonest.Values.Sum()} ({string.Join(", ", rejectedHonest.Select(kv => $"{kv.Key} {kv.Value}"))})"));
            return Task.FromResult(ExitCodes.Ok);
        });
        return command;
    }

    private static string Families(IEnumerable<FamilyScore> families) => string.Join(", ", families
        .Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Family} {f.Correct}/{f.Examples}{(f.Trainable ? "" : " (dev)")}")));

    private static string Line(BinaryMetrics m) => string.Create(CultureInfo.InvariantCulture,
        $"precision {m.Precision:0.0000}, recall {m.Recall:0.0000}, false-positive rate {m.FalsePositiveRate:0.0000} (TP {m.TruePositives}, FP {m.FalsePositives}, TN {m.TrueNegatives}, FN {m.FalseNegatives})");
}
