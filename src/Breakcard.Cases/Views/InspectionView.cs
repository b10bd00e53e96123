using System.Collections.Immutable;

namespace Breakcard.Cases.Views;

/// <summary>A corporate account ranked for inspection, as shown. Immutable.</summary>
/// <param name="Rank">1 for the highest score.</param>
/// <param name="Account">Account number, masked unless revealed.</param>
/// <param name="CompanyId">Holder's id.</param>
/// <param name="CompanyName">Registered name, when in the register.</param>
/// <param name="CompanyStatus">Register status code, when in the register.</param>
/// <param name="Score">Priority 0–100.</param>
/// <param name="Reasons">Why, with points.</param>
/// <param name="CompaniesAtAddress">Companies at the holder's address.</param>
/// <param name="MonitoringRisk">Highest monitoring risk, when alerted.</param>
public sealed record InspectionView(int Rank, string Account, string CompanyId, string? CompanyName, string? CompanyStatus, int Score, ImmutableArray<string> Reasons, int CompaniesAtAddress, int? MonitoringRisk);
