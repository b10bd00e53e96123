namespace Breakcard.Legal.Evaluation;

/// <summary>The outcome of checking one criterion against the facts.</summary>
public enum CriterionStatus
{
    /// <summary>The facts meet the criterion.</summary>
    Met,

    /// <summary>The facts do not meet the criterion.</summary>
    NotMet,

    /// <summary>The rule was not in force on the conduct date, so it is not applied.</summary>
    NotInForce,

    /// <summary>The rule does not concern this conduct (for example a card rule when no cards were dealt in).</summary>
    NotApplicable,

    /// <summary>A fact the criterion depends on is not known and the known facts do not decide it.</summary>
    InsufficientFacts,
}
