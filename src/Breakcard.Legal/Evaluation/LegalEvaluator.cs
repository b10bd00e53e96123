using System.Collections.Immutable;
using Breakcard.Legal.Evaluation.Criteria;
using Breakcard.Legal.Facts;
using Breakcard.Legal.Internal;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Evaluation;

/// <summary>
/// Evaluates conduct against Criminal Law Art. 287-2 and its interpretations as in force on the
/// conduct date (ADR 0020): a rule that took effect later is reported "not in force" and never
/// applied. Pure and thread safe.
/// </summary>
public static class LegalEvaluator
{
    private static readonly CriterionInfo StatuteInForce = new(
        "art287-2-in-force", "Criminal Law Art. 287-2 in force on the conduct date", CriterionGroup.Applicability, LegalDocuments.Article287Dash2);

    private static readonly CriterionInfo AgeOfResponsibility = new(
        "age-of-responsibility", "defendant 16 or older on the conduct date (age counted per 法释〔2006〕1号 Art. 2)", CriterionGroup.Applicability, CriminalAge.ResponsibilityRule);

    private static readonly ImmutableArray<CriterionDefinition> Definitions =
    [
        new(StatuteInForce, i => new(CriterionStatus.Met, $"conduct {Amounts.Format(i.Facts.ConductDate)} on or after {LegalDocuments.Article287Dash2.EffectiveFromText}")),
        new(AgeOfResponsibility, i => Age(i.Facts)),
        .. Interpretation2019Criteria.Paragraph1,
        .. TwoCardsCriteria.All,
        .. Interpretation2019Criteria.Paragraph2,
    ];

    /// <summary>Every criterion Breakcard checks, in the order evaluations list them.</summary>
    public static ImmutableArray<CriterionInfo> Criteria { get; } = [.. Definitions.Select(d => d.Info)];

    /// <summary>The caveats every evaluation carries.</summary>
    public static ImmutableArray<string> StandardNotes { get; } =
    [
        "Rules are applied as in force on the conduct date; a rule that took effect later is reported as not in force and never applied (ADR 0020).",
        "Labels: \"official\" = encoded from the official text; \"secondary source\" = from summaries, verify before relying on it; \"provisional\" = the 2025 opinion, unverified.",
        "An evaluation supports, never replaces, the judgment of prosecutors and courts.",
    ];

    /// <summary>
    /// Evaluates <paramref name="facts"/>. Throws <see cref="ArgumentException"/> listing every
    /// problem when the facts are invalid (<see cref="ConductFacts.Validate"/>).
    /// </summary>
    public static LegalEvaluation Evaluate(ConductFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var problems = facts.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Invalid facts: {string.Join("; ", problems)}", nameof(facts));
        }

        var conduct = Art16Aggregation.Aggregate(facts);
        var input = new CriterionInput(facts, conduct);
        var criteria = Definitions.Select(d => Check(d, input)).ToImmutableArray();
        var knowledge = KnowledgePresumptions.Assess(facts);
        var conclusion = ConclusionRules.Conclude(facts, criteria, knowledge);
        var criminalPossible = conclusion.Outcome is not (Outcome.StatuteNotInForce or Outcome.BelowAgeOfResponsibility or Outcome.NotCriminal);
        return new LegalEvaluation
        {
            Facts = facts,
            Conduct = conduct,
            Criteria = criteria,
            Knowledge = knowledge,
            Conclusion = conclusion,
            Penalty = criminalPossible ? PenaltyRules.For(facts, conduct) : null,
            AdministrativeSanctions = conclusion.Outcome == Outcome.CriminalLiabilityIndicated ? [] : AdministrativeSanctions.For(facts, conduct),
            OtherCrimes = OtherCrimeNote.For(facts),
            Notes = StandardNotes,
        };
    }

    private static CriterionResult Check(CriterionDefinition d, CriterionInput input)
    {
        var date = input.Facts.ConductDate;
        var source = d.Info.Source;
        if (!source.IsInForceOn(date))
        {
            return new(d.Info, CriterionStatus.NotInForce, $"in force from {source.EffectiveFromText}; conduct on {Amounts.Format(date)}");
        }

        var verdict = d.Decide(input);
        return (d.Info.Group, input.Facts.HelpedCrimeVerified) switch
        {
            (CriterionGroup.Paragraph1, false) => new(d.Info, CriterionStatus.NotApplicable, $"helped crime not verified, so para. 1 does not apply (on its own: {verdict.Decisive})"),
            (CriterionGroup.Paragraph2, true) => new(d.Info, CriterionStatus.NotApplicable, $"helped crime verified, so para. 1 applies instead (on its own: {verdict.Decisive})"),
            _ => new(d.Info, verdict.Status, verdict.Decisive),
        };
    }

    private static Verdict Age(ConductFacts facts)
    {
        if (facts.Defendant.Kind == DefendantKind.Unit)
        {
            return Verdicts.NotApplicable("the defendant is a unit");
        }

        if (facts.Defendant.BirthDate is not { } birth)
        {
            return new(CriterionStatus.InsufficientFacts, "birth date not stated; the conclusion assumes 16 or older");
        }

        var age = CriminalAge.AgeOn(birth, facts.ConductDate);
        return Verdicts.AtLeast($"age on {Amounts.Format(facts.ConductDate)}", age, CriminalAge.FullResponsibility);
    }
}
