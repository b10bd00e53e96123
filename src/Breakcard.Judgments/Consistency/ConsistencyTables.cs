using System.Globalization;
using Breakcard.Core.Judgments;
using Breakcard.Judgments.Tables;

namespace Breakcard.Judgments.Consistency;

/// <summary>The consistency results as tables: model coefficients, outliers, inconsistent pairs side by side, statutory findings.</summary>
public static class ConsistencyTables
{
    /// <summary>Every table, in report order.</summary>
    public static IReadOnlyList<StatTable> Tables(ConsistencyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var tables = new List<StatTable>
        {
            Pairs(result.FinePairs, "pairs-fine", "Inconsistent fines: more settlement and more gains, lower fine", "¥"),
            Pairs(result.TermPairs, "pairs-term", "Inconsistent terms: more settlement and more gains, shorter fixed term", "months"),
        };
        foreach (var model in new[] { result.FineModel, result.TermModel })
        {
            if (model is not null)
            {
                tables.Add(Coefficients(model));
                tables.Add(Outliers(model));
            }
        }

        tables.Add(Statutory(result.Statutory));
        return tables;
    }

    /// <summary>Pairs side by side, most severe first; with <paramref name="distinct"/>, each defendant in at most that many pairs listed once.</summary>
    public static StatTable Pairs(PairResult pairs, string id, string title, string unit, int? distinct = null)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var listed = distinct is { } n ? InconsistentPairs.Distinct(pairs.Pairs, n) : pairs.Pairs;
        var rows = listed.Select(p => (IReadOnlyList<string>)
        [
            Case(p.Heavier), p.Heavier.Defendant.Name, Amount(p.Heavier.Defendant.Settlement), Amount(p.Heavier.Defendant.IllegalGains), Sentence(p.Heavier.Defendant),
            Case(p.Lighter), p.Lighter.Defendant.Name, Amount(p.Lighter.Defendant.Settlement), Amount(p.Lighter.Defendant.IllegalGains), Sentence(p.Lighter.Defendant),
            Why(p, unit == "¥"), TableText.Number(p.Ratio, 2),
        ]).ToList();
        return new StatTable(id, title,
            ["A: case", "A: defendant", "A: settlement", "A: gains", "A: sentence", "B: case", "B: defendant", "B: settlement", "B: gains", "B: sentence", "why inconsistent", $"B's {(unit == "¥" ? "fine" : "term")} ÷ A's"],
            rows,
            $"A has settlement and gains at least B's, strictly more in at least one, yet a {(unit == "¥" ? "lower fine" : "shorter term")}. "
            + $"{TableText.Count(pairs.Compared)} defendants convicted of 帮信 alone with settlement, gains and the sentence stated were compared; "
            + $"{TableText.Count(pairs.Total)} pairs found{(pairs.Total > listed.Count ? $", the {TableText.Count(listed.Count)} most severe listed{(distinct is null ? "" : " with each defendant once")}" : "")}. "
            + "Amounts stated as lower bounds (余) are compared at their stated value.");
    }

    /// <summary>The reason in the facts' own terms: "settlement ×2.12, gains ×3.22, yet fined ¥2,000.00 less".</summary>
    public static string Why(InconsistentPair pair, bool fine)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var a = pair.Heavier.Defendant;
        var b = pair.Lighter.Defendant;
        static string Times(Amount? x, Amount? y) =>
            x is not { } u || y is not { } v ? "?" : v.Value.Fen == 0 ? (u.Value.Fen == 0 ? "equal" : "more (B none)")
            : u.Value == v.Value ? "equal" : "×" + TableText.Number((double)u.Value.Fen / v.Value.Fen, 2);
        var less = fine
            ? "fined " + Core.Money.FromYuan((long)(pair.LighterSentence - pair.HeavierSentence)) + " less"
            : "sentenced to " + TableText.Number(pair.LighterSentence - pair.HeavierSentence, 0) + " months less";
        return $"A's settlement {Times(a.Settlement, b.Settlement)} and gains {Times(a.IllegalGains, b.IllegalGains)} B's, yet A was {less}";
    }

    private static StatTable Coefficients(SentencingModelResult model)
    {
        var fine = model.Target == SentencingTarget.Fine;
        var rows = new List<IReadOnlyList<string>> { new[] { "intercept", TableText.Number(model.Fit.Intercept, 3), fine ? "×" + TableText.Number(Math.Exp(model.Fit.Intercept), 0) + " (¥, all features 0)" : TableText.Number(model.Fit.Intercept, 1) + " months" } };
        for (var j = 0; j < model.Features.Count; j++)
        {
            var b = model.Fit.Coefficients[j];
            rows.Add([model.Features[j], TableText.Number(b, 3), fine ? "fine ×" + TableText.Number(Math.Exp(b), 2) + " per unit" : (b >= 0 ? "+" : "") + TableText.Number(b, 1) + " months per unit"]);
        }

        return new StatTable($"model-{(fine ? "fine" : "term")}", $"Sentencing model: {(fine ? "ln(fine)" : "fixed term in months")} (robust regression)",
            ["feature", "coefficient", "meaning"], rows,
            $"Huber robust regression with a small ridge penalty, fitted on {TableText.Count(model.Population)} defendants convicted of 帮信 alone; "
            + $"residual scale {TableText.Number(model.Fit.Scale, 3)} {(fine ? "(log yuan)" : "months")}. Features that do not vary in the corpus are left out. "
            + "The model describes the corpus's own sentencing practice; it is not a norm.");
    }

    private static StatTable Outliers(SentencingModelResult model)
    {
        var fine = model.Target == SentencingTarget.Fine;
        var rows = model.Outliers.Select(o => (IReadOnlyList<string>)
        [
            Case(o.Defendant), o.Defendant.Defendant.Name, Amount(o.Defendant.Defendant.Settlement), Amount(o.Defendant.Defendant.IllegalGains),
            fine ? Core.Money.FromYuan((long)o.Observed).ToString() : TableText.Number(o.Observed, 0),
            fine ? Core.Money.FromYuan((long)Math.Round(o.Expected)).ToString() : TableText.Number(o.Expected, 1),
            TableText.Number(o.Z, 2),
        ]).ToList();
        return new StatTable($"outliers-{(fine ? "fine" : "term")}", $"Sentences far from the model: {(fine ? "fines" : "terms")}",
            ["case", "defendant", "settlement", "gains", fine ? "fine" : "term (months)", "expected for these facts", "z"], rows,
            $"|z| ≥ {TableText.Number(SentencingModel.DefaultThreshold, 1)} robust standard deviations; positive = harsher than the corpus's practice for the same facts.");
    }

    private static StatTable Statutory(IReadOnlyList<StatutoryFinding> findings)
    {
        var rows = findings.Select(f => (IReadOnlyList<string>)[f.Rule.Id, Case(f.Defendant), f.Defendant.Defendant.Name, f.Detail, f.Rule.Source]).ToList();
        var rules = string.Join(" ", StatutoryChecks.Rules.Select(r => $"{r.Id}: {r.Description} ({r.Source}, in force {r.InForceFrom:yyyy-MM-dd})."));
        return new StatTable("statutory", "Sentences outside statutory limits", ["rule", "case", "defendant", "finding", "source"], rows, rules);
    }

    private static string Months(int? months) =>
        months is null ? "term not stated" : string.Create(CultureInfo.InvariantCulture, $"{months} month{(months == 1 ? "" : "s")}");

    private static string Probation(int? months) => months is null ? "" : " (probation " + Months(months) + ")";

    private static string Case(SentencedDefendant d) => d.Judgment.CaseNumber?.ToString() ?? d.Judgment.Source;

    private static string Amount(Amount? a) => a?.ToString() ?? "–";

    /// <summary>"8 months, ¥7,000" / "6 months (probation 12), ¥3,000" / "fine only, ¥5,000" / "exempted".</summary>
    public static string Sentence(DefendantRecord d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var fine = d.Fine is { } f ? ", " + f : "";
        return d.Sentence switch
        {
            SentenceKind.FixedTerm => Months(d.TermMonths) + Probation(d.ProbationMonths) + fine,
            SentenceKind.Detention => "detention " + Months(d.TermMonths) + Probation(d.ProbationMonths) + fine,
            SentenceKind.Surveillance => "surveillance " + Months(d.TermMonths) + fine,
            SentenceKind.FineOnly => "fine only" + fine,
            SentenceKind.Exempted => "exempted",
            _ => "not stated",
        };
    }
}
