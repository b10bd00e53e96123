using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Breakcard.Core.Errors;
using Breakcard.Detection.Indicators;
using Breakcard.Detection.Scoring;
using Breakcard.Detection.State;
using Microsoft.ML;

namespace Breakcard.Detection.Learning;

/// <summary>
/// A trained tree model (from <see cref="ModelTrainer"/>) as the engine's <see cref="IRiskModel"/>:
/// risk = 100 × the calibrated probability of being a mule card or ring number; explanations are
/// exact Shapley values over the active indicators (<see cref="ShapleyExplainer"/>). Scores are
/// memoised per distinct strength vector (strengths are bytes, so vectors repeat), which makes
/// the hot path a dictionary look-up after warm-up. Not thread safe (one per engine).
/// </summary>
public sealed class LearnedRiskModel : IRiskModel, IDisposable
{
    private const int MaxCached = 1 << 20;
    private readonly Loaded _loaded;
    private readonly PredictionEngine<ModelInput, ModelOutput> _predict;
    private readonly ModelInput _input = new();
    private ModelOutput _output = new();
    private readonly Dictionary<(ulong, ulong, ulong, ulong), byte> _cache = [];

    private LearnedRiskModel(Loaded loaded)
    {
        _loaded = loaded;
        // Implementation note: ML.NET documents a loaded transformer as shareable and a prediction
        // engine as not; creating engines from several threads is serialised to be safe.
        lock (loaded)
        {
            _predict = loaded.Ml.Model.CreatePredictionEngine<ModelInput, ModelOutput>(loaded.Transformer);
        }
    }

    /// <inheritdoc />
    public string Name => _loaded.Algorithm;

    /// <inheritdoc />
    /// <remarks>"fasttree 3F2A9C01B7D4E5F6": the algorithm and the first 16 hex digits of the SHA-256 of the model file's bytes.</remarks>
    public string Identity => _loaded.Identity;

    /// <summary>Loads a model zip written by <see cref="ModelTrainer"/>; a file that is not one gives a located error.</summary>
    public static LearnedRiskModel Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        // One read: the fingerprint is of exactly the bytes the model is made from.
        var content = File.ReadAllBytes(path);
        string algorithm;
        try
        {
            using (var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read))
            {
                var entry = zip.GetEntry(ModelTrainer.MetadataEntry)
                    ?? throw new InvalidInputException(new InputError(path, null, null, "not a Breakcard model (no " + ModelTrainer.MetadataEntry + "); train one with 'breakcard train'"));
                using var stream = entry.Open();
                var meta = JsonSerializer.Deserialize<ModelTrainer.ModelMetadata>(stream)
                    ?? throw new InvalidInputException(new InputError(path, null, ModelTrainer.MetadataEntry, "empty model description"));
                var expected = IndicatorCatalog.All.Select(i => i.Code).Append("IS_PHONE").ToArray();
                if (!meta.Features.SequenceEqual(expected))
                {
                    throw new InvalidInputException(new InputError(path, null, ModelTrainer.MetadataEntry,
                        "the model was trained on another set of indicators; retrain it with this version"));
                }

                algorithm = meta.Algorithm.ToLowerInvariant();
            }

            var ml = new MLContext(seed: 0);
            var transformer = ml.Model.Load(new MemoryStream(content, writable: false), out _);
            var identity = algorithm + " " + Convert.ToHexString(SHA256.HashData(content))[..16];
            return new LearnedRiskModel(new Loaded(ml, transformer, algorithm, identity));
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidInputException(new InputError(path, null, null, "not a model zip: " + ex.Message), ex);
        }
        catch (JsonException ex)
        {
            throw new InvalidInputException(new InputError(path, null, ModelTrainer.MetadataEntry, "unreadable model description: " + ex.Message), ex);
        }
    }

    /// <summary>
    /// Another instance of the same model, for another engine (an instance is not thread safe): it
    /// shares the loaded trees, has its own prediction engine and an empty score cache.
    /// </summary>
    public LearnedRiskModel Copy() => new(_loaded);

    /// <inheritdoc />
    public int Score(ScoredKind kind, in Strengths strengths)
    {
        var key = Key(kind, in strengths);
        if (_cache.TryGetValue(key, out var risk))
        {
            return risk;
        }

        Predict(kind, in strengths);
        risk = (byte)Math.Clamp((int)Math.Round(_output.Probability * 100f), 0, 100);
        if (_cache.Count < MaxCached)
        {
            _cache[key] = risk;
        }

        return risk;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Exact Shapley values over the active indicators, in risk points on the unrounded
    /// probability scale (<see cref="ShapleyExplainer"/>): they add up to the risk minus the risk
    /// of an entity with no active indicator. Departure from ML.NET's tree feature contributions,
    /// which credit absent indicators (ADR 0066).
    /// </remarks>
    public IReadOnlyList<Contribution> Explain(ScoredKind kind, in Strengths strengths) =>
        ShapleyExplainer.Explain(in strengths, s =>
        {
            Predict(kind, in s);
            return _output.Probability * 100.0;
        });

    /// <inheritdoc />
    public void Dispose() => _predict.Dispose();

    /// <summary>What every copy of one loaded model file shares.</summary>
    private sealed record Loaded(MLContext Ml, ITransformer Transformer, string Algorithm, string Identity);

    private void Predict(ScoredKind kind, in Strengths strengths)
    {
        IndicatorFeatures.Fill(kind, in strengths, _input.Features);
        _predict.Predict(_input, ref _output);
    }

    /// <summary>
    /// The cache key: every byte of the strength vector and the kind. The key once covered the
    /// first 24 of the 28 slots only, so vectors differing in CODE_RELAY or the graph indicators
    /// shared a cached score, and a score depended on which vector an engine met first — per
    /// engine, so shards disagreed with the single process (ADR 0330).
    /// </summary>
    private static (ulong, ulong, ulong, ulong) Key(ScoredKind kind, in Strengths s)
    {
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(System.Runtime.InteropServices.MemoryMarshal.CreateReadOnlySpan(in s, 1));
        if (bytes.Length != 28)
        {
            throw new InvalidOperationException($"the score cache's key covers 28 strength slots, not {bytes.Length}: widen it");
        }

        var a = BitConverter.ToUInt64(bytes[..8]);
        var b = BitConverter.ToUInt64(bytes[8..16]);
        var c = BitConverter.ToUInt64(bytes[16..24]);
        var d = BitConverter.ToUInt32(bytes[24..28]) | ((ulong)kind << 32);
        return (a, b, c, d);
    }
}
