using System.Collections.Immutable;

namespace Breakcard.Legal.Evaluation;

/// <summary>Whether the "serious circumstances" of Art. 287-2 are met.</summary>
public enum SeriousCircumstances
{
    /// <summary>Met on at least one criterion in force.</summary>
    Met,

    /// <summary>No criterion in force is met and none is undecided.</summary>
    NotMet,

    /// <summary>Not decided by these facts (a deciding fact is missing).</summary>
    Undetermined,

    /// <summary>No interpretation of "serious circumstances" was in force on the conduct date (before 2019-11-01).</summary>
    NoRuleInForce,
}

/// <summary>The overall legal outcome the facts point to.</summary>
public enum Outcome
{
    /// <summary>Serious circumstances met and knowledge established: criminal liability under Art. 287-2 is indicated.</summary>
    CriminalLiabilityIndicated,

    /// <summary>Serious circumstances met, but knowledge is not established by these facts.</summary>
    KnowledgeNotEstablished,

    /// <summary>The facts do not decide the case (missing facts, or no interpretation in force).</summary>
    Undetermined,

    /// <summary>Serious circumstances not met: not a crime under Art. 287-2; administrative sanctions may apply.</summary>
    NotCriminal,

    /// <summary>The defendant was under 16 on the conduct date: no criminal responsibility for this crime.</summary>
    BelowAgeOfResponsibility,

    /// <summary>Art. 287-2 was not in force on the conduct date.</summary>
    StatuteNotInForce,
}

/// <summary>The conclusion of an evaluation. Immutable.</summary>
/// <param name="Outcome">The overall outcome.</param>
/// <param name="Serious">Whether serious circumstances are met.</param>
/// <param name="Paragraph">Which paragraph of 法释〔2019〕15号 Art. 12 decided it (1 or 2), or null.</param>
/// <param name="Basis">Ids of the criteria in force that are met and count under the deciding paragraph.</param>
/// <param name="BasisOnlySecondaryOrProvisional">True when every basis criterion rests on a secondary or provisional source.</param>
/// <param name="Reasons">Sentences explaining the conclusion, in order.</param>
public sealed record Conclusion(
    Outcome Outcome,
    SeriousCircumstances Serious,
    int? Paragraph,
    ImmutableArray<string> Basis,
    bool BasisOnlySecondaryOrProvisional,
    ImmutableArray<string> Reasons);
