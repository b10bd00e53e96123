using Breakcard.Screening.Internal;
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

    // The n-grams sit in a character trie whose payload indexes _gramWeights: the explainer looks up every n-gram at every
    // position of every explained text, and walking the trie from a position meets exactly the known n-grams starting there,
    // shortest first, and stops as soon as no known n-gram continues, where a dictionary lookup per length hashed a
    // string for every length up to the longest (ADR 382).
    private readonly CharTrie _grams;
    private readonly float[] _gramWeights;
    private readonly Dictionary<string, float> _weights;

    private NgramExplainer(Dictionary<string, float> weights)
    {
        _weights = weights;
        var keys = weights.Keys.ToArray();
        _gramWeights = [.. keys.Select(k => weights[k])];
        _grams = CharTrie.Build(keys.Select((k, index) => KeyValuePair.Create(k, index)));
    }

    /// <summary>An explainer over given n-gram weights (every key at least two characters, every weight positive): tests.</summary>
    internal static NgramExplainer FromWeights(IReadOnlyDictionary<string, float> weights) => new(new Dictionary<string, float>(weights, StringComparer.Ordinal));

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
            // Every key is at least MinimumLength long, so a payload is never met before that (ADR 382).
            var node = CharTrie.Root;
            for (var j = i; j < text.Length && _grams.TryStep(node, text[j], out node); j++)
            {
                var payload = _grams.PayloadAt(node);
                if (payload >= 0)
                {
                    found.Add((i, j + 1, _gramWeights[payload]));
                }
            }
        }

        // Greedy in order of weight, the earlier found first among equals: each pick is the heaviest n-gram that does not
        // overlap one already chosen. The same choice as sorting every n-gram found (stably) and walking the sorted list,
        // without the sort: an n-gram passed over for overlapping stays overlapping, so picking again from the rest agrees.
        var chosen = new List<(int Start, int End, double Weight)>(Math.Clamp(count, 0, found.Count));
        while (chosen.Count != count)
        {
            var best = -1;
            for (var k = 0; k < found.Count; k++)
            {
                var f = found[k];
                if ((best < 0 || f.Weight > found[best].Weight) && !Overlaps(chosen, f))
                {
                    best = k;
                }
            }

            if (best < 0)
            {
                break;
            }

            chosen.Add(found[best]);
        }

        return chosen;
    }

    private static bool Overlaps(List<(int Start, int End, double Weight)> chosen, (int Start, int End, double Weight) f)
    {
        foreach (var c in chosen)
        {
            if (f.Start < c.End && c.Start < f.End)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Number of positively weighted n-grams known.</summary>
    public int Count => _weights.Count;
}
