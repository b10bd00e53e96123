using System.Text.Json.Serialization;
using Breakcard.Cases.Identifiers;
using Breakcard.Core.Identifiers;

namespace Breakcard.Cases.CaseFiles;

/// <summary>A suspect. Immutable.</summary>
/// <param name="IdentityNumber">Resident identity number, when known.</param>
/// <param name="Name">Name, when known.</param>
/// <param name="PersonRef">The person's id in the source data (for example a simulated world's "P0001234"), or null.</param>
/// <param name="Role">What the suspect is suspected of, in words ("sold four cards").</param>
public sealed record SuspectContent(Identifier? IdentityNumber, Identifier? Name, string? PersonRef, string? Role) : CaseItemContent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override CaseItemKind Kind => CaseItemKind.Suspect;

    /// <inheritdoc />
    [JsonIgnore]
    public override Identifier? Key => IdentityNumber;

    /// <summary>Birth date from the identity number, when known.</summary>
    [JsonIgnore]
    public DateOnly? BirthDate => IdentityNumber is { } id ? ResidentId.Parse(id.Reveal()).BirthDate : null;

    /// <inheritdoc />
    public override IEnumerable<Identifier> Identifiers()
    {
        if (IdentityNumber is { } id)
        {
            yield return id;
        }

        if (Name is { } name)
        {
            yield return name;
        }
    }

    /// <inheritdoc />
    public override IEnumerable<ViewField> Fields(Func<Identifier, string> show)
    {
        ArgumentNullException.ThrowIfNull(show);
        if (IdentityNumber is { } id)
        {
            yield return new("identity_number", show(id));
        }

        if (Name is { } name)
        {
            yield return new("name", show(name));
        }

        if (PersonRef is not null)
        {
            yield return new("person_ref", PersonRef);
        }

        if (Role is not null)
        {
            yield return new("role", Role);
        }
    }

    /// <inheritdoc />
    public override string? Problem() =>
        IdentityNumber is { Kind: not IdentifierKind.IdentityNumber } || Name is { Kind: not IdentifierKind.PersonName } ? "identifier of the wrong kind"
        : IdentityNumber is null && Name is null && PersonRef is null ? "a suspect needs an identity number, a name or a person reference"
        : null;
}
