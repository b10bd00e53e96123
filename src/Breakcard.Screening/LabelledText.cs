namespace Breakcard.Screening;

/// <summary>A text with its true label, for training and evaluation.</summary>
/// <param name="Id">Where it comes from (an ad id, a file line).</param>
/// <param name="Text">The text as written.</param>
/// <param name="IsRisky">True when it recruits for card renting or the related conduct.</param>
/// <param name="Note">Why it is labelled so, or what makes it hard (hand-written cases).</param>
public sealed record LabelledText(string Id, string Text, bool IsRisky, string? Note = null);
