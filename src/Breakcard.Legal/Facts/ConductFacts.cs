using System.Collections.Immutable;

namespace Breakcard.Legal.Facts;

/// <summary>
/// Everything the legal rules need to know about one defendant's conduct: what help, how much,
/// which cards, what evidence of knowledge, and when. Immutable; build it with an object
/// initializer and call <see cref="Validate"/> (the evaluator refuses invalid facts).
/// </summary>
/// <remarks>
/// A nullable fact that is null is unknown, not zero: criteria that depend on it are reported as
/// "insufficient facts". Lists that are empty mean "none".
/// </remarks>
public sealed record ConductFacts
{
    /// <summary>Date of the conduct (for repeated acts, the latest act). Decides which rules are in force.</summary>
    public required DateOnly ConductDate { get; init; }

    /// <summary>The kinds of help given (at least one, no repeats).</summary>
    public required ImmutableArray<HelpKind> HelpKinds { get; init; }

    /// <summary>Free-text reference to the case, for example "Liu (source paper)"; never an identifier.</summary>
    public string? CaseReference { get; init; }

    /// <summary>The defendant.</summary>
    public Defendant Defendant { get; init; } = Defendant.UnknownPerson;

    /// <summary>
    /// True when the helped person's act is proven to reach the level of a crime; false when it
    /// cannot be verified for objective reasons (法释〔2019〕15号 Art. 12 para. 2); null when not stated.
    /// </summary>
    public bool? HelpedCrimeVerified { get; init; }

    /// <summary>True when the helped activity was telecom or online fraud (Anti-Fraud Law Art. 38); null when not stated.</summary>
    public bool? HelpedTelecomFraud { get; init; }

    /// <summary>Amounts and counts of the act on <see cref="ConductDate"/>.</summary>
    public ActQuantities Act { get; init; } = ActQuantities.None;

    /// <summary>Earlier acts, for adding up under 法释〔2019〕15号 Art. 16.</summary>
    public ImmutableArray<EarlierAct> EarlierActs { get; init; } = [];

    /// <summary>Administrative penalties received before the conduct.</summary>
    public ImmutableArray<PriorPenalty> PriorPenalties { get; init; } = [];

    /// <summary>Consequences of the helped crime, or null when not stated.</summary>
    public Consequences? HelpedCrimeConsequences { get; init; }

    /// <summary>Another serious circumstance asserted for 法释〔2019〕15号 Art. 12 para. 1 item 7, or null.</summary>
    public string? OtherSeriousCircumstance { get; init; }

    /// <summary>True when the defendant helped others pass real-name checks (Anti-Fraud Law Art. 31).</summary>
    public bool RealNameVerificationHelp { get; init; }

    /// <summary>Evidence from which knowledge may be presumed.</summary>
    public ImmutableArray<KnowledgeIndicator> KnowledgeIndicators { get; init; } = [];

    /// <summary>Another circumstance asserted as sufficient to find knowledge (法释〔2019〕15号 Art. 11 item 7), or null.</summary>
    public string? OtherKnowledgeCircumstance { get; init; }

    /// <summary>True when the defendant admits knowing, or knowledge is otherwise directly proven.</summary>
    public bool KnowledgeAdmitted { get; init; }

    /// <summary>True when there is evidence that the defendant did not know (presumptions are rebuttable).</summary>
    public bool ContraryEvidenceOfKnowledge { get; init; }

    /// <summary>Facts pointing to another crime (Art. 287-2 para. 3).</summary>
    public ImmutableArray<OtherCrimeIndicator> OtherCrimeIndicators { get; init; } = [];

    /// <summary>
    /// Every problem with these facts, located by facts-file field path; empty when valid.
    /// </summary>
    /// <param name="today">When given, a conduct date after it is a problem.</param>
    public IReadOnlyList<FactProblem> Validate(DateOnly? today = null) => FactsValidator.Validate(this, today);
}
