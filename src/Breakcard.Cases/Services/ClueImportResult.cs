using Breakcard.Cases.Clues;

namespace Breakcard.Cases.Services;

/// <summary>What an alert or trace import did. Immutable.</summary>
/// <param name="Created">Clues raised, in import order.</param>
/// <param name="Merged">Subjects that already had an open clue of the importing institution.</param>
public sealed record ClueImportResult(IReadOnlyList<Clue> Created, IReadOnlyList<MergedAlerts> Merged);

/// <summary>Alerts (or a trace) recorded against an existing open clue instead of raising a second one.</summary>
/// <param name="ClueId">The existing clue.</param>
/// <param name="SubjectMasked">Its subject, masked.</param>
/// <param name="AlertIds">The alerts, or for a trace import the trace reference.</param>
public sealed record MergedAlerts(string ClueId, string SubjectMasked, IReadOnlyList<string> AlertIds);
