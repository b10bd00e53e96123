using Breakcard.Core.Judgments;
using Breakcard.Core.People;
using Breakcard.Judgments.Tables;

namespace Breakcard.Judgments.Statistics;

/// <summary>
/// The statistics the source paper reports, by year of judgment, with the published figures of
/// STATISTICS.md beside them: Table 1 (gender composition of judgments), first offenders and
/// recidivists, birth cohorts and ages, occupation, education, conduct, sentences and fines.
/// Defendant-level tables count defendants convicted of 帮助信息网络犯罪活动罪; defendants
/// convicted only of other crimes are counted in their own table. Pure; thread safe.
/// </summary>
public static class JudgmentStatistics
{
    /// <summary>Every table, in report order.</summary>
    public static IReadOnlyList<StatTable> Tables(IReadOnlyList<JudgmentRecord> judgments)
    {
        ArgumentNullException.ThrowIfNull(judgments);
        var defendants = judgments
            .SelectMany(j => j.Defendants.Select(d => (Year: j.Date?.Year, Defendant: d)))
            .ToList();
        var assisting = defendants.Where(x => x.Defendant.IsConvictedOfAssisting).ToList();
        return
        [
            Table1(GenderComposition.Compute(judgments)),
            PaperComparison.Table(judgments),
            Overview(judgments, defendants),
            Crosstab("record", "First offenders and recidivists (帮信 defendants)", assisting, d => Record(d),
                ["first offender", "prior record, not recidivist", "recidivist (累犯)", "not stated"],
                $"Recidivist = found 累犯 in the reasoning (Criminal Law Art. 65). Source paper: {TableText.Percent(NationalFigures.PaperRecidivists.Share)} recidivists (17 of 389)."),
            Crosstab("cohort", "Birth cohorts (帮信 defendants)", assisting, d => Cohort(d.BirthDate),
                ["born before 1960", "1960s", "1970s", "1980s", "1990s", "2000s", "not stated"],
                "The source paper: mostly born in the 1980s, 1990s and 2000s."),
            Crosstab("age", "Age at judgment (帮信 defendants)", assisting, d => AgeBand(d.AgeAtJudgment),
                ["under 18", "18–22", "23–29", "30–39", "40–49", "50 and over", "not stated"],
                Reference(NationalFigures.Under30, NationalFigures.Aged18To22, NationalFigures.Aged18To28)
                + " National figures count age when prosecuted."),
            Crosstab("occupation", "Occupation (帮信 defendants)", assisting, d => d.Occupation is { } o ? JudgmentVocabulary.ToText(o) : "not stated",
                [.. Enum.GetValues<Occupation>().Select(JudgmentVocabulary.ToText), "not stated"], Reference(NationalFigures.NoFixedJob) + " (no fixed job = unemployed)."),
            Crosstab("education", "Education (帮信 defendants)", assisting, d => d.Education is { } e ? JudgmentVocabulary.ToText(e) : "not stated",
                [.. Enum.GetValues<Education>().Select(JudgmentVocabulary.ToText), "not stated"], Reference(NationalFigures.JuniorHighOrBelow) + " (= primary_or_none + junior_high)."),
            Conduct(assisting),
            Crosstab("sentence", "Sentences (帮信 defendants)", assisting, d => SentenceLabel(d),
                ["fixed-term, not suspended", "fixed-term, suspended", "detention, not suspended", "detention, suspended", "surveillance", "fine only", "exempted", "not stated"],
                Reference(NationalFigures.Suspended)),
            Crosstab("term", "Fixed-term imprisonment in months (帮信 defendants)", assisting.Where(x => x.Defendant.Sentence == SentenceKind.FixedTerm).ToList(),
                d => TermBand(d.TermMonths), ["up to 6", "7–12", "13–24", "25–36", "over 36", "not stated"], Reference(NationalFigures.OverOneYear)),
            Crosstab("fine", "Fines in yuan (帮信 defendants)", assisting, d => FineBand(d.Fine?.WholeYuan),
                ["no fine stated", "under 1,000", "1,000–2,999", "3,000–4,999", "5,000–9,999", "10,000–19,999", "20,000–49,999", "50,000 and over"],
                "Minimum fine: ¥1,000, or ¥500 for a minor (SPC 法释〔2000〕45号 Art. 2)."),
            FineSummary(assisting),
            OtherCharges(defendants),
        ];
    }

    /// <summary>Table 1 in the paper's form, with the paper's own figures beside each year.</summary>
    public static StatTable Table1(IReadOnlyList<GenderCompositionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new List<IReadOnlyList<string>>();
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var label = i == rows.Count - 1 ? "all years" : r.Year?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "date not stated";
            var paper = NationalFigures.PaperTable1.FirstOrDefault(p => p.Year == r.Year && i < rows.Count - 1);
            table.Add([label, TableText.Count(r.Judgments), TableText.Percent(r.WomenAlone, r.Judgments), TableText.Percent(r.Mixed, r.Judgments),
                TableText.Percent(r.Men, r.Judgments), TableText.Count(r.Unknown),
                paper.Year == 0 ? "–" : $"{TableText.Percent(paper.WomenAlone)} / {TableText.Percent(paper.Mixed)} / {TableText.Percent(paper.Men)}"]);
        }

        return new StatTable("table1-gender", "Table 1. Gender composition of judgments by year of judgment",
            ["year of judgment", "judgments", "women alone", "women and men jointly", "men alone or jointly", "gender not stated", "source paper (women / joint / men)"],
            table, "Each judgment counts once, classified by the genders of its defendants convicted of 帮助信息网络犯罪活动罪 (the paper's definition). "
            + "Judgments with a 帮信 defendant of unstated gender are left out of the shares.");
    }

    private static StatTable Overview(IReadOnlyList<JudgmentRecord> judgments, List<(int? Year, DefendantRecord Defendant)> defendants)
    {
        var years = defendants.Select(x => x.Year).Concat(judgments.Select(j => j.Date?.Year)).Distinct().OrderBy(y => y ?? int.MaxValue).ToList();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var y in years.Append(-1))
        {
            var js = y == -1 ? judgments : judgments.Where(j => j.Date?.Year == y).ToList();
            var ds = y == -1 ? defendants : defendants.Where(x => x.Year == y).ToList();
            var assisting = ds.Count(x => x.Defendant.IsConvictedOfAssisting);
            rows.Add([y == -1 ? "all years" : y?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "date not stated",
                TableText.Count(js.Count), TableText.Count(ds.Count), TableText.Count(assisting), TableText.Count(ds.Count - assisting),
                js.Count == 0 ? "–" : TableText.Number((double)ds.Count / js.Count)]);
        }

        return new StatTable("overview", "Judgments and defendants by year of judgment",
            ["year", "judgments", "defendants", "convicted of 帮信", "convicted of other crimes only", "defendants per judgment"], rows,
            "Source paper: 277 judgments, 389 defendants (1.40 per judgment).");
    }

    private static StatTable Conduct(List<(int? Year, DefendantRecord Defendant)> assisting)
    {
        var stated = assisting.Where(x => x.Defendant.Conduct is not null).ToList();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var kind in JudgmentVocabulary.AllConductKinds)
        {
            var n = stated.Count(x => (x.Defendant.Conduct!.Value & kind) != 0);
            rows.Add([JudgmentVocabulary.ToText(kind), TableText.Count(n), TableText.Percent(n, stated.Count)]);
        }

        rows.Add(["facts not stated", TableText.Count(assisting.Count - stated.Count), "–"]);
        return new StatTable("conduct", "Conduct (帮信 defendants with findings of fact; a defendant may have several)",
            ["conduct", "defendants", "share"], rows,
            Reference([.. NationalFigures.Conduct]) + " The national payment-settlement share is the courts' legal characterisation, which covers most card sellers; it is not directly comparable with payment_settlement here (moving money oneself).");
    }

    private static StatTable FineSummary(List<(int? Year, DefendantRecord Defendant)> assisting)
    {
        var rows = new List<IReadOnlyList<string>>();
        foreach (var group in assisting.GroupBy(x => x.Year).OrderBy(g => g.Key ?? int.MaxValue).Select(g => (Label: g.Key?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "date not stated", Items: g.ToList()))
                     .Append((Label: "all years", Items: assisting)))
        {
            var fines = group.Items.Where(x => x.Defendant.Fine is not null).Select(x => (double)x.Defendant.Fine!.Value.WholeYuan).Order().ToList();
            var terms = group.Items.Where(x => x.Defendant.Sentence == SentenceKind.FixedTerm && x.Defendant.TermMonths is not null).Select(x => (double)x.Defendant.TermMonths!.Value).Order().ToList();
            rows.Add([group.Label, TableText.Count(fines.Count), TableText.Number(Quantile(fines, 0.5), 0), TableText.Number(fines.Count == 0 ? double.NaN : fines.Average(), 0),
                TableText.Number(Quantile(fines, 0.9), 0), TableText.Count(terms.Count), TableText.Number(Quantile(terms, 0.5), 1), TableText.Number(terms.Count == 0 ? double.NaN : terms.Average(), 1)]);
        }

        return new StatTable("sentence-summary", "Fines and terms: median, mean, 90th percentile (帮信 defendants)",
            ["year", "fines", "median fine (¥)", "mean fine (¥)", "90th percentile fine (¥)", "fixed terms", "median term (months)", "mean term (months)"], rows);
    }

    private static StatTable OtherCharges(List<(int? Year, DefendantRecord Defendant)> defendants)
    {
        var rows = defendants.SelectMany(x => x.Defendant.Charges.Distinct().Select(c => c))
            .GroupBy(c => c, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (IReadOnlyList<string>)[g.Key, TableText.Count(g.Count())]).ToList();
        rows.Add(["no charge found in the result", TableText.Count(defendants.Count(x => x.Defendant.Charges.Count == 0))]);
        return new StatTable("charges", "Charges convicted (all defendants; a defendant convicted of several crimes counts under each)", ["charge", "defendants"], rows);
    }

    /// <summary>A categories × years table of counts and shares.</summary>
    private static StatTable Crosstab(string id, string title, List<(int? Year, DefendantRecord Defendant)> items, Func<DefendantRecord, string> category, IReadOnlyList<string> order, string? note)
    {
        var years = items.Select(x => x.Year).Distinct().OrderBy(y => y ?? int.MaxValue).ToList();
        var header = new List<string> { "category" };
        header.AddRange(years.Select(y => y?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "date not stated"));
        header.Add("all years");
        var byYear = years.ToDictionary(y => y ?? int.MaxValue, y => items.Where(x => x.Year == y).Select(x => category(x.Defendant)).ToList());
        var all = items.Select(x => category(x.Defendant)).ToList();
        var rows = new List<IReadOnlyList<string>>();
        foreach (var c in order)
        {
            var row = new List<string> { c };
            foreach (var y in years)
            {
                var list = byYear[y ?? int.MaxValue];
                var n = list.Count(v => v == c);
                row.Add($"{n} ({TableText.Percent(n, list.Count)})");
            }

            var total = all.Count(v => v == c);
            row.Add($"{total} ({TableText.Percent(total, all.Count)})");
            rows.Add(row);
        }

        return new StatTable(id, title, header, rows, note);
    }

    private static string Reference(params PublishedShare[] shares) =>
        "Published: " + string.Join("; ", shares.Select(s => $"{s.Label} {TableText.Percent(s.Share)} ({s.Source})")) + ".";

    private static string Record(DefendantRecord d) =>
        d.Recidivist == true ? "recidivist (累犯)" : d.PriorRecord == true ? "prior record, not recidivist" : d.PriorRecord == false ? "first offender" : "not stated";

    private static string Cohort(DateOnly? birth) => birth?.Year switch
    {
        null => "not stated",
        < 1960 => "born before 1960",
        < 1970 => "1960s",
        < 1980 => "1970s",
        < 1990 => "1980s",
        < 2000 => "1990s",
        _ => "2000s",
    };

    private static string AgeBand(int? age) => age switch
    {
        null => "not stated",
        < 18 => "under 18",
        <= 22 => "18–22",
        <= 29 => "23–29",
        <= 39 => "30–39",
        <= 49 => "40–49",
        _ => "50 and over",
    };

    private static string SentenceLabel(DefendantRecord d) => d.Sentence switch
    {
        SentenceKind.FixedTerm => d.ProbationMonths is null ? "fixed-term, not suspended" : "fixed-term, suspended",
        SentenceKind.Detention => d.ProbationMonths is null ? "detention, not suspended" : "detention, suspended",
        SentenceKind.Surveillance => "surveillance",
        SentenceKind.FineOnly => "fine only",
        SentenceKind.Exempted => "exempted",
        _ => "not stated",
    };

    private static string TermBand(int? months) => months switch
    {
        null => "not stated",
        <= 6 => "up to 6",
        <= 12 => "7–12",
        <= 24 => "13–24",
        <= 36 => "25–36",
        _ => "over 36",
    };

    private static string FineBand(long? yuan) => yuan switch
    {
        null => "no fine stated",
        < 1_000 => "under 1,000",
        < 3_000 => "1,000–2,999",
        < 5_000 => "3,000–4,999",
        < 10_000 => "5,000–9,999",
        < 20_000 => "10,000–19,999",
        < 50_000 => "20,000–49,999",
        _ => "50,000 and over",
    };

    /// <summary>Linear-interpolated quantile of sorted values (NaN when empty).</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return double.NaN;
        }

        var pos = q * (sorted.Count - 1);
        var lo = (int)Math.Floor(pos);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((pos - lo) * (sorted[hi] - sorted[lo]));
    }
}
