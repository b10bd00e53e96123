using System.Reflection;
using Breakcard.Screening.Internal;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Breakcard.Screening.Model;

/// <summary>
/// The model's probability for a text without ML.NET's per-row machinery (ADR 393): the character n-grams are cut,
/// looked up, counted and L2-normalised here, the signal words counted here, and the sparse feature vector handed to
/// the trained predictor's own value mapper (its linear score and Platt calibration). Read from the loaded model once;
/// thread safe.
/// </summary>
/// <remarks>
/// Identical to ML.NET's <see cref="PredictionEngine{TSrc,TDst}"/> bit for bit, by construction:
/// <list type="bullet">
/// <item>ML.NET's featuriser drops the characters <see cref="char.IsNumber(char)"/> calls numbers (unless the model keeps
/// them), wraps a non-empty text in the markers U+0002 and U+0003, and counts every n-gram of 1 to n characters found in
/// its dictionary; the dictionary is read back from the feature slot names. Counts are integers, exact in any order.</item>
/// <item>The L2 norm is a sum of squared integer counts, exact in any order while it stays below 2^24; the scale is
/// then one correctly rounded square root and one division, and each value one multiplication, as ML.NET's.</item>
/// <item>The dot product with the weights (ML.NET's vectorised, possibly fused, sparse kernel) and the calibrator are
/// not re-implemented: the vector goes to the predictor's own mapper, so their float order cannot differ.</item>
/// </list>
/// What this cannot vouch for goes to ML.NET, per text (<see cref="TryPredict"/> returns null): U+0000 or a surrogate
/// in the text (their slot names do not name the character), a sum of squares of 2^24 or more, or so many distinct
/// features that ML.NET would switch to a dense vector (another dot-product kernel).
/// </remarks>
internal sealed class NgramScorer
{
    private const string NgramPrefix = "NgramFeatures.";
    private const string SignalPrefix = "SignalFeatures.";
    private const char StartMarker = '\u0002';
    private const char EndMarker = '\u0003';
    private const long ExactSumOfSquares = 1L << 24;

    [ThreadStatic]
    private static NgramScratch? t_scratch;

    private readonly GramTable _grams;
    private readonly int _gramLength;
    private readonly int _ngramSlots;
    private readonly int _digitBits;
    private readonly int _passes;
    private readonly int _signalSlots;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _signals;
    private readonly bool _keepNumbers;
    private readonly DistMapper _mapper;

    private NgramScorer(GramTable grams, int gramLength, int ngramSlots, Dictionary<string, int> signals, bool keepNumbers, DistMapper mapper)
    {
        _grams = grams;
        _gramLength = gramLength;
        _ngramSlots = ngramSlots;
        var slotBits = Math.Max(1, 32 - int.LeadingZeroCount(Math.Max(1, ngramSlots - 1)));
        _passes = (slotBits + 10) / 11;
        _digitBits = (slotBits + _passes - 1) / _passes;
        _signalSlots = signals.Count;
        _signals = signals.GetAlternateLookup<ReadOnlySpan<char>>();
        _keepNumbers = keepNumbers;
        _mapper = mapper;
    }

    private delegate void DistMapper(in VBuffer<float> features, ref float score, ref float probability);

    /// <summary>The model's n-grams (prefix-closed, checked by <see cref="Create"/>), each at its feature slot: the explainer's lookups (ADR 452).</summary>
    internal GramTable Grams => _grams;

    /// <summary>Whether the model's n-grams keep digits (read back by <see cref="Create"/>).</summary>
    public bool KeepsNumbers => _keepNumbers;

    /// <summary>
    /// The scorer for <paramref name="model"/>, checked against <paramref name="engine"/> (ML.NET's own prediction of a
    /// text and its signal words) on probe texts; null, with the reason, when the model's shape is not the one this
    /// scorer reproduces (then ML.NET predicts every text).
    /// </summary>
    public static NgramScorer? Create(ITransformer model, DataViewSchema inputSchema, Func<string, string, float> engine, out string reason)
    {
        ArgumentNullException.ThrowIfNull(engine);
        var parts = Read(model, inputSchema, out reason);
        if (parts is null)
        {
            return null;
        }

        // Whether ML.NET dropped the digits is a featuriser setting the loaded model does not expose: try both, keep the
        // one that agrees with ML.NET on every probe.
        foreach (var keepNumbers in (bool[])[false, true])
        {
            var scorer = new NgramScorer(parts.Value.Grams, parts.Value.GramLength, parts.Value.NgramSlots, parts.Value.Signals, keepNumbers, parts.Value.Mapper);
            if (scorer.AgreesWith(engine, parts.Value.SignalWords))
            {
                reason = "";
                return scorer;
            }
        }

        reason = "the n-gram scorer disagreed with ML.NET on a probe text";
        return null;
    }

    /// <summary>The probability ML.NET would give, or null when this text must be predicted by ML.NET (see remarks).</summary>
    public float? TryPredict(string text, string signals)
    {
        var s = t_scratch ??= new NgramScratch();
        s.Prepare(text.Length + 2, _ngramSlots, _signalSlots);
        var chars = s.Chars;
        var n = 0;
        chars[n++] = StartMarker;
        foreach (var c in text)
        {
            if (c == '\0' || char.IsSurrogate(c))
            {
                return null;
            }

            if (_keepNumbers || !char.IsNumber(c))
            {
                chars[n++] = c;
            }
        }

        // An empty text (or one of digits only, once they are dropped) has no markers and no n-grams.
        n = n == 1 ? 0 : n;
        if (n > 0)
        {
            chars[n++] = EndMarker;
        }

        var grams = CountGrams(s, chars.AsSpan(0, n));
        var words = CountSignals(s, signals);
        try
        {
            return grams < 0 || words < 0 || grams + words > (_ngramSlots + _signalSlots) / 2 ? null : Predict(s, grams, words);
        }
        finally
        {
            // The counts must be zero for the next text on this thread, whatever happened.
            s.Clear(grams, words);
        }
    }

    // The feature vector of the counted grams and words, L2-normalising the grams, through the predictor's mapper.
    private float? Predict(NgramScratch s, int grams, int words)
    {
        var values = s.Values;
        var indices = s.Indices;
        long sumOfSquares = 0;
        for (var k = 0; k < grams; k++)
        {
            long count = s.GramCounts[s.GramSlots[k]];
            sumOfSquares += count * count;
        }

        if (sumOfSquares >= ExactSumOfSquares)
        {
            return null;
        }

        // ML.NET: divisor = sqrt(sum of squares) in float, scale = 1 / divisor, value = count * scale.
        var scale = grams > 0 ? 1f / MathF.Sqrt(sumOfSquares) : 1f;
        for (var k = 0; k < grams; k++)
        {
            var slot = s.GramSlots[k];
            indices[k] = slot;
            values[k] = s.GramCounts[slot] * scale;
        }

        for (var k = 0; k < words; k++)
        {
            var slot = s.WordSlots[k];
            indices[grams + k] = _ngramSlots + slot;
            values[grams + k] = s.WordCounts[slot];
        }

        var features = new VBuffer<float>(_ngramSlots + _signalSlots, grams + words, values, indices);
        float score = 0, probability = 0;
        _mapper(in features, ref score, ref probability);
        return probability;
    }

    /// <summary>Counts the known n-grams of <paramref name="chars"/>; the number of distinct ones, sorted, or -1 when ML.NET would go dense.</summary>
    private int CountGrams(NgramScratch s, ReadOnlySpan<char> chars)
    {
        var distinct = 0;
        var counts = s.GramCounts;
        var slots = s.GramSlots;
        for (var i = 0; i < chars.Length; i++)
        {
            ulong key = 0;
            var longest = Math.Min(_gramLength, chars.Length - i);
            for (var k = 0; k < longest; k++)
            {
                key |= (ulong)chars[i + k] << (16 * k);
                var slot = _grams.Find(key);
                if (slot < 0)
                {
                    // Every prefix of a known n-gram is known (checked when the table was read), so nothing longer is.
                    break;
                }

                if (counts[slot]++ == 0)
                {
                    slots[distinct++] = slot;
                }
            }
        }

        // ML.NET's buffer builder turns dense from about half the slots; leave a margin and let ML.NET have those.
        if (distinct >= (_ngramSlots / 2) - 2)
        {
            s.ClearGrams(distinct);
            return -1;
        }

        s.SortGrams(distinct, _digitBits, _passes);
        return distinct;
    }

    /// <summary>Counts the known signal words (space separated, as ML.NET's word tokeniser); distinct ones, sorted, or -1.</summary>
    private int CountSignals(NgramScratch s, string signals)
    {
        var distinct = 0;
        foreach (var range in signals.AsSpan().Split(' '))
        {
            var word = signals.AsSpan(range);
            if (word.Length > 0 && _signals.TryGetValue(word, out var slot) && s.WordCounts[slot]++ == 0)
            {
                s.WordSlots[distinct++] = slot;
            }
        }

        if (distinct >= (_signalSlots / 2) - 2)
        {
            s.ClearWords(distinct);
            return distinct == 0 ? 0 : -1;
        }

        Array.Sort(s.WordSlots, 0, distinct);
        return distinct;
    }

    private bool AgreesWith(Func<string, string, float> engine, IReadOnlyList<string> signalWords)
    {
        var some = string.Join(' ', signalWords.Take(3));
        var many = string.Join(' ', signalWords.Take(12));
        string[] texts =
        [
            "", "2024", "银行卡出租日结1000元", "收购对公账户v信abc123", "a", "!?。", "①②③ 十万 ２０２４ 〇",
            "兼职日结，无需经验，带身份证和银行卡到场，当天结算5000元，保密",
        ];
        string[] signals = ["", "bias", some + " bias", many + " unknown_word " + some + " bias"];
        foreach (var text in texts)
        {
            foreach (var signal in signals)
            {
                var mine = TryPredict(text, signal);
                if (mine is not { } p || BitConverter.SingleToInt32Bits(p) != BitConverter.SingleToInt32Bits(engine(text, signal)))
                {
                    return false;
                }
            }
        }

        return true;
    }

    private static (GramTable Grams, int GramLength, int NgramSlots, Dictionary<string, int> Signals, IReadOnlyList<string> SignalWords, DistMapper Mapper)? Read(
        ITransformer model, DataViewSchema inputSchema, out string reason)
    {
        if (model is not IEnumerable<ITransformer> chain || chain.LastOrDefault() is not ISingleFeaturePredictionTransformer<object> last
            || last.Model is not CalibratedModelParametersBase { SubModel: LinearBinaryModelParameters } calibrated)
        {
            reason = "not a featurise-then-calibrated-linear model";
            return null;
        }

        var mapper = MapperOf(calibrated);
        if (mapper is null)
        {
            reason = "the predictor exposes no value mapper";
            return null;
        }

        var schema = model.GetOutputSchema(inputSchema);
        VBuffer<ReadOnlyMemory<char>> names = default;
        schema["Features"].GetSlotNames(ref names);
        var slots = names.DenseValues().Select(n => n.ToString()).ToArray();
        var grams = new List<KeyValuePair<ulong, int>>();
        var signals = new Dictionary<string, int>(StringComparer.Ordinal);
        var signalWords = new List<string>();
        var gramLength = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            if (signals.Count == 0 && slots[i].StartsWith(NgramPrefix, StringComparison.Ordinal))
            {
                // A gram naming a surrogate is only ever met in a text holding one, which goes to ML.NET.
                var parsed = SlotNames.ParseGram(slots[i].AsSpan(NgramPrefix.Length), out var surrogate);
                if (surrogate)
                {
                    continue;
                }

                if (parsed is null || parsed.Length > GramTable.MaximumLength)
                {
                    reason = "unreadable n-gram slot name " + slots[i];
                    return null;
                }

                grams.Add(KeyValuePair.Create(GramTable.Pack(parsed), i));
                gramLength = Math.Max(gramLength, parsed.Length);
            }
            else if (slots[i].StartsWith(SignalPrefix, StringComparison.Ordinal) && slots[i].Length > SignalPrefix.Length
                && !slots[i].Contains(' ', StringComparison.Ordinal) && signals.TryAdd(slots[i][SignalPrefix.Length..], i))
            {
                signalWords.Add(slots[i][SignalPrefix.Length..]);
            }
            else
            {
                reason = "unexpected feature slot " + slots[i];
                return null;
            }
        }

        var ngramSlots = slots.Length - signals.Count;
        foreach (var word in signalWords)
        {
            signals[word] -= ngramSlots;
        }

        GramTable table;
        try
        {
            table = new GramTable(grams);
        }
        catch (ArgumentException e)
        {
            reason = "n-gram slot names are ambiguous: " + e.Message;
            return null;
        }

        if (!PrefixClosed(table, grams))
        {
            reason = "the n-gram dictionary holds a gram without its prefix";
            return null;
        }

        reason = "";
        return (table, gramLength, ngramSlots, signals, signalWords, mapper);
    }

    private static bool PrefixClosed(GramTable table, List<KeyValuePair<ulong, int>> grams)
    {
        foreach (var (key, _) in grams)
        {
            for (var shift = 16; shift < 64; shift += 16)
            {
                var prefix = key & ((1UL << shift) - 1);
                if (prefix != key && table.Find(prefix) < 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The calibrated predictor's (score, probability) mapper: the arithmetic ML.NET's scorer itself runs.</summary>
    private static DistMapper? MapperOf(CalibratedModelParametersBase calibrated)
    {
        // IValueMapperDist is internal to ML.NET; its mapper is a plain delegate over the feature vector.
        var dist = calibrated.GetType().GetInterfaces().FirstOrDefault(i => i.FullName == "Microsoft.ML.Data.IValueMapperDist");
        var getMapper = dist?.GetMethods().FirstOrDefault(m => m.Name == "GetMapper" && m.GetGenericArguments().Length == 3);
        if (getMapper is null)
        {
            return null;
        }

        try
        {
            var mapper = (Delegate?)getMapper.MakeGenericMethod(typeof(VBuffer<float>), typeof(float), typeof(float)).Invoke(calibrated, null);
            var invoke = mapper?.GetType().GetMethod("Invoke");
            return invoke is null ? null : (DistMapper)Delegate.CreateDelegate(typeof(DistMapper), mapper, invoke);
        }
        catch (Exception e) when (e is TargetInvocationException or ArgumentException or InvalidOperationException)
        {
            return null;
        }
    }
}
