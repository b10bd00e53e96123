using System.Globalization;
using Breakcard.Core;
using Breakcard.Legal.Internal;

namespace Breakcard.Legal.Evaluation.Criteria;

/// <summary>
/// Threshold comparisons as the texts word them (ADR 0022): "以上" (or more) includes the number
/// itself (Criminal Law Art. 99), "超过" (more than) does not. A partial sum that already reaches
/// a threshold meets it; one that does not, with parts unknown, is insufficient facts.
/// </summary>
internal static class Verdicts
{
    public static Verdict AtLeast(string what, PartialAmount value, Money threshold, string suffix = "") =>
        Compare(what, value.Known >= threshold, Amounts.Format(value.Known), Amounts.Format(threshold), "≥", "<", value.NothingKnown, value.UnknownParts, suffix);

    public static Verdict MoreThan(string what, PartialAmount value, Money threshold, string suffix = "") =>
        Compare(what, value.Known > threshold, Amounts.Format(value.Known), Amounts.Format(threshold), ">", "≤", value.NothingKnown, value.UnknownParts, suffix);

    public static Verdict AtLeast(string what, PartialCount value, long threshold, string suffix = "") =>
        Compare(what, value.Known >= threshold, Amounts.Format(value.Known), Amounts.Format(threshold), "≥", "<", value.NothingKnown, value.UnknownParts, suffix);

    public static Verdict AtLeast(string what, long value, long threshold) =>
        Compare(what, value >= threshold, Amounts.Format(value), Amounts.Format(threshold), "≥", "<", nothingKnown: false, unknownParts: 0, "");

    /// <summary>Both conditions: met when both are met, not met when either is not met, otherwise insufficient.</summary>
    public static Verdict Both(Verdict a, Verdict b)
    {
        var status = (a.Status, b.Status) switch
        {
            (CriterionStatus.Met, CriterionStatus.Met) => CriterionStatus.Met,
            (CriterionStatus.NotMet, _) or (_, CriterionStatus.NotMet) => CriterionStatus.NotMet,
            _ => CriterionStatus.InsufficientFacts,
        };
        return new Verdict(status, $"{a.Decisive}; {b.Decisive}");
    }

    public static Verdict NotApplicable(string why) => new(CriterionStatus.NotApplicable, why);

    /// <summary>" (sum of N acts, Art. 16)" when more than one act was added up.</summary>
    public static string SumSuffix(AggregatedConduct conduct) =>
        conduct.IncludedActs > 1 ? string.Create(CultureInfo.InvariantCulture, $" (sum of {conduct.IncludedActs} acts, {Art16Aggregation.Source.Citation})") : "";

    private static Verdict Compare(string what, bool reached, string value, string threshold, string yes, string no, bool nothingKnown, int unknownParts, string suffix)
    {
        if (reached && !nothingKnown)
        {
            return new(CriterionStatus.Met, $"{what} {value} {yes} {threshold}{suffix}");
        }

        if (nothingKnown && unknownParts > 0)
        {
            return new(CriterionStatus.InsufficientFacts, $"{what} not stated (threshold {threshold})");
        }

        if (unknownParts > 0)
        {
            var acts = unknownParts == 1 ? "1 act" : $"{unknownParts} acts";
            return new(CriterionStatus.InsufficientFacts, $"{what} known so far {value} {no} {threshold}{suffix}; not stated for {acts}");
        }

        return new(CriterionStatus.NotMet, $"{what} {value} {no} {threshold}{suffix}");
    }
}
