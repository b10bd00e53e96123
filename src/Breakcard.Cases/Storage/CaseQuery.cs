using Breakcard.Cases.Workflow;

namespace Breakcard.Cases.Storage;

/// <summary>Which cases to list: those an institution opened, holds or received a share of. Immutable.</summary>
/// <param name="InstitutionId">The institution.</param>
/// <param name="State">Only cases in this state, or all.</param>
/// <param name="ClueId">Only cases opened from this clue, or all.</param>
/// <param name="Limit">Most rows, newest change first.</param>
public sealed record CaseQuery(string InstitutionId, CaseState? State = null, string? ClueId = null, int Limit = 200);
