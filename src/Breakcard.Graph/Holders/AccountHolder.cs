using Breakcard.Core.Identifiers;
using Breakcard.Core.Links;

namespace Breakcard.Graph.Holders;

/// <summary>The holder of record of an account.</summary>
/// <param name="Id">Person or company id in the data set.</param>
/// <param name="Kind"><see cref="EntityKind.Person"/> or <see cref="EntityKind.Company"/>.</param>
/// <param name="Name">Full name (personal data for persons: use <see cref="MaskedName"/> on screens), or null when unknown.</param>
public sealed record AccountHolder(string Id, EntityKind Kind, string? Name)
{
    /// <summary>The name as screens show it: a person's family name and stars (张**), a company's name in full.</summary>
    public string? MaskedName => Name is null ? null : Kind == EntityKind.Person ? Masking.KeepEnds(Name, 1, 0) : Name;
}
