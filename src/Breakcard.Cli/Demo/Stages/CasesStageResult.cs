namespace Breakcard.Cli.Demo.Stages;

/// <summary>What the demo's cases stage left for later stages. Immutable.</summary>
/// <param name="Store">Path of the SQLite case store.</param>
/// <param name="FromAlerts">True when the clues came from monitoring's alerts.jsonl.</param>
/// <param name="Clues">Clues raised.</param>
/// <param name="CaseIds">Cases opened, confirmed and transferred to police.</param>
/// <param name="Listed">People put on the disciplinary list.</param>
/// <param name="AuditEntries">Audit entries, all verified.</param>
/// <param name="TraceClues">Clues raised from the tracing stage's chain (0 when it did not run).</param>
public sealed record CasesStageResult(string Store, bool FromAlerts, int Clues, IReadOnlyList<string> CaseIds, int Listed, long AuditEntries, int TraceClues);
