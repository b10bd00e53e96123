using Breakcard.Screening.Model;
using Breakcard.Screening.Normalisation;
using Breakcard.Simulation.JobAds;

[assembly: AssemblyFixture(typeof(Breakcard.Screening.Tests.TrainedModelFixture))]

namespace Breakcard.Screening.Tests;

/// <summary>
/// One model for the whole test assembly, trained on the simulator's training split. Smaller than
/// the CLI default (ADR 0050) so the suite stays fast; the figures in docs/benchmarks.md come from
/// `breakcard screen evaluate` with the default model.
/// </summary>
public sealed class TrainedModelFixture : IDisposable
{
    public const ulong Seed = 11;
    public const int TrainingAds = 8_000;

    public TrainedModelFixture()
    {
        Model = AdModel.Train(Corpus.Training(Seed, TrainingAds), TextNormaliser.Default, new ModelTrainingOptions(), "test fixture");
    }

    public AdModel Model { get; }

    public void Dispose() => Model.Dispose();
}

/// <summary>The simulator's ads as labelled texts.</summary>
internal static class Corpus
{
    public static List<LabelledText> Training(ulong seed, int count) => Generate(seed, new JobAdOptions(count));

    public static List<LabelledText> Development(ulong seed, int count) => Generate(seed, new JobAdOptions(count, JobAdSplit.Development));

    public static List<LabelledText> HeldOut(ulong seed, int count) => Generate(seed, new JobAdOptions(count, JobAdSplit.HeldOut));

    private static List<LabelledText> Generate(ulong seed, JobAdOptions options) =>
        [.. JobAdGenerator.Generate(seed, options).Select(a => new LabelledText(a.Id, a.Text, a.IsRisky, a.Family))];
}
