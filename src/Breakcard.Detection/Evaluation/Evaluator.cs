using Breakcard.Detection.Alerts;
using Breakcard.Detection.Pipeline;
using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Evaluation;

/// <summary>
/// Scores a monitoring run against ground truth. An entity is flagged when it received at least
/// one alert. Every truth entity counts: one the run never scored (no events) counts as not
/// flagged. Pure; thread safe.
/// </summary>
public static class Evaluator
{
    /// <summary>Evaluates <paramref name="alerts"/> against <paramref name="truth"/>.</summary>
    public static EvaluationReport Evaluate(IReadOnlyList<Alert> alerts, IEnumerable<TruthEntity> truth)
    {
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentNullException.ThrowIfNull(truth);
        var firstAlert = new Dictionary<(string Kind, string Id), DateTimeOffset>();
        foreach (var a in alerts)
        {
            var t = DateTimeOffset.Parse(a.Time, System.Globalization.CultureInfo.InvariantCulture);
            var key = (a.EntityKind, a.Entity);
            if (!firstAlert.TryGetValue(key, out var seen) || t < seen)
            {
                firstAlert[key] = t;
            }
        }

        var all = truth.ToList();
        return new EvaluationReport
        {
            Accounts = ForKind(ScoredKind.Account, all, firstAlert),
            Phones = ForKind(ScoredKind.Phone, all, firstAlert),
        };
    }

    /// <summary>The <paramref name="q"/>-quantile (0–1) of sorted values, linearly interpolated; 0 for none.</summary>
    public static double Quantile(IReadOnlyList<double> sorted, double q)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        if (sorted.Count == 0)
        {
            return 0;
        }

        var position = q * (sorted.Count - 1);
        var low = (int)Math.Floor(position);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((position - low) * (sorted[high] - sorted[low]));
    }

    private static KindEvaluation ForKind(ScoredKind kind, List<TruthEntity> truth, Dictionary<(string, string), DateTimeOffset> firstAlert)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0, helpers = 0, helpersFlagged = 0;
        var byTypology = new SortedDictionary<string, (int Positives, int Detected)>(StringComparer.Ordinal);
        var fpByPersona = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var delays = new List<double>();
        var kindText = AlertFactory.KindText(kind);
        foreach (var e in truth.Where(e => e.Kind == kind))
        {
            var flagged = firstAlert.TryGetValue((kindText, e.Id), out var alertAt);
            if (e.Class == TruthClass.Helper)
            {
                helpers++;
                helpersFlagged += flagged ? 1 : 0;
            }
            else if (e.Positive)
            {
                if (flagged)
                {
                    tp++;
                    if (e.FirstIllicit is { } start)
                    {
                        delays.Add((alertAt - start).TotalHours);
                    }
                }
                else
                {
                    fn++;
                }

                foreach (var typology in e.Typologies)
                {
                    var (p, d) = byTypology.GetValueOrDefault(typology);
                    byTypology[typology] = (p + 1, d + (flagged ? 1 : 0));
                }
            }
            else if (flagged)
            {
                fp++;
                fpByPersona[e.Persona] = fpByPersona.GetValueOrDefault(e.Persona) + 1;
            }
            else
            {
                tn++;
            }
        }

        delays.Sort();
        return new KindEvaluation
        {
            Kind = kindText,
            Overall = new Confusion { TruePositives = tp, FalsePositives = fp, FalseNegatives = fn, TrueNegatives = tn },
            ByTypology = byTypology.Select(kv => new TypologyRecall(kv.Key, kv.Value.Positives, kv.Value.Detected)).ToList(),
            FalsePositivesByPersona = fpByPersona,
            Helpers = new TypologyRecall("ring helpers' own accounts", helpers, helpersFlagged),
            TimeToDetect = new DetectionDelay
            {
                Count = delays.Count,
                MedianHours = Quantile(delays, 0.5),
                P25Hours = Quantile(delays, 0.25),
                P75Hours = Quantile(delays, 0.75),
                P90Hours = Quantile(delays, 0.9),
                Within24Hours = delays.Count == 0 ? 0 : (double)delays.Count(d => d <= 24) / delays.Count,
            },
        };
    }
}
