using System.Collections.Immutable;
using Breakcard.Cases.Access;
using Breakcard.Cases.CaseFiles;

namespace Breakcard.Cases.Views;

/// <summary>A case item as one caller sees it. Immutable.</summary>
/// <param name="Id">Item id.</param>
/// <param name="Kind">Kind.</param>
/// <param name="AddedAt">When it was added.</param>
/// <param name="AddedBy">Who added it.</param>
/// <param name="InstitutionId">The institution that supplied it.</param>
/// <param name="Provenance">Own (supplied by the caller's institution) or shared with it.</param>
/// <param name="Fields">Its fields, identifiers masked unless revealed.</param>
public sealed record ItemView(string Id, CaseItemKind Kind, DateTimeOffset AddedAt, string AddedBy, string InstitutionId, Relation Provenance, ImmutableArray<ViewField> Fields);
