namespace Breakcard.Cases.CaseFiles;

/// <summary>
/// One piece of a case file — a suspect, card, phone, company, transaction, traced chain, note,
/// file, cause finding, legal evaluation or judgment — with who added it and for which
/// institution. Items are never changed or deleted (corrections are new notes), so sharing an
/// item by id shares exactly what it said. Immutable.
/// </summary>
/// <param name="Id">"IT-000001".</param>
/// <param name="CaseId">The case.</param>
/// <param name="AddedAt">When (processing time).</param>
/// <param name="AddedBy">Who.</param>
/// <param name="InstitutionId">The institution that supplied it: its own data, visible to others only when shared.</param>
/// <param name="Content">What it says.</param>
public sealed record CaseItem(string Id, string CaseId, DateTimeOffset AddedAt, string AddedBy, string InstitutionId, CaseItemContent Content)
{
    /// <summary>The kind of item.</summary>
    public CaseItemKind Kind => Content.Kind;
}
