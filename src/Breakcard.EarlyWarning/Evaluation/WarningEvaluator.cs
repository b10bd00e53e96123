using Breakcard.Core.Truth;
using Breakcard.EarlyWarning.Warnings;

namespace Breakcard.EarlyWarning.Evaluation;

/// <summary>Scores a warning list against ground truth: precision, recall, and how early the warnings came.</summary>
public static class WarningEvaluator
{
    /// <summary>Evaluates <paramref name="warnings"/> against the aiders in <paramref name="truth"/> (normal people and victims may be left out).</summary>
    public static WarningEvaluation Evaluate(IReadOnlyList<Warning> warnings, IReadOnlyCollection<TruthPerson> truth)
    {
        ArgumentNullException.ThrowIfNull(warnings);
        ArgumentNullException.ThrowIfNull(truth);
        var byId = truth.ToDictionary(t => t.PersonId, StringComparer.Ordinal);
        int targets = truth.Count(t => t.IsTarget), hits = 0, others = 0, beforeTx = 0, beforeEvent = 0, beforeThreshold = 0;
        var leads = new List<double>();
        foreach (var w in warnings)
        {
            if (!byId.TryGetValue(w.HolderId, out var t) || t.Role is TruthRole.Normal or TruthRole.Victim)
            {
                continue;
            }

            if (!t.IsTarget)
            {
                others++;
                continue;
            }

            hits++;
            if (t.FirstIllicitTransactionAt is not { } tx || w.WarnedAt < tx)
            {
                beforeTx++;
            }

            if (t.FirstIllicitAt is not { } ev || w.WarnedAt < ev)
            {
                beforeEvent++;
            }

            if (w.BeforeThreshold)
            {
                beforeThreshold++;
            }

            if (t.FirstIllicitTransactionAt is { } first)
            {
                leads.Add((first - w.WarnedAt).TotalHours);
            }
        }

        leads.Sort();
        return new WarningEvaluation(warnings.Count, targets, hits, others, beforeTx, beforeEvent, beforeThreshold, Median(leads), leads);
    }

    /// <summary>The median of a sorted list; null when empty.</summary>
    internal static double? Median(IReadOnlyList<double> sorted) => sorted.Count == 0 ? null
        : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
}
