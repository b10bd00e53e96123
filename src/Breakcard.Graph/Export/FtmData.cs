using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Events;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;

namespace Breakcard.Graph.Export;

/// <summary>What to export in FollowTheMoney form: a whole world or an investigator's selection.</summary>
public sealed record FtmData
{
    /// <summary>Persons.</summary>
    public IReadOnlyList<Person> People { get; init; } = [];

    /// <summary>Companies (with their legal representatives as directorships).</summary>
    public IReadOnlyList<Company> Companies { get; init; } = [];

    /// <summary>Bank and payment accounts (each with an ownership by its holder).</summary>
    public IReadOnlyList<BankAccount> Accounts { get; init; } = [];

    /// <summary>Phone cards (as the phone property of their holders).</summary>
    public IReadOnlyList<PhoneCard> Phones { get; init; } = [];

    /// <summary>Account numbers used online (logins), exported as user accounts of the bank's service.</summary>
    public IReadOnlyList<string> OnlineAccounts { get; init; } = [];

    /// <summary>Transactions (payments).</summary>
    public IReadOnlyList<TransactionEvent> Transactions { get; init; } = [];

    /// <summary>Calls.</summary>
    public IReadOnlyList<CallEvent> Calls { get; init; } = [];
}
