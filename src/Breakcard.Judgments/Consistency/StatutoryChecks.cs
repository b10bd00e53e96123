using Breakcard.Core.Judgments;

namespace Breakcard.Judgments.Consistency;

/// <summary>A legal limit a sentence checks against, with its source and the date it took effect.</summary>
/// <param name="Id">Short identifier, for example "fine-minimum".</param>
/// <param name="Description">The rule in one sentence.</param>
/// <param name="Source">Where it is laid down.</param>
/// <param name="InForceFrom">The date it took effect.</param>
public sealed record StatutoryRule(string Id, string Description, string Source, DateOnly InForceFrom);

/// <summary>A sentence outside a statutory limit.</summary>
/// <param name="Rule">The rule.</param>
/// <param name="Defendant">The defendant.</param>
/// <param name="Detail">What exactly is outside the limit.</param>
public sealed record StatutoryFinding(StatutoryRule Rule, SentencedDefendant Defendant, string Detail);

/// <summary>
/// Checks each sentence against the statutory limits that apply to 帮信 sentences. Limits about
/// the 帮信 range itself apply to defendants convicted of 帮信 alone; limits of the general part
/// (fines, detention, probation) apply to everyone. A finding is a case to read: the text may be
/// wrong, the extraction may be wrong, or the sentence may be.
/// </summary>
/// <remarks>
/// Implementation note: these rules belong with the statutory thresholds of the Legal part when
/// it lands; they are here, few and sourced, so the consistency report stands on its own.
/// </remarks>
public static class StatutoryChecks
{
    /// <summary>Minimum fine: ¥1,000, ¥500 for a minor.</summary>
    public static StatutoryRule FineMinimum { get; } = new("fine-minimum", "A fine may not be below ¥1,000, or ¥500 for a minor.",
        "SPC 关于适用财产刑若干问题的规定 (法释〔2000〕45号) Art. 2", new DateOnly(2000, 12, 19));

    /// <summary>帮信: up to three years.</summary>
    public static StatutoryRule AssistingMaximum { get; } = new("assisting-maximum", "帮信 is punished by fixed-term imprisonment of up to 3 years (36 months) or criminal detention.",
        "Criminal Law Art. 287-2 para. 1 (Amendment IX)", new DateOnly(2015, 11, 1));

    /// <summary>帮信: a fine is always imposed.</summary>
    public static StatutoryRule AssistingFine { get; } = new("assisting-fine", "帮信 is punished with a fine as well (并处) or with a fine alone (单处), unless exempted.",
        "Criminal Law Art. 287-2 para. 1 (Amendment IX)", new DateOnly(2015, 11, 1));

    /// <summary>Detention: 1 to 6 months.</summary>
    public static StatutoryRule DetentionRange { get; } = new("detention-range", "Criminal detention lasts from 1 to 6 months.",
        "Criminal Law Art. 42", new DateOnly(1997, 10, 1));

    /// <summary>No probation for recidivists.</summary>
    public static StatutoryRule NoProbationForRecidivists { get; } = new("probation-recidivist", "A recidivist may not be given probation.",
        "Criminal Law Art. 74 (as amended by Amendment VIII)", new DateOnly(2011, 5, 1));

    /// <summary>Probation only for detention or up to 3 years.</summary>
    public static StatutoryRule ProbationEligibility { get; } = new("probation-eligibility", "Probation is available only for criminal detention or fixed-term imprisonment of up to 3 years.",
        "Criminal Law Art. 72 (as amended by Amendment VIII)", new DateOnly(2011, 5, 1));

    /// <summary>Probation length.</summary>
    public static StatutoryRule ProbationLength { get; } = new("probation-length",
        "Probation lasts from the original term to 1 year (at least 2 months) for detention, and from the original term to 5 years (at least 1 year) for fixed-term imprisonment.",
        "Criminal Law Art. 73 paras. 1–2", new DateOnly(1997, 10, 1));

    /// <summary>Every rule, in report order.</summary>
    public static IReadOnlyList<StatutoryRule> Rules { get; } =
        [FineMinimum, AssistingMaximum, AssistingFine, DetentionRange, NoProbationForRecidivists, ProbationEligibility, ProbationLength];

    /// <summary>The findings for every defendant, in input order.</summary>
    public static IReadOnlyList<StatutoryFinding> Check(IEnumerable<SentencedDefendant> defendants)
    {
        ArgumentNullException.ThrowIfNull(defendants);
        var findings = new List<StatutoryFinding>();
        foreach (var sd in defendants)
        {
            var d = sd.Defendant;
            void Add(StatutoryRule rule, string detail) => findings.Add(new StatutoryFinding(rule, sd, detail));

            if (d.Fine is { } fine)
            {
                var minimum = d.MinorAtOffence == true ? 500 : 1_000;
                if (fine.WholeYuan < minimum)
                {
                    Add(FineMinimum, $"fine {fine} is below ¥{minimum:N0}{(d.MinorAtOffence == true ? " (minor)" : "")}");
                }
            }

            if (sd.AssistingOnly && d.Sentence == SentenceKind.FixedTerm && d.TermMonths > 36)
            {
                Add(AssistingMaximum, $"{d.TermMonths} months of fixed-term imprisonment for 帮信 alone");
            }

            if (sd.AssistingOnly && d.Sentence is SentenceKind.FixedTerm or SentenceKind.Detention or SentenceKind.Surveillance && d.Fine is null)
            {
                Add(AssistingFine, "no fine is imposed");
            }

            if (d.Sentence == SentenceKind.Detention && d.TermMonths is < 1 or > 6)
            {
                Add(DetentionRange, $"detention of {d.TermMonths} months");
            }

            if (d.ProbationMonths is { } probation && d.TermMonths is { } term)
            {
                if (d.Recidivist == true)
                {
                    Add(NoProbationForRecidivists, "a recidivist is given probation");
                }

                if (d.Sentence == SentenceKind.FixedTerm && term > 36)
                {
                    Add(ProbationEligibility, $"probation with {term} months of imprisonment");
                }

                var (min, max) = d.Sentence == SentenceKind.Detention ? (Math.Max(2, term), 12) : (Math.Max(12, term), 60);
                if (probation < min || probation > max)
                {
                    Add(ProbationLength, $"probation of {probation} months with a term of {term} months (allowed {min}–{max})");
                }
            }
        }

        return findings;
    }
}
