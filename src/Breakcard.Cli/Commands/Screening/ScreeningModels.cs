using System.Diagnostics;
using System.Globalization;
using Breakcard.Cli.Infrastructure;
using Breakcard.Screening;
using Breakcard.Screening.Model;
using Breakcard.Screening.Normalisation;
using Breakcard.Simulation.JobAds;

namespace Breakcard.Cli.Commands.Screening;

/// <summary>
/// Where the screening model comes from: a model file, or the default model trained on the spot
/// from the simulator's training split (ADR 0050: deterministic, about 16 s since ADR 310, no binary in the
/// repository, works offline from a fresh clone).
/// </summary>
internal static class ScreeningModels
{
    /// <summary>Seed of the default model's training corpus.</summary>
    public const ulong DefaultSeed = 20_240_301;

    /// <summary>Size of the default model's training corpus.</summary>
    public const int DefaultTrainingAds = 20_000;

    /// <summary>Trains a model on <paramref name="count"/> simulated training ads from <paramref name="seed"/>.</summary>
    public static AdModel Train(ulong seed, int count)
    {
        var examples = JobAdGenerator.Generate(seed, new JobAdOptions(count))
            .Select(a => new LabelledText(a.Id, a.Text, a.IsRisky, a.Family));
        var source = string.Create(CultureInfo.InvariantCulture, $"simulated job ads, training split, seed {seed}, {count} ads");
        return AdModel.Train(examples, TextNormaliser.Default, new ModelTrainingOptions(), source);
    }

    /// <summary>Loads <paramref name="model"/>, or trains the default model and says so on standard error.</summary>
    public static AdModel LoadOrTrain(CliContext cli, FileInfo? model, ulong seed = DefaultSeed, int count = DefaultTrainingAds)
    {
        if (model is not null)
        {
            return Warned(cli, AdModel.Load(model.FullName, TextNormaliser.Default));
        }

        cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Training the screening model on {count:N0} simulated ads (seed {seed}); save one with `breakcard screen train --out FILE` and pass --model to skip this."));
        var clock = Stopwatch.StartNew();
        var trained = Train(seed, count);
        cli.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Trained in {clock.Elapsed.TotalSeconds:0.0} s."));
        return Warned(cli, trained);
    }

    // The scores are the same either way; only the speed differs, but a model the n-gram scorer cannot read is said so (ADR 393).
    private static AdModel Warned(CliContext cli, AdModel model)
    {
        if (!model.UsesNgramScorer)
        {
            cli.Error.WriteLine("Predicting with " + model.PredictionPath + " (same scores, slower).");
        }

        return model;
    }
}
