using System.Buffers;
using System.Globalization;
using System.Reflection;
using Breakcard.Core.Errors;
using Breakcard.Core.Time;
using Breakcard.Screening.Model;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;
using Breakcard.Screening.Scoring;

namespace Breakcard.Benchmarks.Screening;

/// <summary>
/// What each reading costs per text (ADR 426), repeatable in the repository where ADR 414's harness was not. For each text of
/// the corpus, on one thread, the thread's CPU clock (<see cref="ThreadCpuClock"/>) is read around the normaliser, the
/// <see cref="PatternContext"/> constructor, and each pattern's rule in catalogue order on one shared context, as
/// <see cref="PatternMatcher.Match"/> runs them (a lazily cached fact is charged to the first rule that asks); then around the
/// whole <c>Match</c>, the model's prediction (with <c>--model</c>) and the whole <see cref="AdScreener.Screen"/>. Each static
/// word search the Screening library holds (a <see cref="SearchValues{T}"/> of strings, an <c>AnchoredWords</c> scanner) is
/// also timed once over every normalised text: what it costs where it runs on every text, whether or not its code does (ADR
/// 414: a set of strings with a non-ASCII word is a per-character lookup). The clock's own cost, measured with an empty reading, is subtracted. The library's hot path
/// carries no timing code: everything here calls the patterns' entry points from outside.
/// </summary>
internal static class ReadingCosts
{
    private const string Usage =
        "readings [--ads FILE | --split held-out|development|both] [--count N] [--rounds R] [--top N] [--model FILE]: CPU µs and bytes "
        + "allocated per text of each pattern and phase, medians of R rounds after two warm-ups (default: 5,000 simulated ads, half "
        + "held-out and half development, seed 7; 5 rounds; top 25).";

    /// <summary>Runs the measurement with <paramref name="args"/> (after the word <c>readings</c>) and writes the tables; 0 on success, 2 on bad arguments.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        string? ads = null, modelPath = null, split = "both";
        int count = ReadingCorpus.DefaultCount, rounds = 5, top = 25;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            var ok = args[i] switch
            {
                "--ads" => (ads = value) is not null,
                "--model" => (modelPath = value) is not null,
                "--split" => (split = value) is "held-out" or "development" or "both",
                "--count" => int.TryParse(value, CultureInfo.InvariantCulture, out count) && count >= 2,
                "--rounds" => int.TryParse(value, CultureInfo.InvariantCulture, out rounds) && rounds >= 1,
                "--top" => int.TryParse(value, CultureInfo.InvariantCulture, out top) && top >= 1,
                _ => false,
            };
            if (!ok)
            {
                errors.WriteLine($"readings: bad or incomplete option '{args[i]}' (argument {i + 1}). Usage: {Usage}");
                return 2;
            }

            i++;
        }

        string[] texts;
        AdModel? loaded;
        try
        {
            texts = ads is null ? ReadingCorpus.Simulated(count, split!) : ReadingCorpus.FromFile(ads, errors);
            loaded = modelPath is null ? null : AdModel.Load(modelPath, TextNormaliser.Default);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or InvalidInputException)
        {
            errors.WriteLine($"readings: {e.Message}");
            return 2;
        }

        using var model = loaded;
        var probes = WordSearches();
        var rules = PatternCatalog.All;
        var screener = new AdScreener(TextNormaliser.Default, model);
        var labels = new List<string> { Normalise, Context };
        labels.AddRange(rules.Select(r => r.Id));
        labels.AddRange([AllRules, Match, Predict, Screen, ClockLabel]);
        labels.AddRange(probes.Select(p => p.Name));
        var samples = labels.ToDictionary(l => l, _ => new List<double>());
        var fired = new int[rules.Count];
        // Two warm-up rounds: the first runs tier-0 code, the second lets the tiered JIT's recompiled code take over.
        for (var round = -WarmUps; round < rounds; round++)
        {
            var totals = Measure(texts, rules, model, screener, probes, fired, out var clockCost);
            if (round < 0)
            {
                Array.Clear(fired);
                continue;
            }

            foreach (var (label, ns) in totals)
            {
                samples[label].Add(ns / texts.Length / 1_000.0);
            }

            samples[ClockLabel].Add(clockCost / 1_000.0);
        }

        var bytes = MeasureAllocations(texts, rules, model, screener);
        Write(output, texts, rounds, modelPath, samples, bytes, rules, fired, probes, top);
        return 0;
    }

    private const int WarmUps = 2;

    private const string Normalise = "normaliser (TextNormaliser.Normalise)";
    private const string Context = "PatternContext constructor";
    private const string AllRules = "all rules (sum of the readings above)";
    private const string Match = "PatternMatcher.Match (whole)";
    private const string Predict = "model prediction (AdModel.Predict)";
    private const string Screen = "AdScreener.Screen (whole)";
    private const string ClockLabel = "clock read";

    // One round over every text; CPU nanoseconds summed per label, the clock's own cost per read already subtracted.
    private static Dictionary<string, double> Measure(string[] texts, IReadOnlyList<RiskPattern> rules, AdModel? model, AdScreener screener,
        (string Name, SpanFinder Find)[] probes, int[] fired, out double clockCost)
    {
        clockCost = ClockCost();
        var perRule = new double[rules.Count];
        double normalise = 0, context = 0, match = 0, predict = 0, screen = 0;
        var perProbe = new double[probes.Length];
        var sink = 0L;
        foreach (var text in texts)
        {
            var t0 = ThreadCpuClock.Now();
            var normalised = TextNormaliser.Default.Normalise(text);
            var t1 = ThreadCpuClock.Now();
            var c = new PatternContext(normalised);
            var t2 = ThreadCpuClock.Now();
            normalise += t1 - t0 - clockCost;
            context += t2 - t1 - clockCost;
            // Match reads no rule for a text without terms; neither does this.
            for (var r = 0; normalised.Terms.Count > 0 && r < rules.Count; r++)
            {
                var before = ThreadCpuClock.Now();
                var spans = 0;
                foreach (var span in rules[r].Rule(c))
                {
                    spans += 1 + span.Last - span.First;
                }

                perRule[r] += ThreadCpuClock.Now() - before - clockCost;
                fired[r] += spans > 0 ? 1 : 0;
                sink += spans;
            }

            var m0 = ThreadCpuClock.Now();
            var matches = PatternMatcher.Match(normalised);
            var m1 = ThreadCpuClock.Now();
            var p = model?.Predict(normalised, matches) ?? 0;
            var m2 = ThreadCpuClock.Now();
            sink += screener.Screen(text).Score + (long)(p * 100) + matches.Hits.Count;
            var m3 = ThreadCpuClock.Now();
            match += m1 - m0 - clockCost;
            predict += model is null ? 0 : m2 - m1 - clockCost;
            screen += m3 - m2 - clockCost;
            for (var k = 0; k < probes.Length; k++)
            {
                var before = ThreadCpuClock.Now();
                sink += probes[k].Find(normalised.Text);
                perProbe[k] += ThreadCpuClock.Now() - before - clockCost;
            }
        }

        GC.KeepAlive(sink);
        var totals = new Dictionary<string, double> { [Normalise] = normalise, [Context] = context, [Match] = match, [Predict] = predict, [Screen] = screen };
        for (var r = 0; r < rules.Count; r++)
        {
            totals[rules[r].Id] = perRule[r];
        }

        totals[AllRules] = perRule.Sum();
        for (var k = 0; k < probes.Length; k++)
        {
            totals[probes[k].Name] = perProbe[k];
        }

        return totals;
    }

    // One more round for the bytes each phase and each reading allocates per text (GC.GetAllocatedBytesForCurrentThread, exact
    // for the thread), apart from the timed rounds so that its reads add nothing to their clock. Caches are warm by now, so a
    // lazily cached fact is again charged to the first rule that asks; what a run allocates is the same in every round.
    private static Dictionary<string, double> MeasureAllocations(string[] texts, IReadOnlyList<RiskPattern> rules, AdModel? model, AdScreener screener)
    {
        var perRule = new long[rules.Count];
        long normalise = 0, context = 0, match = 0, predict = 0, screen = 0, sink = 0;
        foreach (var text in texts)
        {
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            var normalised = TextNormaliser.Default.Normalise(text);
            var a1 = GC.GetAllocatedBytesForCurrentThread();
            var c = new PatternContext(normalised);
            var a2 = GC.GetAllocatedBytesForCurrentThread();
            normalise += a1 - a0;
            context += a2 - a1;
            for (var r = 0; normalised.Terms.Count > 0 && r < rules.Count; r++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                foreach (var span in rules[r].Rule(c))
                {
                    sink += 1 + span.Last - span.First;
                }

                perRule[r] += GC.GetAllocatedBytesForCurrentThread() - before;
            }

            var m0 = GC.GetAllocatedBytesForCurrentThread();
            var matches = PatternMatcher.Match(normalised);
            var m1 = GC.GetAllocatedBytesForCurrentThread();
            var p = model?.Predict(normalised, matches) ?? 0;
            var m2 = GC.GetAllocatedBytesForCurrentThread();
            sink += screener.Screen(text).Score + (long)(p * 100) + matches.Hits.Count;
            var m3 = GC.GetAllocatedBytesForCurrentThread();
            match += m1 - m0;
            predict += m2 - m1;
            screen += m3 - m2;
        }

        GC.KeepAlive(sink);
        double PerText(long total) => total / (double)texts.Length;
        var bytes = new Dictionary<string, double>
        {
            [Normalise] = PerText(normalise), [Context] = PerText(context), [Match] = PerText(match), [Predict] = PerText(predict),
            [Screen] = PerText(screen), [AllRules] = PerText(perRule.Sum()),
        };
        for (var r = 0; r < rules.Count; r++)
        {
            bytes[rules[r].Id] = PerText(perRule[r]);
        }

        return bytes;
    }

    // The mean cost of one reading of the clock, from back-to-back reads (the smallest of five batches: preemption only adds).
    private static double ClockCost()
    {
        var best = double.MaxValue;
        for (var batch = 0; batch < 5; batch++)
        {
            const int Reads = 2_000;
            var start = ThreadCpuClock.Now();
            for (var i = 0; i < Reads; i++)
            {
                _ = ThreadCpuClock.Now();
            }

            best = Math.Min(best, (ThreadCpuClock.Now() - start) / (double)(Reads + 1));
        }

        return best;
    }

    /// <summary>A word search over a text: the index of its first hit, or −1.</summary>
    internal delegate int SpanFinder(ReadOnlySpan<char> text);

    // Every static word search of the Screening library (the searches its readings and its context run), by type and field: each
    // SearchValues<string>, and each AnchoredWords scanner (ADR 426; found by name, so this file builds against a tree without it).
    private static (string Name, SpanFinder Find)[] WordSearches() =>
    [
        .. typeof(PatternContext).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic))
            .Select(f => (Field: f, Find: Finder(f)))
            .Where(p => p.Find is not null)
            .Select(p => (Name: SearchName(p.Field), Find: p.Find!))
            .OrderBy(p => p.Name, StringComparer.Ordinal),
    ];

    private static SpanFinder? Finder(FieldInfo f)
    {
        if (f.FieldType == typeof(SearchValues<string>))
        {
            var words = (SearchValues<string>)f.GetValue(null)!;
            return s => s.IndexOfAny(words);
        }

        return f.FieldType.Name == "AnchoredWords" && f.FieldType.GetMethod("IndexIn", [typeof(ReadOnlySpan<char>)]) is { } indexIn
            ? (SpanFinder)Delegate.CreateDelegate(typeof(SpanFinder), f.GetValue(null), indexIn)
            : null;
    }

    // A generated regular expression's prefilter lives in a compiler-named type: named by its field's last eight characters.
    private static string SearchName(FieldInfo f) =>
        f.DeclaringType!.Name.StartsWith('<') ? "regex prefilter …" + f.Name[^8..] : f.DeclaringType.Name + "." + f.Name;

    private static void Write(TextWriter output, string[] texts, int rounds, string? modelPath, Dictionary<string, List<double>> samples,
        Dictionary<string, double> bytes, IReadOnlyList<RiskPattern> rules, int[] fired, (string Name, SpanFinder Find)[] probes, int top)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(string.Create(inv, $"{texts.Length:N0} texts (mean {texts.Average(t => t.Length):0} characters), {rounds} rounds after {WarmUps} warm-ups, one thread; "
            + $"{ThreadCpuClock.Name}, {Median(samples[ClockLabel]):0.00} µs per read subtracted; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC; "
            + $"load average {LoadAverage()}; {Environment.ProcessorCount} cores; model {modelPath ?? "none (patterns only)"}."));
        output.WriteLine();
        output.WriteLine("CPU µs per text, median of the rounds (min–max), and bytes allocated per text (one further round):");
        output.WriteLine();
        output.WriteLine("| phase | µs per text | min–max | bytes per text |");
        output.WriteLine("|---|---|---|---|");
        foreach (var label in new[] { Normalise, Context, AllRules, Match, Predict, Screen })
        {
            output.WriteLine(string.Create(inv, $"{Row(label, samples[label])} {bytes[label]:N0} |"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(inv, $"The {Math.Min(top, rules.Count)} dearest readings of {rules.Count}, in catalogue order on one shared context (a cached fact is charged to the first rule that asks):"));
        output.WriteLine();
        output.WriteLine("| reading | µs per text | min–max | texts it fires on | bytes per text |");
        output.WriteLine("|---|---|---|---|---|");
        var order = Enumerable.Range(0, rules.Count).OrderByDescending(r => Median(samples[rules[r].Id])).Take(top);
        foreach (var r in order)
        {
            output.WriteLine(string.Create(inv, $"{Row(rules[r].Id, samples[rules[r].Id])} {fired[r] / rounds:N0} | {bytes[rules[r].Id]:N1} |"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(inv, $"The {Math.Min(top, rules.Count)} readings that allocate most, bytes per text:"));
        output.WriteLine();
        output.WriteLine("| reading | bytes per text | µs per text |");
        output.WriteLine("|---|---|---|");
        foreach (var r in Enumerable.Range(0, rules.Count).Where(r => bytes[rules[r].Id] > 0).OrderByDescending(r => bytes[rules[r].Id]).Take(top))
        {
            output.WriteLine(string.Create(inv, $"| {rules[r].Id} | {bytes[rules[r].Id]:N1} | {Median(samples[rules[r].Id]):0.00} |"));
        }

        output.WriteLine();
        output.WriteLine(string.Create(inv, $"The {Math.Min(top, probes.Length)} dearest word searches of {probes.Length}, each timed as if run once over every normalised text:"));
        output.WriteLine();
        output.WriteLine("| word search | µs per text | min–max |");
        output.WriteLine("|---|---|---|");
        foreach (var p in probes.OrderByDescending(p => Median(samples[p.Name])).Take(top))
        {
            output.WriteLine(Row(p.Name, samples[p.Name]));
        }
    }

    private static string Row(string label, List<double> values) =>
        string.Create(CultureInfo.InvariantCulture, $"| {label} | {Median(values):0.00} | {values.Min():0.00}–{values.Max():0.00} |");

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}
