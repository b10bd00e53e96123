using System.Globalization;
using System.Text;

namespace Breakcard.Judgments.Evaluation;

/// <summary>
/// Field-level accuracy over a corpus: for each field, how many values the extractor got right,
/// over all fields and over the fields whose gold value is stated (so that fields that are
/// rightly empty cannot inflate the figure).
/// </summary>
public sealed class AccuracyReport
{
    private readonly List<FieldOutcome> _outcomes = [];

    /// <summary>Judgments whose gold label was compared.</summary>
    public int Judgments { get; private set; }

    /// <summary>Judgments the extractor could not read at all.</summary>
    public int NotExtracted { get; private set; }

    /// <summary>Every compared field.</summary>
    public IReadOnlyList<FieldOutcome> Outcomes => _outcomes;

    /// <summary>The fields that differ from gold.</summary>
    public IEnumerable<FieldOutcome> Mismatches => _outcomes.Where(static o => !o.Correct);

    /// <summary>Adds one judgment's comparison.</summary>
    public void Add(Core.Judgments.JudgmentRecord expected, Core.Judgments.JudgmentRecord? actual)
    {
        Judgments++;
        if (actual is null)
        {
            NotExtracted++;
        }

        _outcomes.AddRange(JudgmentComparison.Compare(expected, actual));
    }

    /// <summary>Share of all compared fields that are correct (1 when nothing was compared).</summary>
    public double Accuracy => Share(_outcomes);

    /// <summary>Share of the fields with a stated gold value that are correct.</summary>
    public double StatedAccuracy => Share(_outcomes.Where(static o => o.ExpectedStated));

    /// <summary>Per field: compared, correct, accuracy; stated, correct among stated.</summary>
    public IReadOnlyList<FieldAccuracy> ByField() =>
        [.. JudgmentComparison.JudgmentFields.Concat(JudgmentComparison.DefendantFields)
            .Select(f =>
            {
                var all = _outcomes.Where(o => o.Field == f).ToList();
                var stated = all.Where(static o => o.ExpectedStated).ToList();
                return new FieldAccuracy(f, all.Count, all.Count(static o => o.Correct), stated.Count, stated.Count(static o => o.Correct));
            })
            .Where(static f => f.Compared > 0)];

    /// <summary>A Markdown table of <see cref="ByField"/> with the totals.</summary>
    public string ToMarkdown()
    {
        var sb = new StringBuilder();
        sb.Append("| field | compared | correct | accuracy | stated in gold | correct when stated |\n|---|---:|---:|---:|---:|---:|\n");
        foreach (var f in ByField())
        {
            sb.Append(CultureInfo.InvariantCulture, $"| {f.Field} | {f.Compared} | {f.Correct} | {Percent(f.Accuracy)} | {f.Stated} | {Percent(f.StatedAccuracy)} |\n");
        }

        var all = _outcomes.Count;
        var stated = _outcomes.Count(static o => o.ExpectedStated);
        sb.Append(CultureInfo.InvariantCulture,
            $"| **all fields** | {all} | {_outcomes.Count(static o => o.Correct)} | **{Percent(Accuracy)}** | {stated} | **{Percent(StatedAccuracy)}** |\n");
        return sb.ToString();
    }

    private static string Percent(double share) => (share * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private static double Share(IEnumerable<FieldOutcome> outcomes)
    {
        var n = 0;
        var correct = 0;
        foreach (var o in outcomes)
        {
            n++;
            if (o.Correct)
            {
                correct++;
            }
        }

        return n == 0 ? 1 : (double)correct / n;
    }
}

/// <summary>Accuracy of one field.</summary>
/// <param name="Field">Field name.</param>
/// <param name="Compared">Values compared.</param>
/// <param name="Correct">Values equal to gold.</param>
/// <param name="Stated">Values whose gold is not empty.</param>
/// <param name="StatedCorrect">Of those, values equal to gold.</param>
public sealed record FieldAccuracy(string Field, int Compared, int Correct, int Stated, int StatedCorrect)
{
    /// <summary>Correct / compared.</summary>
    public double Accuracy => Compared == 0 ? 1 : (double)Correct / Compared;

    /// <summary>Correct / stated.</summary>
    public double StatedAccuracy => Stated == 0 ? 1 : (double)StatedCorrect / Stated;
}
