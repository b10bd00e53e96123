using System.Globalization;
using Breakcard.Core.Judgments;
using Breakcard.Judgments.Consistency;
using Breakcard.Judgments.Statistics;
using ScottPlot;

namespace Breakcard.Cli.Judgments;

/// <summary>
/// The judgment report's charts, drawn with ScottPlot and saved as PNG and SVG. Labels are in
/// English so that the charts render without CJK fonts on the host.
/// </summary>
public static class JudgmentCharts
{
    private const int Width = 900;
    private const int Height = 520;
    private static readonly Color WomenAlone = Color.FromHex("#d1495b");
    private static readonly Color Mixed = Color.FromHex("#edae49");
    private static readonly Color Men = Color.FromHex("#00798c");

    /// <summary>Writes every chart to <paramref name="directory"/>; returns (file stem, caption) pairs.</summary>
    public static IReadOnlyList<(string Stem, string Caption)> Write(string directory, IReadOnlyList<JudgmentRecord> judgments, ConsistencyResult consistency)
    {
        ArgumentNullException.ThrowIfNull(judgments);
        ArgumentNullException.ThrowIfNull(consistency);
        Directory.CreateDirectory(directory);
        var charts = new List<(string, string)>();
        void Save(Plot plot, string stem, string caption)
        {
            plot.SavePng(Path.Combine(directory, stem + ".png"), Width, Height);
            plot.SaveSvg(Path.Combine(directory, stem + ".svg"), Width, Height);
            charts.Add((stem, caption));
        }

        Save(Table1(GenderComposition.Compute(judgments)), "table1-gender", "Table 1: gender composition of judgments by year, beside the source paper's figures");
        Save(Cohorts(judgments), "cohorts", "Birth cohorts of defendants convicted of 帮信");
        Save(Terms(judgments), "terms", "Fixed terms of defendants convicted of 帮信 alone (months)");
        Save(FinesBySettlement(judgments, consistency.FinePairs), "fines-settlement", "Fine against settlement amount (log scales); lines join the most severe inconsistent pairs");
        return charts;
    }

    /// <summary>Stacked shares per year for the corpus, next to the paper's rows for the same year.</summary>
    public static Plot Table1(IReadOnlyList<GenderCompositionRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var plot = new Plot();
        var bars = new List<Bar>();
        var ticks = new List<Tick>();
        var position = 0.0;
        foreach (var r in rows.Where(r => r.Year is not null && r.Judgments > 0))
        {
            Stack(bars, position, r.WomenAloneShare, r.MixedShare, r.MenShare);
            ticks.Add(new Tick(position, r.Year!.Value.ToString(CultureInfo.InvariantCulture) + "\ncorpus"));
            var paper = NationalFigures.PaperTable1.FirstOrDefault(p => p.Year == r.Year);
            if (paper.Year != 0)
            {
                Stack(bars, position + 1, paper.WomenAlone, paper.Mixed, paper.Men);
                ticks.Add(new Tick(position + 1, r.Year.Value.ToString(CultureInfo.InvariantCulture) + "\npaper"));
            }

            position += 3;
        }

        plot.Add.Bars(bars);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.Margins(bottom: 0);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "women alone", FillColor = WomenAlone });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "women and men jointly", FillColor = Mixed });
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = "men alone or jointly", FillColor = Men });
        plot.ShowLegend(Alignment.LowerRight);
        plot.Title("Gender composition of judgments (Table 1)");
        plot.YLabel("share of judgments (%)");
        return plot;
    }

    private static void Stack(List<Bar> bars, double position, double a, double b, double c)
    {
        var values = new[] { (a, WomenAlone), (b, Mixed), (c, Men) };
        var bottom = 0.0;
        foreach (var (share, color) in values)
        {
            var top = bottom + (100 * (double.IsNaN(share) ? 0 : share));
            bars.Add(new Bar { Position = position, ValueBase = bottom, Value = top, FillColor = color });
            bottom = top;
        }
    }

    private static Plot Cohorts(IReadOnlyList<JudgmentRecord> judgments)
    {
        var decades = new[] { 1950, 1960, 1970, 1980, 1990, 2000 };
        var births = judgments.SelectMany(j => j.Defendants).Where(d => d.IsConvictedOfAssisting && d.BirthDate is not null).Select(d => d.BirthDate!.Value.Year).ToList();
        var counts = decades.Select(dec => (double)births.Count(y => y >= dec && y < dec + 10)).ToArray();
        var plot = new Plot();
        plot.Add.Bars(counts);
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            [.. decades.Select((d, i) => new Tick(i, d.ToString(CultureInfo.InvariantCulture) + "s"))]);
        plot.Axes.Margins(bottom: 0);
        plot.Title("Birth cohorts");
        plot.YLabel("defendants");
        return plot;
    }

    private static Plot Terms(IReadOnlyList<JudgmentRecord> judgments)
    {
        var terms = judgments.SelectMany(j => j.Defendants)
            .Where(d => d.Charges.Count == 1 && d.IsConvictedOfAssisting && d.Sentence == SentenceKind.FixedTerm && d.TermMonths is not null)
            .Select(d => d.TermMonths!.Value).ToList();
        var max = Math.Max(36, terms.DefaultIfEmpty(0).Max());
        var counts = Enumerable.Range(1, max).Select(m => (double)terms.Count(t => t == m)).ToArray();
        var plot = new Plot();
        var bars = plot.Add.Bars(Enumerable.Range(1, max).Select(m => (double)m).ToArray(), counts);
        bars.Color = Men;
        plot.Axes.Margins(bottom: 0);
        plot.Title("Fixed-term imprisonment");
        plot.XLabel("months");
        plot.YLabel("defendants");
        return plot;
    }

    private static Plot FinesBySettlement(IReadOnlyList<JudgmentRecord> judgments, PairResult pairs)
    {
        var points = SentencedDefendant.All(judgments)
            .Where(d => d.AssistingOnly && d.Defendant.Settlement is not null && d.Defendant.Fine is { WholeYuan: > 0 })
            .Select(d => (X: Math.Log10(Math.Max(1, d.Defendant.Settlement!.Value.Value.WholeYuan)), Y: Math.Log10(d.Defendant.Fine!.Value.WholeYuan)))
            .ToList();
        var plot = new Plot();
        var scatter = plot.Add.ScatterPoints(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
        scatter.Color = Men.WithAlpha(0.5);
        scatter.MarkerSize = 4;
        foreach (var p in pairs.Pairs.Take(10))
        {
            var xs = new[] { p.Heavier, p.Lighter }.Select(d => Math.Log10(Math.Max(1, d.Defendant.Settlement!.Value.Value.WholeYuan))).ToArray();
            var ys = new[] { p.HeavierSentence, p.LighterSentence }.Select(Math.Log10).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.Color = WomenAlone;
            line.LineWidth = 1.5f;
            line.MarkerSize = 7;
        }

        plot.Axes.Bottom.TickGenerator = LogTicks(points.Select(p => p.X));
        plot.Axes.Left.TickGenerator = LogTicks(points.Select(p => p.Y));
        plot.Title("Fine against settlement amount");
        plot.XLabel("settlement (yuan, log scale)");
        plot.YLabel("fine (yuan, log scale)");
        return plot;
    }

    private static ScottPlot.TickGenerators.NumericManual LogTicks(IEnumerable<double> logs)
    {
        var list = logs.DefaultIfEmpty(0).ToList();
        var from = (int)Math.Floor(list.Min());
        var to = (int)Math.Ceiling(list.Max());
        return new ScottPlot.TickGenerators.NumericManual(
            [.. Enumerable.Range(from, Math.Max(1, to - from + 1)).Select(e => new Tick(e, Math.Pow(10, e).ToString("N0", CultureInfo.InvariantCulture)))]);
    }
}
