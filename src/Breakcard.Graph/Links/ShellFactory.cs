using Breakcard.Core.Companies;

namespace Breakcard.Graph.Links;

/// <summary>
/// A shell factory candidate: many companies registered at one address (source paper 4.4), with
/// the people behind them and their accounts.
/// </summary>
/// <param name="Rank">1 = most companies.</param>
/// <param name="Address">The registered address.</param>
/// <param name="CompanyIds">The companies.</param>
/// <param name="PeopleIds">Legal representatives and other persons linked to two or more of them, most linked first.</param>
/// <param name="AccountIds">The companies' accounts.</param>
/// <param name="Statuses">Companies by register status, when company records were supplied.</param>
public sealed record ShellFactory(int Rank, string Address, IReadOnlyList<string> CompanyIds, IReadOnlyList<string> PeopleIds,
    IReadOnlyList<string> AccountIds, IReadOnlyDictionary<CompanyStatus, int> Statuses);
