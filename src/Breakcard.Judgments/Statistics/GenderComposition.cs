using Breakcard.Core.Judgments;
using Breakcard.Core.People;

namespace Breakcard.Judgments.Statistics;

/// <summary>One year's row of the source paper's Table 1.</summary>
/// <param name="Year">Year of judgment (null when the judgment has no date).</param>
/// <param name="Judgments">Judgments classified (excluding <paramref name="Unknown"/>).</param>
/// <param name="WomenAlone">Judgments whose 帮信 defendants are all women.</param>
/// <param name="Mixed">Judgments with at least one woman and one man among the 帮信 defendants.</param>
/// <param name="Men">Judgments whose 帮信 defendants are all men (one man alone, or men jointly).</param>
/// <param name="Unknown">Judgments with a 帮信 defendant of unstated gender (not classified).</param>
public sealed record GenderCompositionRow(int? Year, int Judgments, int WomenAlone, int Mixed, int Men, int Unknown)
{
    /// <summary>Share of women alone among classified judgments.</summary>
    public double WomenAloneShare => Judgments == 0 ? double.NaN : (double)WomenAlone / Judgments;

    /// <summary>Share of women and men jointly.</summary>
    public double MixedShare => Judgments == 0 ? double.NaN : (double)Mixed / Judgments;

    /// <summary>Share of men alone or jointly.</summary>
    public double MenShare => Judgments == 0 ? double.NaN : (double)Men / Judgments;
}

/// <summary>
/// The source paper's Table 1 as the paper defines it: each judgment is one unit, classified by
/// the genders of its defendants convicted of 帮助信息网络犯罪活动罪 — women alone, women and men
/// jointly, or men alone or jointly — and shares are by year of judgment. Judgments without a
/// 帮信 defendant are not in the table; a judgment with a 帮信 defendant of unstated gender is
/// counted as unknown and left out of the shares.
/// </summary>
public static class GenderComposition
{
    /// <summary>Rows by year (ascending; undated judgments last), then a row for all years (Year = null, after the dated rows).</summary>
    public static IReadOnlyList<GenderCompositionRow> Compute(IEnumerable<JudgmentRecord> judgments)
    {
        ArgumentNullException.ThrowIfNull(judgments);
        var rows = new SortedDictionary<int, int[]>();
        var total = new int[4];
        foreach (var j in judgments)
        {
            var assisting = j.Defendants.Where(d => d.IsConvictedOfAssisting).ToList();
            if (assisting.Count == 0)
            {
                continue;
            }

            var k = assisting.Any(d => d.Gender is null) ? 3
                : assisting.All(d => d.Gender == Gender.Female) ? 0
                : assisting.Any(d => d.Gender == Gender.Female) ? 1
                : 2;
            var year = j.Date?.Year ?? int.MaxValue;
            if (!rows.TryGetValue(year, out var counts))
            {
                rows[year] = counts = new int[4];
            }

            counts[k]++;
            total[k]++;
        }

        var result = rows.Select(r => Row(r.Key == int.MaxValue ? null : r.Key, r.Value)).ToList();
        result.Add(Row(null, total) with { Year = null });
        return result;
    }

    private static GenderCompositionRow Row(int? year, int[] c) => new(year, c[0] + c[1] + c[2], c[0], c[1], c[2], c[3]);
}
