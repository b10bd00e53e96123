namespace Breakcard.Judgments.Consistency;

/// <summary>
/// Two defendants where the one with more settlement and more gains got the lighter sentence:
/// <see cref="Heavier"/> has settlement and gains at least those of <see cref="Lighter"/>, strictly
/// more in at least one, yet a lower fine (or a shorter term). The source paper's Liu and Song
/// (section 4.5) are such a pair.
/// </summary>
/// <param name="Heavier">The defendant with the larger facts and the lighter sentence.</param>
/// <param name="Lighter">The defendant with the smaller facts and the heavier sentence.</param>
/// <param name="HeavierSentence">Fine in yuan or term in months of <paramref name="Heavier"/>.</param>
/// <param name="LighterSentence">Fine in yuan or term in months of <paramref name="Lighter"/>.</param>
public sealed record InconsistentPair(SentencedDefendant Heavier, SentencedDefendant Lighter, double HeavierSentence, double LighterSentence)
{
    /// <summary>How many times heavier the smaller case's sentence is (the ordering key).</summary>
    public double Ratio => LighterSentence / HeavierSentence;
}

/// <summary>All inconsistent pairs in a corpus, and how many there are.</summary>
/// <param name="Target">Fine or term.</param>
/// <param name="Compared">Defendants compared (帮信 only, with settlement, gains and the sentence stated).</param>
/// <param name="Total">Number of inconsistent pairs.</param>
/// <param name="Pairs">The pairs, most severe first, at most the limit asked for.</param>
public sealed record PairResult(SentencingTarget Target, int Compared, long Total, IReadOnlyList<InconsistentPair> Pairs);

/// <summary>
/// Finds inconsistent pairs by comparing every two defendants convicted of 帮信 alone whose
/// settlement, gains and sentence are all stated. Amounts stated as lower bounds (1100余万元) are
/// compared at their stated value. O(n²) comparisons after a sort, which is a second for about
/// 30,000 defendants; the listed pairs are capped, the count is exact.
/// </summary>
public static class InconsistentPairs
{
    /// <summary>Finds the pairs for <paramref name="target"/>; lists at most <paramref name="limit"/>.</summary>
    public static PairResult Find(IReadOnlyList<SentencedDefendant> defendants, SentencingTarget target, int limit = 10_000)
    {
        ArgumentNullException.ThrowIfNull(defendants);
        var items = defendants
            .Where(d => d.AssistingOnly && d.Defendant.Settlement is not null && d.Defendant.IllegalGains is not null)
            .Select(d => (Item: d, S: d.Defendant.Settlement!.Value.Value.Fen, G: d.Defendant.IllegalGains!.Value.Value.Fen, F: SentencingModel.Observed(d.Defendant, target)))
            .Where(x => x.F is not null)
            .OrderByDescending(x => x.S)
            .ToArray();

        var pairs = new List<InconsistentPair>();
        long total = 0;
        for (var i = 0; i < items.Length; i++)
        {
            var a = items[i];
            for (var j = i + 1; j < items.Length; j++)
            {
                var b = items[j]; // b.S <= a.S
                if (Dominates(a.S, a.G, b.S, b.G) && a.F < b.F)
                {
                    total++;
                    pairs.Add(new InconsistentPair(a.Item, b.Item, a.F!.Value, b.F!.Value));
                }
                else if (b.S == a.S && Dominates(b.S, b.G, a.S, a.G) && b.F < a.F)
                {
                    total++;
                    pairs.Add(new InconsistentPair(b.Item, a.Item, b.F!.Value, a.F!.Value));
                }
            }

            if (pairs.Count > 4 * limit)
            {
                pairs = Top(pairs, limit);
            }
        }

        return new PairResult(target, items.Length, total, Top(pairs, limit));
    }

    /// <summary>
    /// The most severe pairs with each defendant in at most one of them — a readable summary when a
    /// few extreme sentences would otherwise fill the whole list.
    /// </summary>
    public static IReadOnlyList<InconsistentPair> Distinct(IEnumerable<InconsistentPair> pairs, int count)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var seen = new HashSet<SentencedDefendant>(ReferenceEqualityComparer.Instance);
        var result = new List<InconsistentPair>();
        foreach (var p in pairs)
        {
            if (result.Count == count)
            {
                break;
            }

            if (!seen.Contains(p.Heavier) && !seen.Contains(p.Lighter))
            {
                seen.Add(p.Heavier);
                seen.Add(p.Lighter);
                result.Add(p);
            }
        }

        return result;
    }

    private static bool Dominates(long s1, long g1, long s2, long g2) => s1 >= s2 && g1 >= g2 && (s1 > s2 || g1 > g2);

    private static List<InconsistentPair> Top(List<InconsistentPair> pairs, int limit) =>
        [.. pairs.OrderByDescending(p => p.Ratio)
            .ThenByDescending(p => (double)p.Heavier.Defendant.Settlement!.Value.Value.Fen / Math.Max(1, p.Lighter.Defendant.Settlement!.Value.Value.Fen))
            .ThenBy(p => p.Heavier.Label, StringComparer.Ordinal).ThenBy(p => p.Lighter.Label, StringComparer.Ordinal)
            .Take(limit)];
}
