using System.Collections.Immutable;

namespace Breakcard.Cases.Review;

/// <summary>An address hosting many companies. Immutable.</summary>
/// <param name="Address">The address as first written in the register.</param>
/// <param name="CompanyIds">The companies registered there.</param>
/// <param name="Operating">How many are operating.</param>
/// <param name="NotOperating">How many are registered but not operating.</param>
/// <param name="Abnormal">How many are listed for abnormal operation.</param>
/// <param name="Deregistered">How many are deregistered.</param>
/// <param name="LegalRepresentatives">Distinct legal representatives among them.</param>
/// <param name="CorporateAccounts">Corporate accounts held by them.</param>
public sealed record AddressCluster(
    string Address,
    ImmutableArray<string> CompanyIds,
    int Operating,
    int NotOperating,
    int Abnormal,
    int Deregistered,
    int LegalRepresentatives,
    int CorporateAccounts);
