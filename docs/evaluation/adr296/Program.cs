using System.Globalization;
using System.Text.Json;
using Breakcard.Screening;
using Breakcard.Screening.Model;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Scoring;
using Breakcard.Simulation.JobAds;

// ADR 296: per-ad components of the screener (p, e, offence structure, honest context, conducts, score).
// Build outside the clone: copy this folder out, then dotnet build -c Release -p:BreakcardRoot=/path/to/clone.
var mode = args[0];
var outPath = args[1];
var ng = mode != "hard" && args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3;
var l2 = args.Length > 3 ? float.Parse(args[3], CultureInfo.InvariantCulture) : new ModelTrainingOptions().L2Regularization;
// Without [ngram l2] the model is the default's (ADR 310: L2 1e-5); a fifth argument "digits" keeps digits in the
// n-grams, so `3 0.0001 digits` trains ADR 306's model.
var keepNumbers = args.Length > 4 && args[4] == "digits";
var opts = new ModelTrainingOptions { NgramLength = ng, L2Regularization = l2, KeepNumbers = keepNumbers };
using var w = new StreamWriter(outPath);
List<LabelledText> Lab(ulong seed, int n, JobAdSplit s) => [.. JobAdGenerator.Generate(seed, new JobAdOptions(n, s)).Select(a => new LabelledText(a.Id, a.Text, a.IsRisky, a.Family))];
void Dump(string split, AdModel? model, IEnumerable<LabelledText> ads)
{
    var screener = new AdScreener(TextNormaliser.Default, model);
    foreach (var a in ads)
    {
        var nt = TextNormaliser.Default.Normalise(a.Text);
        var m = Breakcard.Screening.Patterns.PatternMatcher.Match(nt);
        var p = model?.Predict(nt, m) ?? -1;
        var r = screener.Screen(a.Text);
        var live = m.Hits.Where(h => !h.Negated).Select(h => h.Pattern.Id).Distinct().ToArray();
        var neg = m.Hits.Where(h => h.Negated).Select(h => h.Pattern.Id).Distinct().ToArray();
        w.WriteLine(JsonSerializer.Serialize(new
        {
            split, id = a.Id, fam = a.Note, y = a.IsRisky ? 1 : 0, p, e = m.Evidence, s = m.HasOffenceStructure ? 1 : 0,
            hon = (int)m.Honest, alone = !m.Hits.Any(h => !h.Negated && h.Pattern.Id is not ("daily-pay" or "target-group")) ? 1 : 0,
            legit = (m.LiveConcepts & (Breakcard.Screening.Lexicon.Concept.Institution | Breakcard.Screening.Lexicon.Concept.OwnPay)) != 0 ? 1 : 0,
            offer = m.HasOffer ? 1 : 0, notice = m.IsWarningNotice ? 1 : 0, disg = m.Disguised ? 1 : 0,
            score = r.Score, band = (int)r.Band, live, neg, conducts = r.Conducts.Select(c => c.ToString()).ToArray(),
        }));
    }
}
var sw = System.Diagnostics.Stopwatch.StartNew();
if (mode == "sets")
{
    using var model = AdModel.Train(Lab(20240301, 20000, JobAdSplit.Training), TextNormaliser.Default, opts, "scratch");
    Console.Error.WriteLine($"trained {sw.Elapsed}");
    Dump("dev", model, Lab(20240302, 10000, JobAdSplit.Development));
    Dump("ho", model, Lab(20240302, 10000, JobAdSplit.HeldOut));
}
else if (mode == "oof")
{
    var tr = Lab(20240301, 20000, JobAdSplit.Training);
    var fams = tr.Select(e => e.Note!).Distinct().Order(StringComparer.Ordinal).ToArray();
    var g = fams.Select((f, i) => (f, i % 10)).ToDictionary(x => x.f, x => x.Item2);
    for (var k = 0; k < 10; k++)
    {
        using var model = AdModel.Train(tr.Where(e => g[e.Note!] != k), TextNormaliser.Default, opts, "scratch");
        Dump("oof", model, tr.Where(e => g[e.Note!] == k));
        Console.Error.WriteLine($"fold {k} {sw.Elapsed}");
    }
}
else if (mode == "hard")
{
    using var model = AdModel.Train(Lab(20240301, 20000, JobAdSplit.Training), TextNormaliser.Default, opts, "scratch");
    Dump("hard", model, Breakcard.Screening.Evaluation.LabelledTextReader.Read(args[2]));
}
Console.Error.WriteLine($"done {sw.Elapsed}");
