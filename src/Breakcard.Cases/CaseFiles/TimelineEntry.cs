namespace Breakcard.Cases.CaseFiles;

/// <summary>
/// One event in a case's history. Workflow steps and hand-overs are public to every institution
/// that can see the case; other entries (notes added, assignments) only to the institution that
/// wrote them. Immutable.
/// </summary>
/// <param name="CaseId">The case.</param>
/// <param name="At">When (processing time).</param>
/// <param name="Actor">Who.</param>
/// <param name="InstitutionId">For which institution.</param>
/// <param name="Kind">What happened, as a code ("opened", "state", "item", "assigned", "shared", "measure").</param>
/// <param name="Text">What happened, in words; never an unmasked identifier.</param>
/// <param name="Public">True when every institution that can see the case sees this entry.</param>
public sealed record TimelineEntry(string CaseId, DateTimeOffset At, string Actor, string InstitutionId, string Kind, string Text, bool Public);
