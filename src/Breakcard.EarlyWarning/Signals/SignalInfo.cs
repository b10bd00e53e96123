namespace Breakcard.EarlyWarning.Signals;

/// <summary>What a signal means and how much it weighs.</summary>
/// <param name="Kind">The signal.</param>
/// <param name="Weight">Evidence weight in (0, 1), combined as a noisy-OR over distinct signals.</param>
/// <param name="Title">Short English title.</param>
/// <param name="Plain">Plain Chinese for the holder's message (what the bank saw, without jargon).</param>
/// <param name="Source">Where the signal comes from (INDICATORS.md, simulation.md).</param>
/// <param name="CardInOtherHands">Whether the signal means the card is already used by someone else (a police referral, not only a warning).</param>
public sealed record SignalInfo(SignalKind Kind, double Weight, string Title, string Plain, string Source, bool CardInOtherHands);
