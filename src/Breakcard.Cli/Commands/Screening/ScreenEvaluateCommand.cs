using System.CommandLine;
using System.Globalization;
using System.Text;
using Breakcard.Cli.Infrastructure;
using Breakcard.Core.Errors;
using Breakcard.Screening;
using Breakcard.Screening.Evaluation;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Scoring;
using Breakcard.Simulation.JobAds;

namespace Breakcard.Cli.Commands.Screening;

/// <summary>
/// <c>breakcard screen evaluate</c>: precision and recall on the held-out simulated corpus (and the
/// development split), and on the hand-written hard cases with every miss; exits 4 below the targets.
/// </summary>
internal static class ScreenEvaluateCommand
{
    /// <summary>Where the hard cases live in a clone, searched upwards from the working directory.</summary>
    public const string HardCasesPath = "tests/Breakcard.Screening.Tests/HardCases/hard-cases.jsonl";

    public static Command Create(CliContext cli)
    {
        var model = new Option<FileInfo>("--model") { Description = "Model file (default: train the default model now)." }.MustExist();
        var seed = new Option<ulong>("--seed") { Description = "Seed of the evaluation corpora.", DefaultValueFactory = _ => ScreeningModels.DefaultSeed + 1 };
        var count = new Option<int>("--count") { Description = "Ads in the held-out and in the development corpus.", DefaultValueFactory = _ => 10_000 }.InRange(100, 1_000_000);
        var hardCases = new Option<FileInfo>("--hard-cases") { Description = $"Hand-written hard cases (JSON Lines; default: {HardCasesPath} in this clone)." }.MustExist();
        var markdown = new Option<FileInfo?>("--markdown") { Description = "Also write the figures and every hard-case miss as Markdown." };
        var split = new Option<string>("--split") { Description = "Corpora to evaluate: both, development (while tuning: the held-out set stays unseen) or held-out.", DefaultValueFactory = _ => "both" };
        split.AcceptOnlyFromAmong("both", "development", "held-out");
        var misses = new Option<FileInfo?>("--misses") { Description = "Write every miss of the evaluated corpora (id, family, score, reasons, text) as JSON Lines. Reading held-out misses burns the held-out set (ADR 53)." };
        var command = new Command("evaluate", "Precision and recall on the held-out simulated corpus and the hand-written hard cases; exits 4 below the targets.")
        {
            model, seed, count, hardCases, markdown, split, misses,
        };
        command.SetBody(cli, async (parse, ct) =>
        {
            using var trained = ScreeningModels.LoadOrTrain(cli, parse.GetValue(model));
            var screener = new AdScreener(TextNormaliser.Default, trained);
            var md = new StringBuilder();
            var s = parse.GetValue(seed);
            var n = parse.GetValue(count);
            md.Append(CultureInfo.InvariantCulture, $"Model: {trained.Info.Source}. Options: model weight {screener.Options.ModelWeight}, review from {screener.Options.ReviewFrom}, reject from {screener.Options.RejectFrom}.\n\n");

            var which = parse.GetValue(split);
            using var missWriter = parse.GetValue(misses) is { } missFile ? new StreamWriter(missFile.FullName, false, new UTF8Encoding(false)) : null;
            var met = true;
            if (which != "development")
            {
                var heldOut = Corpus(screener, s, n, JobAdSplit.HeldOut, cli, md, missWriter);
                met = heldOut.Precision >= ScreeningTargets.HeldOutPrecision && heldOut.Recall >= ScreeningTargets.HeldOutRecall;
                Say(cli, md, string.Create(CultureInfo.InvariantCulture,
                    $"Target on the held-out corpus (precision ≥ {ScreeningTargets.HeldOutPrecision:0.00}, recall ≥ {ScreeningTargets.HeldOutRecall:0.00}): {(met ? "met" : "NOT met")}."));
            }

            ct.ThrowIfCancellationRequested();
            if (which != "held-out")
            {
                Corpus(screener, s, n, JobAdSplit.Development, cli, md, missWriter);
            }

            var hardFile = parse.GetValue(hardCases) ?? FindHardCases();
            if (hardFile is null)
            {
                Say(cli, md, $"Hard cases: not evaluated ({HardCasesPath} not found above {Environment.CurrentDirectory}; pass --hard-cases).");
            }
            else
            {
                met &= HardCases(screener, hardFile, cli, md);
            }

            if (parse.GetValue(markdown) is { } file)
            {
                await File.WriteAllTextAsync(file.FullName, md.ToString(), new UTF8Encoding(false), ct).ConfigureAwait(false);
            }

            return met ? ExitCodes.Ok : ExitCodes.TargetMissed;
        });
        return command;
    }

    private static BinaryMetrics Corpus(AdScreener screener, ulong seed, int count, JobAdSplit split, CliContext cli, StringBuilder md, StreamWriter? misses)
    {
        var ads = JobAdGenerator.Generate(seed, new JobAdOptions(count, split)).ToArray();
        var results = screener.ScreenMany([.. ads.Select(a => a.Text)], Environment.ProcessorCount);
        var flagged = BinaryMetrics.Empty;
        var rejected = BinaryMetrics.Empty;
        var families = new SortedDictionary<string, (int N, int Right)>(StringComparer.Ordinal);
        var evasions = new SortedDictionary<string, (int N, int Right)>(StringComparer.Ordinal);
        for (var i = 0; i < ads.Length; i++)
        {
            var (ad, r) = (ads[i], results[i]);
            flagged = flagged.Add(ad.IsRisky, r.IsFlagged);
            rejected = rejected.Add(ad.IsRisky, r.Band == RiskBand.High);
            var right = ad.IsRisky == r.IsFlagged ? 1 : 0;
            if (right == 0 && misses is not null)
            {
                misses.Write(System.Text.Json.JsonSerializer.Serialize(new { id = ad.Id, family = ad.Family, risky = ad.IsRisky, score = r.Score, reasons = ResultWriter.ReasonsLine(r), text = ad.Text }, MissJson));
                misses.Write('\n');
            }

            var f = families.GetValueOrDefault(ad.Family);
            families[ad.Family] = (f.N + 1, f.Right + right);
            foreach (var e in ad.IsRisky ? ad.Evasions : EvasionSet.Empty)
            {
                var v = evasions.GetValueOrDefault(e.ToString());
                evasions[e.ToString()] = (v.N + 1, v.Right + right);
            }
        }

        var name = split == JobAdSplit.HeldOut ? "Held-out" : "Development";
        Say(cli, md, string.Create(CultureInfo.InvariantCulture,
            $"{name} corpus ({count:N0} simulated ads, seed {seed}, {ads.Count(a => a.IsRisky):N0} risky):"));
        Say(cli, md, "  " + Line("flagged (review or reject)", flagged));
        Say(cli, md, "  " + Line("reject and report", rejected));
        Say(cli, md, "  correct by family: " + string.Join(", ", families.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value.Right}/{kv.Value.N}"))));
        Say(cli, md, "  recall by evasion (risky ads using it): " + string.Join(", ", evasions.Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value.Right}/{kv.Value.N}"))));
        return flagged;
    }

    private static readonly System.Text.Json.JsonSerializerOptions MissJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static bool HardCases(AdScreener screener, FileInfo file, CliContext cli, StringBuilder md)
    {
        var cases = LabelledTextReader.Read(file.FullName);
        var evaluation = ScreeningEvaluator.Evaluate(screener, cases);
        var m = evaluation.Flagged;
        Say(cli, md, string.Create(CultureInfo.InvariantCulture, $"Hard cases ({cases.Count} hand-written, {file.Name}):"));
        Say(cli, md, "  " + Line("flagged (review or reject)", m));
        Say(cli, md, string.Create(CultureInfo.InvariantCulture,
            $"  floors: precision ≥ {ScreeningTargets.HardCasePrecisionFloor:0.00}, recall ≥ {ScreeningTargets.HardCaseRecallFloor:0.00}; every miss:"));
        foreach (var miss in evaluation.Misses)
        {
            var kind = miss.IsFalsePositive ? "false positive" : "false negative";
            Say(cli, md, string.Create(CultureInfo.InvariantCulture,
                $"  - {miss.Example.Id} ({kind}, score {miss.Result.Score}): {miss.Example.Text} — {miss.Example.Note}. Reasons: {ResultWriter.ReasonsLine(miss.Result)}"));
        }

        return m.Precision >= ScreeningTargets.HardCasePrecisionFloor && m.Recall >= ScreeningTargets.HardCaseRecallFloor;
    }

    private static string Line(string label, BinaryMetrics m) => string.Create(CultureInfo.InvariantCulture,
        $"{label}: precision {m.Precision:0.0000}, recall {m.Recall:0.0000}, false-positive rate {m.FalsePositiveRate:0.0000} (TP {m.TruePositives}, FP {m.FalsePositives}, TN {m.TrueNegatives}, FN {m.FalseNegatives}); precision at 2% prevalence {m.PrecisionAtPrevalence(0.02):0.000}");

    private static void Say(CliContext cli, StringBuilder md, string line)
    {
        cli.Console.Profile.Out.Writer.WriteLine(line);
        md.Append(line).Append('\n');
    }

    private static FileInfo? FindHardCases()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = new FileInfo(Path.Combine(dir.FullName, HardCasesPath));
            if (candidate.Exists)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Used by tests: the labelled texts of a split.</summary>
    internal static List<LabelledText> Labelled(ulong seed, int count, JobAdSplit split) =>
        [.. JobAdGenerator.Generate(seed, new JobAdOptions(count, split)).Select(a => new LabelledText(a.Id, a.Text, a.IsRisky, a.Family))];
}
