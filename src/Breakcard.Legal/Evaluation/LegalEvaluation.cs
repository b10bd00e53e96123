using System.Collections.Immutable;
using Breakcard.Legal.Facts;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Evaluation;

/// <summary>
/// The result of evaluating conduct under the rules in force on its date: every criterion with
/// its status and deciding numbers, knowledge, the conclusion, and the penalty range or the
/// administrative sanctions. Immutable.
/// </summary>
public sealed record LegalEvaluation
{
    /// <summary>The facts evaluated.</summary>
    public required ConductFacts Facts { get; init; }

    /// <summary>The amounts and counts after adding up acts under Art. 16.</summary>
    public required AggregatedConduct Conduct { get; init; }

    /// <summary>Every criterion (applicability, para. 1 with its specifications, para. 2), in that order.</summary>
    public required ImmutableArray<CriterionResult> Criteria { get; init; }

    /// <summary>Presumptions of knowledge found and the finding.</summary>
    public required KnowledgeAssessment Knowledge { get; init; }

    /// <summary>The conclusion.</summary>
    public required Conclusion Conclusion { get; init; }

    /// <summary>The penalty range; null when Art. 287-2 was not in force or the defendant was under 16.</summary>
    public required PenaltyRange? Penalty { get; init; }

    /// <summary>Administrative sanctions of the Anti-Fraud Law; empty when criminal liability is indicated.</summary>
    public required ImmutableArray<AdministrativeSanction> AdministrativeSanctions { get; init; }

    /// <summary>Notes that the conduct may also be another crime (Art. 287-2 para. 3).</summary>
    public required ImmutableArray<OtherCrimeNote> OtherCrimes { get; init; }

    /// <summary>General caveats printed with every evaluation.</summary>
    public required ImmutableArray<string> Notes { get; init; }

    /// <summary>Every source the evaluation cites, oldest first, without repeats.</summary>
    public ImmutableArray<LegalSource> Sources =>
    [
        .. Criteria.Select(c => c.Info.Source)
            .Concat(Knowledge.Presumptions.Select(p => p.Source))
            .Concat(Penalty?.Terms.Select(t => t.Source) ?? [])
            .Concat(AdministrativeSanctions.Select(s => s.Source))
            .Concat(OtherCrimes.Select(o => o.Source))
            .Append(Art16Aggregation.Source)
            .Distinct()
            .OrderBy(s => s.EffectiveFrom).ThenBy(s => s.Citation, StringComparer.Ordinal),
    ];
}
