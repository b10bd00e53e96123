using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Links;
using Breakcard.Core.People;

namespace Breakcard.Graph.Holders;

/// <summary>
/// Who holds each account, from reference data (accounts with their holder ids, and people and
/// companies for names). Accounts not in the reference data have no holders. Immutable.
/// </summary>
public sealed class HolderDirectory
{
    private readonly Dictionary<string, AccountHolder[]> _byAccount;
    private readonly Dictionary<string, BankAccount> _accounts;

    /// <summary>A directory with no reference data.</summary>
    public static HolderDirectory Empty { get; } = new([], [], []);

    /// <summary>Builds the directory.</summary>
    public HolderDirectory(IEnumerable<BankAccount> accounts, IEnumerable<Person> people, IEnumerable<Company> companies)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(companies);
        var personNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in people)
        {
            personNames[p.Id] = p.Name.Reveal();
        }

        var companyNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in companies)
        {
            companyNames[c.Id] = c.Name;
        }

        _accounts = new Dictionary<string, BankAccount>(StringComparer.Ordinal);
        _byAccount = new Dictionary<string, AccountHolder[]>(StringComparer.Ordinal);
        foreach (var a in accounts)
        {
            _accounts[a.AccountNumber] = a;
            var holder = a.HolderKind == AccountHolderKind.Corporate
                ? new AccountHolder(a.HolderId, EntityKind.Company, companyNames.GetValueOrDefault(a.HolderId))
                : new AccountHolder(a.HolderId, EntityKind.Person, personNames.GetValueOrDefault(a.HolderId));
            _byAccount[a.AccountNumber] = [holder];
        }
    }

    /// <summary>Number of accounts known.</summary>
    public int Count => _accounts.Count;

    /// <summary>The holders of an account (empty when the account is not in the reference data).</summary>
    public IReadOnlyList<AccountHolder> HoldersOf(string accountId) => _byAccount.GetValueOrDefault(accountId) ?? [];

    /// <summary>The reference record of an account, or null.</summary>
    public BankAccount? AccountOf(string accountId) => _accounts.GetValueOrDefault(accountId);

    /// <summary>True when the account is in the reference data.</summary>
    public bool Contains(string accountId) => _accounts.ContainsKey(accountId);
}
