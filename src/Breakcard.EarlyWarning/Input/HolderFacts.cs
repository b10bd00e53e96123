using Breakcard.Core.People;

namespace Breakcard.EarlyWarning.Input;

/// <summary>
/// What a bank knows of an account holder from know-your-customer data (people.csv): enough for
/// the demographic priors. Name and identity number are not needed and not taken.
/// </summary>
/// <param name="Id">Person id.</param>
/// <param name="BirthDate">Date of birth.</param>
/// <param name="Occupation">Occupation on record.</param>
/// <param name="Education">Education on record.</param>
public sealed record HolderFacts(string Id, DateOnly BirthDate, Occupation Occupation, Education Education);
