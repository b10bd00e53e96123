using Breakcard.Core.Identifiers;

namespace Breakcard.Core.People;

/// <summary>A natural person: account holder, card seller, victim, defendant.</summary>
/// <param name="Id">Stable id within a data set, for example "P0001234".</param>
/// <param name="IdentityNumber">Resident identity number (birth date and gender agree with it).</param>
/// <param name="Name">Name (masked when printed).</param>
/// <param name="Gender">Gender.</param>
/// <param name="BirthDate">Birth date.</param>
/// <param name="Education">Highest education completed.</param>
/// <param name="Occupation">Occupation.</param>
/// <param name="HomeRegion">Six-digit region code of the household registration (户籍).</param>
/// <param name="Address">Residential address.</param>
public sealed record Person(
    string Id,
    ResidentId IdentityNumber,
    PersonName Name,
    Gender Gender,
    DateOnly BirthDate,
    Education Education,
    Occupation Occupation,
    string HomeRegion,
    string Address)
{
    /// <summary>Age in whole years on <paramref name="date"/>.</summary>
    public int AgeOn(DateOnly date) => Ages.Between(BirthDate, date);
}
