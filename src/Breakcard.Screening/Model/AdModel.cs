using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Breakcard.Core.Errors;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Breakcard.Screening.Model;

/// <summary>
/// The learned half of screening: an ML.NET logistic-regression model over character n-grams
/// (1 to <see cref="ModelTrainingOptions.NgramLength"/>) of the normalised text (without its digits
/// unless <see cref="ModelTrainingOptions.KeepNumbers"/>) and the words of
/// the explicit analysis (patterns found or quoted, concepts outside warnings). Trained with ML.NET; predicted by
/// <see cref="NgramScorer"/>, which gives ML.NET's probability bit for bit without its per-row machinery (ADR 393),
/// and by ML.NET's engine for what the scorer cannot vouch for. Thread safe: ML.NET prediction engines are not, and
/// are costly to create, so each is rented from a pool for one call and returned. Dispose to release the engines.
/// </summary>
public sealed class AdModel : IDisposable
{
    /// <summary>Version of the model file layout.</summary>
    public const int FormatVersion = 1;

    private const string MlEntry = "mlnet-model.zip";
    private const string NgramFeatures = "NgramFeatures";
    private const string SignalFeatures = "SignalFeatures";
    private const string InfoEntry = "breakcard-model.json";

    private readonly MLContext _ml;
    private readonly ITransformer _transformer;
    private readonly ConcurrentBag<PredictionEngine<ModelInput, ModelOutput>> _engines = [];
    private readonly NgramExplainer? _explainer;
    private readonly NgramScorer? _scorer;
    private bool _disposed;

    private AdModel(MLContext ml, ITransformer transformer, DataViewSchema inputSchema, ModelInfo info, bool useScorer = true)
    {
        _ml = ml;
        _transformer = transformer;
        Info = info;
        var reason = "not asked for";
        _scorer = useScorer ? NgramScorer.Create(transformer, inputSchema, EnginePredict, out reason) : null;
        // The explainer looks its n-grams up in the scorer's table where it can: the scorer has just read them (ADR 452).
        var explainer = NgramExplainer.TryCreate(transformer, inputSchema);
        _explainer = _scorer is not null ? explainer?.OverTable(_scorer.Grams) : explainer;
        PredictionPath = _scorer is not null ? "n-gram scorer (ADR 393)" : "ML.NET prediction engine: " + reason;
    }

    /// <summary>What the model was trained from.</summary>
    public ModelInfo Info { get; }

    /// <summary>
    /// How texts are predicted: the n-gram scorer, identical to ML.NET's prediction and faster (ADR 393), or ML.NET's
    /// prediction engine with the reason the scorer does not apply to this model.
    /// </summary>
    public string PredictionPath { get; }

    /// <summary>True when the model can name the n-grams behind a prediction.</summary>
    public bool CanExplain => _explainer is not null;

    /// <summary>True when the explainer looks its n-grams up in the n-gram scorer's table (ADR 452; tests).</summary>
    internal bool ExplainsThroughScorerTable => _explainer?.UsesTable == true;

    /// <summary>
    /// Trains a model on <paramref name="examples"/>, normalised with <paramref name="normaliser"/>.
    /// Deterministic for the same examples, options and lexicon (one thread, seeded context).
    /// </summary>
    public static AdModel Train(IEnumerable<LabelledText> examples, TextNormaliser normaliser, ModelTrainingOptions options, string source)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(normaliser);
        ArgumentNullException.ThrowIfNull(options);
        var rows = examples.Select(e => Row(normaliser.Normalise(e.Text), e.IsRisky)).ToList();
        var risky = rows.Count(r => r.Label);
        if (risky == 0 || risky == rows.Count)
        {
            throw new ArgumentException("training needs both risky and legitimate examples", nameof(examples));
        }

        var ml = new MLContext(options.Seed);
        var data = ml.Data.LoadFromEnumerable(rows);
        var featurizer = new TextFeaturizingEstimator.Options
        {
            // The text is already normalised: no case folding, no stop words, keep everything.
            WordFeatureExtractor = null,
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = options.NgramLength, UseAllLengths = true },
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = options.KeepNumbers,
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            StopWordsRemoverOptions = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var trainer = new SdcaLogisticRegressionBinaryTrainer.Options
        {
            NumberOfThreads = 1, // determinism
            MaximumNumberOfIterations = options.MaximumIterations,
            L2Regularization = options.L2Regularization,
            L1Regularization = options.L1Regularization,
        };
        var signals = new TextFeaturizingEstimator.Options
        {
            // Signal words are counted as they are: present or not.
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1, UseAllLengths = true },
            CharFeatureExtractor = null,
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepPunctuations = true,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            Norm = TextFeaturizingEstimator.NormFunction.None,
        };
        var pipeline = ml.Transforms.Text.FeaturizeText(NgramFeatures, featurizer, nameof(ModelInput.Text))
            .Append(ml.Transforms.Text.FeaturizeText(SignalFeatures, signals, nameof(ModelInput.Signals)))
            .Append(ml.Transforms.Concatenate("Features", NgramFeatures, SignalFeatures))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(trainer));
        var model = pipeline.Fit(data);
        var info = new ModelInfo(FormatVersion, normaliser.Lexicon.Fingerprint, options.Seed, options.NgramLength, rows.Count, risky, source);
        return new AdModel(ml, model, data.Schema, info);
    }

    /// <summary>The probability, in [0, 1], that a normalised text is a risky ad.</summary>
    public double Predict(NormalisedText text) => Predict(text, PatternMatcher.Match(text));

    /// <summary>The probability, in [0, 1], that a normalised text with these pattern matches is a risky ad.</summary>
    public double Predict(NormalisedText text, PatternMatches matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        ObjectDisposedException.ThrowIf(_disposed, this);
        var signals = ModelSignals.Describe(text, matches);
        return _scorer?.TryPredict(text.Text, signals) ?? EnginePredict(text.Text, signals);
    }

    /// <summary>Whether the n-gram scorer predicts for this model (else ML.NET's engine, see <see cref="PredictionPath"/>).</summary>
    public bool UsesNgramScorer => _scorer is not null;

    /// <summary>The n-gram scorer's probability for a model input (text and signal words), null where it defers to ML.NET (tests).</summary>
    internal float? ScoreWithScorer(string text, string signals) => _scorer?.TryPredict(text, signals);

    /// <summary>ML.NET's engine's probability for a model input (tests: the reference).</summary>
    internal float PredictWithEngine(string text, string signals) => EnginePredict(text, signals);

    private float EnginePredict(string text, string signals)
    {
        var engine = Rent();
        try
        {
            return engine.Predict(new ModelInput { Text = text, Signals = signals }).Probability;
        }
        finally
        {
            _engines.Add(engine);
        }
    }

    /// <summary>
    /// The strongest risky n-grams present in <paramref name="text"/>, as spans of its normalised
    /// text with their weights, at most <paramref name="count"/>, not overlapping.
    /// </summary>
    public IReadOnlyList<(int Start, int End, double Weight)> Explain(NormalisedText text, int count)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _explainer?.Explain(text.Text, count) ?? [];
    }

    /// <summary>Writes the model file: the ML.NET model and <see cref="Info"/> in one zip.</summary>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        using (var ml = zip.CreateEntry(MlEntry, CompressionLevel.NoCompression).Open())
        {
            _ml.Model.Save(_transformer, _ml.Data.LoadFromEnumerable(Array.Empty<ModelInput>()).Schema, ml);
        }

        using var info = zip.CreateEntry(InfoEntry).Open();
        JsonSerializer.Serialize(info, Info);
    }

    /// <summary>Saves to <paramref name="path"/>.</summary>
    public void Save(string path)
    {
        using var file = File.Create(path);
        Save(file);
    }

    /// <summary>
    /// Loads a model file. Throws <see cref="InvalidInputException"/> naming <paramref name="source"/>
    /// when it is not a Breakcard model, has another format version, or was trained with a
    /// different lexicon than <paramref name="normaliser"/>'s.
    /// </summary>
    public static AdModel Load(Stream stream, string source, TextNormaliser normaliser) => Load(stream, source, normaliser, useScorer: true);

    /// <summary>Loads a model file, predicting with the n-gram scorer or (tests, the reference) with ML.NET's engine only.</summary>
    internal static AdModel Load(Stream stream, string source, TextNormaliser normaliser, bool useScorer)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(normaliser);
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            var infoEntry = zip.GetEntry(InfoEntry) ?? throw Bad(source, $"not a Breakcard screening model (no {InfoEntry})");
            ModelInfo info;
            using (var s = infoEntry.Open())
            {
                info = JsonSerializer.Deserialize<ModelInfo>(s) ?? throw Bad(source, "empty model description");
            }

            if (info.FormatVersion != FormatVersion)
            {
                throw Bad(source, string.Create(CultureInfo.InvariantCulture, $"model format {info.FormatVersion}, this build reads format {FormatVersion}; retrain with `breakcard screen train`"));
            }

            if (info.LexiconFingerprint != normaliser.Lexicon.Fingerprint)
            {
                throw Bad(source, "the model was trained with a different screening lexicon; retrain it with `breakcard screen train`");
            }

            var mlEntry = zip.GetEntry(MlEntry) ?? throw Bad(source, $"the model file has no {MlEntry}");
            using var mlStream = new MemoryStream();
            using (var s = mlEntry.Open())
            {
                s.CopyTo(mlStream);
            }

            mlStream.Position = 0;
            var ml = new MLContext(info.Seed);
            var transformer = ml.Model.Load(mlStream, out var schema);
            return new AdModel(ml, transformer, schema, info, useScorer);
        }
        catch (Exception e) when (e is InvalidDataException or JsonException or FormatException)
        {
            throw new InvalidInputException(new InputError(source, null, null, "not a readable screening model: " + e.Message), e);
        }
    }

    /// <summary>Loads a model file from <paramref name="path"/>.</summary>
    public static AdModel Load(string path, TextNormaliser normaliser)
    {
        using var file = File.OpenRead(path);
        return Load(file, path, normaliser);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        while (_engines.TryTake(out var engine))
        {
            engine.Dispose();
        }
    }

    private static ModelInput Row(NormalisedText text, bool label) =>
        new() { Text = text.Text, Signals = ModelSignals.Describe(text, PatternMatcher.Match(text)), Label = label };

    private PredictionEngine<ModelInput, ModelOutput> Rent() =>
        _engines.TryTake(out var engine) ? engine : _ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(_transformer);

    private static InvalidInputException Bad(string source, string reason) => new(new InputError(source, null, null, reason));
}
