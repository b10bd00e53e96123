namespace Breakcard.Cases.Clues.Import;

/// <summary>One clue to raise from a traced fund chain: one account on the chain. Immutable.</summary>
/// <param name="Draft">The clue's content (source trace, with the whole chain).</param>
/// <param name="Account">The traced account it is about.</param>
public sealed record TraceClue(ClueDraft Draft, TracedAccount Account);
