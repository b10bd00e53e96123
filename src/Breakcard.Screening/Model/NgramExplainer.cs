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

    // ADR 452: the scorer's n-gram table, when every explaining n-gram is one of its keys, with each explaining n-gram's weight
    // at its payload (0 elsewhere: every explaining weight is positive). The scorer has just looked up the same n-grams of the
    // same text, so these lookups mostly read cache lines it brought in, where the trie's own table is megabytes read cold.
    private readonly GramTable? _table;
    private readonly float[] _slotWeights = [];
    private readonly int _longest;

    // Explained texts found some hundreds of n-grams each, in a list grown from empty every time; one per thread, reused.
    [ThreadStatic]
    private static List<(int Start, int End, double Weight)>? t_found;

    private NgramExplainer(Dictionary<string, float> weights)
    {
        _weights = weights;
        var keys = weights.Keys.ToArray();
        _gramWeights = [.. keys.Select(k => weights[k])];
        _grams = CharTrie.Build(keys.Select((k, index) => KeyValuePair.Create(k, index)));
    }

    private NgramExplainer(NgramExplainer trie, GramTable table, float[] slotWeights, int longest)
    {
        _weights = trie._weights;
        _gramWeights = trie._gramWeights;
        _grams = trie._grams;
        _table = table;
        _slotWeights = slotWeights;
        _longest = longest;
    }

    /// <summary>True when <see cref="Explain"/> looks the n-grams up in the scorer's table (<see cref="OverTable"/>).</summary>
    internal bool UsesTable => _table is not null;

    /// <summary>
    /// This explainer looking its n-grams up in <paramref name="table"/>, the scorer's prefix-closed table of the same model's
    /// n-grams (ADR 452); itself, unchanged, unless every explaining n-gram is a key of that table of at most
    /// <see cref="GramTable.MaximumLength"/> characters without U+0000. The n-grams found are then the same, in the same order:
    /// a lookup names an explaining n-gram only at its own key (packing is one-to-one for such grams), and every prefix of one
    /// is a key too, so the walk from a position stops only where no explaining n-gram continues. (Every explaining n-gram has two
    /// characters or more and a positive weight; one that had not would keep the trie too.)
    /// </summary>
    internal NgramExplainer OverTable(GramTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var slots = new List<(int Slot, float Weight)>(_weights.Count);
        var longest = 0;
        foreach (var (gram, weight) in _weights)
        {
            var slot = gram.Length is >= MinimumLength and <= GramTable.MaximumLength && weight > 0 && !gram.Contains('\0', StringComparison.Ordinal)
                ? table.Find(GramTable.Pack(gram)) : -1;
            if (slot < 0)
            {
                return this;
            }

            slots.Add((slot, weight));
            longest = Math.Max(longest, gram.Length);
        }

        var weights = new float[slots.Count == 0 ? 0 : slots.Max(s => s.Slot) + 1];
        foreach (var (slot, weight) in slots)
        {
            weights[slot] = weight;
        }

        return new NgramExplainer(this, table, weights, longest);
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
        var found = t_found ??= [];
        found.Clear();
        // A packed key with U+0000 would read as a shorter gram's: such a text walks the trie.
        if (_table is not null && !text.Contains('\0', StringComparison.Ordinal))
        {
            FindInTable(text, found);
        }
        else
        {
            FindInTrie(text, found);
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

    private void FindInTrie(string text, List<(int Start, int End, double Weight)> found)
    {
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
    }

    // The same n-grams as FindInTrie, in the same order (by start, then length), through the scorer's table (see OverTable).
    private void FindInTable(string text, List<(int Start, int End, double Weight)> found)
    {
        var table = _table!;
        var weights = _slotWeights;
        for (var i = 0; i < text.Length; i++)
        {
            ulong key = 0;
            var longest = Math.Min(_longest, text.Length - i);
            for (var k = 0; k < longest; k++)
            {
                key |= (ulong)text[i + k] << (16 * k);
                var slot = table.Find(key);
                if (slot < 0)
                {
                    break; // no key continues, so no explaining n-gram does (the table is prefix-closed)
                }

                if (k + 1 >= MinimumLength && slot < weights.Length && weights[slot] > 0)
                {
                    found.Add((i, i + k + 1, weights[slot]));
                }
            }
        }
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
