using System.Collections.Immutable;
using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;

namespace Breakcard.Cases.Review;

/// <summary>A corporate account ranked for annual inspection, with the reasons for its score. Immutable.</summary>
/// <param name="Account">The corporate account.</param>
/// <param name="Company">Its holder in the register, or null when not found there.</param>
/// <param name="Score">Inspection priority 0–100 (a triage score, not a probability).</param>
/// <param name="Reasons">What raised the score, largest first, with the points.</param>
/// <param name="CompaniesAtAddress">Companies registered at the holder's address (itself included).</param>
/// <param name="MonitoringRisk">Highest monitoring risk of the account, when alerted.</param>
public sealed record InspectionItem(BankAccount Account, Company? Company, int Score, ImmutableArray<string> Reasons, int CompaniesAtAddress, int? MonitoringRisk);
