namespace Breakcard.Screening.Patterns;

/// <summary>One pattern found in one text.</summary>
/// <param name="Pattern">The pattern.</param>
/// <param name="Start">Start of the evidence in the normalised text.</param>
/// <param name="End">End (exclusive) of the evidence in the normalised text.</param>
/// <param name="OriginalStart">Start of the quote in the original text.</param>
/// <param name="OriginalEnd">End (exclusive) of the quote in the original text.</param>
/// <param name="Quote">The evidence as written in the original text: for a reading of characters, the form read rather than the term the hit is anchored on (ADR 482).</param>
/// <param name="Negated">True when every occurrence follows a warning cue (切勿出租银行卡): quoted, not offered.</param>
public sealed record PatternHit(RiskPattern Pattern, int Start, int End, int OriginalStart, int OriginalEnd, string Quote, bool Negated);
