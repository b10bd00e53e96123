using System.Globalization;
using Breakcard.Core;
using Breakcard.Core.Judgments;
using Breakcard.Legal.Evaluation;
using Breakcard.Legal.Sources;

namespace Breakcard.Judgments.Consistency;

/// <summary>A legal limit a sentence checks against, with its source and the date it took effect.</summary>
/// <param name="Id">Short identifier, for example "fine-minimum".</param>
/// <param name="Description">The rule in one sentence.</param>
/// <param name="Source">Where it is laid down (the Legal core's citation and standing).</param>
/// <param name="InForceFrom">The date it took effect.</param>
public sealed record StatutoryRule(string Id, string Description, string Source, DateOnly InForceFrom)
{
    /// <summary>A rule whose source is one of the Legal core's provisions.</summary>
    public static StatutoryRule Of(string id, string description, LegalSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new(id, description, source.Citation + " (" + source.Label + ")", source.EffectiveFrom);
    }
}

/// <summary>A sentence outside a statutory limit.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Defendant">The defendant.</param>
/// <param name="Detail">What exactly is outside the limit.</param>
public sealed record StatutoryFinding(StatutoryRule Rule, SentencedDefendant Defendant, string Detail);

/// <summary>
/// Checks each sentence against the statutory limits, taken from the Legal core (ADR 45): the
/// penalty range of Art. 287-2 for the defendant (<see cref="PenaltyRules"/>: the term limits,
/// detention, the minimum fine by age on the conduct date), whether Art. 287-2 was in force and
/// the defendant of age on the conduct date, and whether the amounts and cards the judgment
/// states meet a "serious circumstances" threshold in force on that date
/// (<see cref="LegalEvaluator"/>). Limits of the 帮信 range apply to defendants convicted of 帮信
/// alone; general limits (fines, imprisonment, detention, probation) to everyone. A finding is a
/// case to read: the text, the extraction or the sentence may be wrong.
/// </summary>
public static class StatutoryChecks
{
    private static readonly LegalSource MinimumFineRule = LegalDocuments.FineProvisions2000.Provision("Art. 2");
    private static readonly DateOnly AmendmentVIII = new(2011, 5, 1);

    /// <summary>Minimum fine: ¥1,000, ¥500 for a minor at the conduct date.</summary>
    public static StatutoryRule FineMinimum { get; } = StatutoryRule.Of("fine-minimum",
        $"A fine may not be below {PenaltyRules.AdultMinimumFine}, or {PenaltyRules.MinorMinimumFine} for a minor at the conduct date.", MinimumFineRule);

    /// <summary>Fixed-term imprisonment: at least six months.</summary>
    public static StatutoryRule ImprisonmentMinimum { get; } = StatutoryRule.Of("imprisonment-minimum",
        $"Fixed-term imprisonment lasts at least {PenaltyRules.MinImprisonmentMonths} months.", LegalDocuments.CriminalLaw.Provision("Art. 45"));

    /// <summary>帮信: up to three years.</summary>
    public static StatutoryRule AssistingMaximum { get; } = StatutoryRule.Of("assisting-maximum",
        $"帮信 is punished by fixed-term imprisonment of up to {PenaltyRules.MaxImprisonmentMonths} months or criminal detention.", LegalDocuments.CriminalLaw.Provision(
            "Art. 287-2 para. 1", effectiveFrom: LegalDocuments.Article287Dash2.EffectiveFrom));

    /// <summary>帮信: a fine is always imposed.</summary>
    public static StatutoryRule AssistingFine { get; } = StatutoryRule.Of("assisting-fine",
        "帮信 is punished with a fine as well (并处) or with a fine alone (单处), unless exempted.", LegalDocuments.CriminalLaw.Provision(
            "Art. 287-2 para. 1", effectiveFrom: LegalDocuments.Article287Dash2.EffectiveFrom));

    /// <summary>Detention: 1 to 6 months.</summary>
    public static StatutoryRule DetentionRange { get; } = StatutoryRule.Of("detention-range",
        $"Criminal detention lasts from {PenaltyRules.MinDetentionMonths} to {PenaltyRules.MaxDetentionMonths} months.", LegalDocuments.CriminalLaw.Provision("Art. 42"));

    /// <summary>No probation for recidivists.</summary>
    public static StatutoryRule NoProbationForRecidivists { get; } = StatutoryRule.Of("probation-recidivist",
        "A recidivist may not be given probation.", LegalDocuments.CriminalLaw.Provision("Art. 74", effectiveFrom: AmendmentVIII, note: "As amended by Amendment (VIII)."));

    /// <summary>Probation only for detention or up to 3 years.</summary>
    public static StatutoryRule ProbationEligibility { get; } = StatutoryRule.Of("probation-eligibility",
        "Probation is available only for criminal detention or fixed-term imprisonment of up to 3 years.",
        LegalDocuments.CriminalLaw.Provision("Art. 72", effectiveFrom: AmendmentVIII, note: "As amended by Amendment (VIII)."));

    /// <summary>Probation length.</summary>
    public static StatutoryRule ProbationLength { get; } = StatutoryRule.Of("probation-length",
        "Probation lasts from the original term to 1 year (at least 2 months) for detention, and from the original term to 5 years (at least 1 year) for fixed-term imprisonment.",
        LegalDocuments.CriminalLaw.Provision("Art. 73 paras. 1–2"));

    /// <summary>A 帮信 conviction for conduct before Art. 287-2 took effect.</summary>
    public static StatutoryRule StatuteInForce { get; } = StatutoryRule.Of("statute-in-force",
        "帮信 can only be committed on or after the day Art. 287-2 took effect.", LegalDocuments.Article287Dash2);

    /// <summary>A 帮信 conviction of someone under 16 at the conduct date.</summary>
    public static StatutoryRule AgeOfResponsibility { get; } = StatutoryRule.Of("age-of-responsibility",
        $"Only a person aged {CriminalAge.FullResponsibility} or over at the conduct date is criminally responsible for 帮信.", CriminalAge.ResponsibilityRule);

    /// <summary>The stated amounts and cards meet no quantitative threshold in force on the conduct date.</summary>
    public static StatutoryRule Thresholds { get; } = StatutoryRule.Of("thresholds-not-stated",
        "The settlement, gains and cards the judgment states meet none of the quantitative \"serious circumstances\" thresholds in force on the conduct date "
        + "(settlement ¥200,000, gains ¥10,000, five payment cards or accounts, twenty phone cards); the conviction must rest on a circumstance the extraction does not read "
        + "(three or more helped persons, consequences, a prior administrative penalty).",
        LegalDocuments.Interpretation2019.Provision("Art. 12"));

    /// <summary>Every rule, in report order.</summary>
    public static IReadOnlyList<StatutoryRule> Rules { get; } =
    [
        FineMinimum, ImprisonmentMinimum, AssistingMaximum, AssistingFine, DetentionRange, NoProbationForRecidivists, ProbationEligibility, ProbationLength,
        StatuteInForce, AgeOfResponsibility, Thresholds,
    ];

    /// <summary>The Legal core's criteria that test stated amounts and card counts.</summary>
    private static readonly HashSet<string> QuantitativeCriteria = new(StringComparer.Ordinal)
    {
        "2019-art12-1-2-settlement", "2019-art12-1-4-gains", "2021-art9-1-payment-tools", "2021-art9-2-others-telecom-cards",
    };

    /// <summary>The findings for every defendant, in input order.</summary>
    public static IReadOnlyList<StatutoryFinding> Check(IEnumerable<SentencedDefendant> defendants)
    {
        ArgumentNullException.ThrowIfNull(defendants);
        var findings = new List<StatutoryFinding>();
        foreach (var sd in defendants)
        {
            var d = sd.Defendant;
            void Add(StatutoryRule rule, string detail) => findings.Add(new StatutoryFinding(rule, sd, detail));

            var evaluation = d.IsConvictedOfAssisting && LegalFacts.For(sd) is { } facts ? LegalEvaluator.Evaluate(facts) : null;
            if (evaluation?.Conclusion.Outcome == Outcome.StatuteNotInForce)
            {
                Add(StatuteInForce, $"conduct from {Iso(d.OffenceStart)}, before {LegalDocuments.Article287Dash2.EffectiveFromText}");
            }
            else if (evaluation?.Conclusion.Outcome == Outcome.BelowAgeOfResponsibility && UnderAgeAllMonth(d))
            {
                Add(AgeOfResponsibility, $"under {CriminalAge.FullResponsibility} on {Iso(d.OffenceStart)}");
            }

            if (d.Fine is { } fine)
            {
                // The Legal core's range gives the minimum by age on the conduct date; without one, the court's own finding of minority decides.
                var minor = evaluation?.Penalty?.MinorAtConductDate ?? d.MinorAtOffence == true;
                var minimum = evaluation?.Penalty?.MinimumFine ?? (minor ? PenaltyRules.MinorMinimumFine : PenaltyRules.AdultMinimumFine);
                if (fine < minimum)
                {
                    Add(FineMinimum, $"fine {fine} is below {minimum}{(minor ? " (a minor at the conduct date)" : "")}");
                }
            }

            if (d.Sentence == SentenceKind.FixedTerm && d.TermMonths < PenaltyRules.MinImprisonmentMonths)
            {
                Add(ImprisonmentMinimum, $"{d.TermMonths} months of fixed-term imprisonment");
            }

            if (sd.AssistingOnly && d.Sentence == SentenceKind.FixedTerm && d.TermMonths > (evaluation?.Penalty?.MaxImprisonmentMonths ?? PenaltyRules.MaxImprisonmentMonths))
            {
                Add(AssistingMaximum, $"{d.TermMonths} months of fixed-term imprisonment for 帮信 alone");
            }

            if (sd.AssistingOnly && d.Sentence is SentenceKind.FixedTerm or SentenceKind.Detention or SentenceKind.Surveillance && d.Fine is null)
            {
                Add(AssistingFine, "no fine is imposed");
            }

            if (d.Sentence == SentenceKind.Detention && d.TermMonths is < PenaltyRules.MinDetentionMonths or > PenaltyRules.MaxDetentionMonths)
            {
                Add(DetentionRange, $"detention of {d.TermMonths} months");
            }

            Probation(d, Add);
            if (sd.AssistingOnly && evaluation is { } e && BelowEveryThreshold(e) is { } reasons)
            {
                Add(Thresholds, $"on {Iso(d.OffenceStart)}: {reasons}");
            }
        }

        return findings;
    }

    /// <summary>
    /// Still under 16 at the end of the month the conduct began: judgments often state only the
    /// month (2021年8月), which the extractor reads as its first day.
    /// </summary>
    private static bool UnderAgeAllMonth(DefendantRecord d) =>
        d is { BirthDate: { } birth, OffenceStart: { } start }
        && CriminalAge.AgeOn(birth, new DateOnly(start.Year, start.Month, DateTime.DaysInMonth(start.Year, start.Month))) < CriminalAge.FullResponsibility;

    private static void Probation(DefendantRecord d, Action<StatutoryRule, string> add)
    {
        if (d.ProbationMonths is not { } probation || d.TermMonths is not { } term)
        {
            return;
        }

        if (d.Recidivist == true)
        {
            add(NoProbationForRecidivists, "a recidivist is given probation");
        }

        if (d.Sentence == SentenceKind.FixedTerm && term > 36)
        {
            add(ProbationEligibility, $"probation with {term} months of imprisonment");
        }

        var (min, max) = d.Sentence == SentenceKind.Detention ? (Math.Max(2, term), 12) : (Math.Max(12, term), 60);
        if (probation < min || probation > max)
        {
            add(ProbationLength, $"probation of {probation} months with a term of {term} months (allowed {min}–{max})");
        }
    }

    /// <summary>
    /// The Legal core's reasons when the judgment states both amounts and every quantitative
    /// criterion in force is decided "not met" and no criterion at all is met; otherwise null.
    /// </summary>
    private static string? BelowEveryThreshold(LegalEvaluation e)
    {
        var act = e.Facts.Act;
        if (act.Settlement is null || act.IllegalGains is null || e.Criteria.Any(c => c.Status == CriterionStatus.Met && c.Info.Group != CriterionGroup.Applicability))
        {
            return null;
        }

        var quantitative = e.Criteria.Where(c => QuantitativeCriteria.Contains(c.Id)).ToList();
        if (quantitative.Count == 0 || quantitative.Any(c => c.Status is not (CriterionStatus.NotMet or CriterionStatus.NotInForce or CriterionStatus.NotApplicable)))
        {
            return null;
        }

        return string.Join("; ", quantitative.Where(c => c.Status != CriterionStatus.NotApplicable).Select(c => c.Status == CriterionStatus.NotInForce
            ? $"{c.Id} not in force"
            : $"{c.Id}: {c.Decisive}"));
    }

    private static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "an unstated date";
}
