using System.Collections.Immutable;
using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Errors;

namespace Breakcard.Cases.Review;

/// <summary>
/// What the review lists work on: accounts, companies, each account's last activity and
/// monitoring risk, and the day the data runs to. Read from a world folder by
/// <see cref="Import.WorldReader"/>, or assembled from a bank's own systems. Immutable.
/// </summary>
/// <param name="Accounts">Bank and payment accounts.</param>
/// <param name="Companies">Companies of the register.</param>
/// <param name="LastActivity">Day of each account's last transaction, where known.</param>
/// <param name="MonitoringRisk">Highest monitoring risk (0–100) per account, where alerted.</param>
/// <param name="DataEnd">The last day the data covers (the default "as of" day).</param>
/// <param name="Problems">Records that could not be read (quarantined, counted, never silently dropped).</param>
/// <param name="ProblemCount">How many records were quarantined (the list may be capped).</param>
public sealed record ReviewWorld(
    ImmutableArray<BankAccount> Accounts,
    ImmutableArray<Company> Companies,
    ImmutableDictionary<string, DateOnly> LastActivity,
    ImmutableDictionary<string, int> MonitoringRisk,
    DateOnly DataEnd,
    ImmutableArray<InputError> Problems,
    int ProblemCount);
