namespace Breakcard.Cases.Clues;

/// <summary>One reason a clue was raised, as monitoring explains it. Immutable.</summary>
/// <param name="Code">Reason code, for example "PASS_THROUGH".</param>
/// <param name="Description">What was measured, in words; never an unmasked identifier.</param>
public sealed record ClueReason(string Code, string Description);
