using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Breakcard.Screening.Model;

/// <summary>
/// Names the n-grams behind a linear model's prediction: the model's weight for every character
/// n-gram, looked up in the text. Read from the trained model itself (weights and slot names),
/// so it explains exactly the model in use. Thread safe (read-only after construction).
/// </summary>
internal sealed class NgramExplainer
{
    // Only n-grams of at least two characters explain anything to a reviewer.
    private const int MinimumLength = 2;

    private readonly Dictionary<string, float> _weights;
    private readonly Dictionary<string, float>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _longest;

    private NgramExplainer(Dictionary<string, float> weights)
    {
        _weights = weights;
        _lookup = weights.GetAlternateLookup<ReadOnlySpan<char>>();
        _longest = weights.Count == 0 ? 0 : weights.Keys.Max(k => k.Length);
    }

    /// <summary>The explainer for a featurize-then-linear model, or null for any other shape.</summary>
    public static NgramExplainer? TryCreate(ITransformer model, DataViewSchema inputSchema)
    {
        if (model is not IEnumerable<ITransformer> chain || chain.LastOrDefault() is not ISingleFeaturePredictionTransformer<object> last
            || last.Model is not CalibratedModelParametersBase { SubModel: LinearBinaryModelParameters linear })
        {
            return null;
        }

        var schema = model.GetOutputSchema(inputSchema);
        VBuffer<ReadOnlyMemory<char>> names = default;
        schema["Features"].GetSlotNames(ref names);
        var slots = names.DenseValues().ToArray();
        var weights = linear.Weights;
        var map = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var i = 0; i < slots.Length && i < weights.Count; i++)
        {
            // Slot names are "NgramFeatures.银|行|卡"; the start and end markers (␂, ␃) are not text.
            var full = slots[i].ToString();
            const string Prefix = "NgramFeatures.";
            if (!full.StartsWith(Prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var name = full[Prefix.Length..];
            if (weights[i] > 0 && !name.Contains('\u2402', StringComparison.Ordinal) && !name.Contains('\u2403', StringComparison.Ordinal))
            {
                var gram = name.Replace("|", "", StringComparison.Ordinal);
                if (gram.Length >= MinimumLength)
                {
                    map[gram] = weights[i];
                }
            }
        }

        return new NgramExplainer(map);
    }

    /// <summary>The heaviest n-grams in <paramref name="text"/>, not overlapping, heaviest first.</summary>
    public IReadOnlyList<(int Start, int End, double Weight)> Explain(string text, int count)
    {
        var found = new List<(int Start, int End, double Weight)>();
        for (var i = 0; i < text.Length; i++)
        {
            for (var n = MinimumLength; n <= _longest && i + n <= text.Length; n++)
            {
                if (_lookup.TryGetValue(text.AsSpan(i, n), out var w))
                {
                    found.Add((i, i + n, w));
                }
            }
        }

        var chosen = new List<(int Start, int End, double Weight)>();
        foreach (var f in found.OrderByDescending(f => f.Weight))
        {
            if (chosen.Count == count)
            {
                break;
            }

            if (!chosen.Any(c => f.Start < c.End && c.Start < f.End))
            {
                chosen.Add(f);
            }
        }

        return chosen;
    }

    /// <summary>Number of positively weighted n-grams known.</summary>
    public int Count => _weights.Count;
}
