using System.Collections.Immutable;
using Breakcard.Legal.Facts;
using Breakcard.Legal.Internal;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Evaluation;

/// <summary>
/// Turns criterion results into a conclusion. Para. 1 criteria count when the helped crime is
/// verified, para. 2 criteria when it is not. When that is not stated, a met para. 2 criterion
/// still decides (five times a threshold reaches the threshold, and especially serious
/// consequences are serious), while a met para. 1 criterion alone leaves the case undetermined.
/// </summary>
internal static class ConclusionRules
{
    public static Conclusion Conclude(ConductFacts facts, ImmutableArray<CriterionResult> criteria, KnowledgeAssessment knowledge)
    {
        var reasons = ImmutableArray.CreateBuilder<string>();
        var date = facts.ConductDate;
        if (!LegalDocuments.Article287Dash2.IsInForceOn(date))
        {
            reasons.Add($"Criminal Law Art. 287-2 came into force on {LegalDocuments.Article287Dash2.EffectiveFromText}; conduct on {Amounts.Format(date)} cannot be punished under it (no retroactive crime).");
            return new(Outcome.StatuteNotInForce, SeriousCircumstances.NoRuleInForce, null, [], false, reasons.ToImmutable());
        }

        var (serious, paragraph, basis) = Serious(facts, criteria, reasons);
        var basisOnlyWeak = basis.Length > 0 && basis.All(c => c.Info.Source.Standing != SourceStanding.Official);
        if (basisOnlyWeak)
        {
            reasons.Add("Every criterion met rests on a secondary or provisional source: verify it before relying on the conclusion.");
        }

        var outcome = Outcome.NotCriminal;
        int? age = facts.Defendant is { Kind: DefendantKind.Person, BirthDate: { } birth } ? CriminalAge.AgeOn(birth, date) : null;
        if (age < CriminalAge.FullResponsibility)
        {
            reasons.Add($"The defendant was {age} on {Amounts.Format(date)}, under {CriminalAge.FullResponsibility}: no criminal responsibility for this crime (Criminal Law Art. 17).");
            outcome = Outcome.BelowAgeOfResponsibility;
        }
        else
        {
            outcome = serious switch
            {
                SeriousCircumstances.Met when knowledge.Established => Outcome.CriminalLiabilityIndicated,
                SeriousCircumstances.Met => Outcome.KnowledgeNotEstablished,
                SeriousCircumstances.NotMet => Outcome.NotCriminal,
                _ => Outcome.Undetermined,
            };
            reasons.Add(knowledge.Explanation);
            if (age is null && facts.Defendant.Kind == DefendantKind.Person)
            {
                reasons.Add("Birth date not stated: the conclusion assumes the defendant was 16 or older on the conduct date.");
            }
        }

        return new(outcome, serious, paragraph, [.. basis.Select(b => b.Id)], basisOnlyWeak, reasons.ToImmutable());
    }

    private static (SeriousCircumstances, int?, ImmutableArray<CriterionResult>) Serious(
        ConductFacts facts, ImmutableArray<CriterionResult> criteria, ImmutableArray<string>.Builder reasons)
    {
        if (!LegalDocuments.Interpretation2019.IsInForceOn(facts.ConductDate))
        {
            reasons.Add($"No interpretation of \"serious circumstances\" was in force on {Amounts.Format(facts.ConductDate)} (法释〔2019〕15号 applies from {Amounts.Format(LegalDocuments.Interpretation2019.EffectiveFrom)}); a court decides on the statute alone.");
            return (SeriousCircumstances.NoRuleInForce, null, []);
        }

        var p1 = criteria.Where(c => c.Info.Group == CriterionGroup.Paragraph1).ToImmutableArray();
        var p2 = criteria.Where(c => c.Info.Group == CriterionGroup.Paragraph2).ToImmutableArray();
        var met1 = p1.Where(c => c.Status == CriterionStatus.Met).ToImmutableArray();
        var met2 = p2.Where(c => c.Status == CriterionStatus.Met).ToImmutableArray();
        var open1 = p1.Any(c => c.Status == CriterionStatus.InsufficientFacts);
        var open2 = p2.Any(c => c.Status == CriterionStatus.InsufficientFacts);

        switch (facts.HelpedCrimeVerified)
        {
            case true when met1.Length > 0:
                reasons.Add($"Serious circumstances met under 法释〔2019〕15号 Art. 12 para. 1 (helped crime verified) on: {Describe(met1)}.");
                return (SeriousCircumstances.Met, 1, met1);
            case false when met2.Length > 0:
                reasons.Add($"The helped crime cannot be verified; serious circumstances met under the five-times rule of 法释〔2019〕15号 Art. 12 para. 2 on: {Describe(met2)}.");
                return (SeriousCircumstances.Met, 2, met2);
            case null when met2.Length > 0:
                reasons.Add($"Serious circumstances met under 法释〔2019〕15号 Art. 12 para. 2 on: {Describe(met2)}; this holds whether or not the helped crime is verified, since five times a threshold reaches it.");
                return (SeriousCircumstances.Met, 2, met2);
            case null when met1.Length > 0:
                reasons.Add($"Para. 1 criteria are met ({Describe(met1)}), but they count only if the helped crime is verified, which is not stated; no para. 2 criterion is met.");
                return (SeriousCircumstances.Undetermined, null, []);
        }

        var open = facts.HelpedCrimeVerified switch { true => open1, false => open2, null => open1 || open2 };
        if (open)
        {
            reasons.Add("No criterion is met on the known facts, but some depend on facts not stated (see \"insufficient facts\").");
            return (SeriousCircumstances.Undetermined, null, []);
        }

        reasons.Add(facts.HelpedCrimeVerified == false
            ? "The helped crime cannot be verified and no five-times amount or especially serious consequence is met (法释〔2019〕15号 Art. 12 para. 2): not serious."
            : "No serious circumstance of 法释〔2019〕15号 Art. 12 is met: not a crime under Art. 287-2.");
        return (SeriousCircumstances.NotMet, null, []);
    }

    private static string Describe(IEnumerable<CriterionResult> met) =>
        string.Join("; ", met.Select(c => $"{c.Id} ({c.Decisive}{(c.Info.Source.Standing == SourceStanding.Official ? "" : ", " + c.Info.Source.Label)})"));
}
