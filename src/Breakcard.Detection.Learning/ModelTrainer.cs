using System.IO.Compression;
using System.Text.Json;
using Breakcard.Detection.Indicators;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;
using Microsoft.ML.Trainers.LightGbm;

namespace Breakcard.Detection.Learning;

/// <summary>
/// Trains a gradient-boosted tree classifier (FastTree or LightGBM) on indicator features with
/// labels from ground truth, and saves it as one zip (ML.NET's model plus Breakcard's description
/// of the features). Scores are explained per indicator by <see cref="LearnedRiskModel.Explain"/>. Deterministic for a seed: single-threaded learners,
/// a fixed hold-out split by position.
/// </summary>
public static class ModelTrainer
{
    /// <summary>Name of Breakcard's own entry in the model zip.</summary>
    public const string MetadataEntry = "breakcard-model.json";

    /// <summary>Trains on <paramref name="examples"/> and writes the model to <paramref name="modelPath"/>.</summary>
    public static TrainingResult Train(IReadOnlyList<TrainingExample> examples, LearnedAlgorithm algorithm, int seed, string modelPath)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(modelPath);
        if (IndicatorFeatures.Count != ModelInput.FeatureCount)
        {
            throw new InvalidOperationException($"The model input has {ModelInput.FeatureCount} features but there are {IndicatorFeatures.Count}.");
        }

        var positives = examples.Count(e => e.Label);
        if (positives == 0 || positives == examples.Count)
        {
            throw new ArgumentException("Training needs both positive and negative examples.", nameof(examples));
        }

        var ml = new MLContext(seed);
        var rows = examples.Select(ToRow).ToList();

        // Hold out every fifth example to report honest metrics, then train the saved model on all.
        var holdout = ml.Data.LoadFromEnumerable(rows.Where((_, i) => i % 5 == 4));
        var train = ml.Data.LoadFromEnumerable(rows.Where((_, i) => i % 5 != 4));
        var all = ml.Data.LoadFromEnumerable(rows);
        var (check, model) = algorithm switch
        {
            LearnedAlgorithm.LightGbm => Fit(ml.BinaryClassification.Trainers.LightGbm(new LightGbmBinaryTrainer.Options
            {
                NumberOfThreads = 1, Seed = seed, NumberOfIterations = 200, NumberOfLeaves = 16, MinimumExampleCountPerLeaf = 10,
                LearningRate = 0.1, Silent = true,
            }), train, all),
            _ => Fit(ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                NumberOfThreads = 1, NumberOfTrees = 200, NumberOfLeaves = 16, MinimumExampleCountPerLeaf = 10, LearningRate = 0.1,
            }), train, all),
        };
        var metrics = ml.BinaryClassification.Evaluate(check.Transform(holdout));
        var directory = Path.GetDirectoryName(Path.GetFullPath(modelPath));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        var temp = modelPath + ".tmp";
        ml.Model.Save(model, all.Schema, temp);
        using (var zip = ZipFile.Open(temp, ZipArchiveMode.Update))
        {
            var entry = zip.CreateEntry(MetadataEntry);
            using var stream = entry.Open();
            JsonSerializer.Serialize(stream, new ModelMetadata(algorithm.ToString(), [.. IndicatorCatalog.All.Select(i => i.Code), "IS_PHONE"], examples.Count, positives, seed));
        }

        File.Move(temp, modelPath, overwrite: true);
        return new TrainingResult(algorithm, examples.Count, positives, metrics.AreaUnderRocCurve, SafeNumber(metrics.F1Score),
            SafeNumber(metrics.PositivePrecision), SafeNumber(metrics.PositiveRecall));
    }

    private static ModelInput ToRow(TrainingExample e)
    {
        var row = new ModelInput { Label = e.Label };
        IndicatorFeatures.Fill(e.Kind, e.Strengths, row.Features);
        return row;
    }

    private static (ITransformer Check, ITransformer Model) Fit<TModel>(
        IEstimator<BinaryPredictionTransformer<CalibratedModelParametersBase<TModel, PlattCalibrator>>> learner, IDataView train, IDataView all)
        where TModel : class
        => (learner.Fit(train), learner.Fit(all));

    private static double SafeNumber(double v) => double.IsFinite(v) ? v : 0;

    /// <summary>Breakcard's description of a saved model.</summary>
    internal sealed record ModelMetadata(string Algorithm, string[] Features, int Examples, int Positives, int Seed);
}
