using Breakcard.Cases.Access;
using Breakcard.Cases.CaseFiles;

namespace Breakcard.Cases.Services;

/// <summary>A case in a list: its header and how it relates to the caller's institution. Immutable.</summary>
/// <param name="Header">The header.</param>
/// <param name="Relation">Own (in custody) or shared.</param>
public sealed record CaseSummary(CaseRecord Header, Relation Relation);
