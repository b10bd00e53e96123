namespace Breakcard.Cases.Clues.Import;

/// <summary>One clue to raise from alerts about one subject, with the alerts merged into it. Immutable.</summary>
/// <param name="Draft">The clue's content.</param>
/// <param name="AlertIds">Every alert merged into it, the leading one first.</param>
/// <param name="Lines">The file lines they came from.</param>
public sealed record AlertClue(ClueDraft Draft, IReadOnlyList<string> AlertIds, IReadOnlyList<long> Lines);
