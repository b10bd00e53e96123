using Breakcard.Cases.CaseFiles;

namespace Breakcard.Cases.Services;

/// <summary>What a workflow step needs besides the step itself. Immutable.</summary>
/// <param name="Reason">Why (required to dismiss; recorded on the timeline).</param>
/// <param name="ToInstitutionId">For a hand-over: the receiving police organ, procuratorate or court.</param>
/// <param name="ShareItemIds">For a hand-over: exactly which items to share; null for the default (see <see cref="CaseService.TransitionAsync"/>).</param>
/// <param name="Judgment">For the judge step: the judgment.</param>
public sealed record TransitionRequest(string? Reason = null, string? ToInstitutionId = null, IReadOnlyCollection<string>? ShareItemIds = null, JudgmentContent? Judgment = null);
