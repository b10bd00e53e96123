using System.Text;
using Breakcard.Cases.Identifiers;
using Breakcard.Cases.Review;
using Breakcard.Cases.Review.Import;
using Breakcard.Core.Accounts;
using Breakcard.Core.Errors;

namespace Breakcard.Cli.Demo.Stages.Cases;

/// <summary>
/// What the demo's bank knows of its customers, read from the world folder's own records
/// (accounts.csv, companies.csv, people.csv — never truth/): accounts by account and card
/// number, companies, and the people it asks for. Bad records are counted, never dropped silently.
/// </summary>
internal sealed class CustomerRecords
{
    private readonly Dictionary<string, BankAccount> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (Identifier Identity, Identifier Name)> _people = new(StringComparer.Ordinal);

    private CustomerRecords(ReviewWorld world)
    {
        World = world;
        foreach (var a in world.Accounts)
        {
            _accounts.TryAdd(a.AccountNumber, a);
            if (a.Card is { } card)
            {
                _accounts.TryAdd(card.Reveal(), a);
            }
        }
    }

    /// <summary>Accounts and companies as the review lists read them.</summary>
    public ReviewWorld World { get; }

    /// <summary>People records that could not be read.</summary>
    public List<InputError> PeopleProblems { get; } = [];

    /// <summary>Reads accounts.csv and companies.csv of <paramref name="folder"/>.</summary>
    public static CustomerRecords Read(string folder)
    {
        using var accounts = new StreamReader(Path.Combine(folder, "accounts.csv"), Encoding.UTF8);
        using var companies = new StreamReader(Path.Combine(folder, "companies.csv"), Encoding.UTF8);
        return new CustomerRecords(WorldReader.Read((accounts, Path.Combine(folder, "accounts.csv")), (companies, Path.Combine(folder, "companies.csv")), null, null));
    }

    /// <summary>The account a transaction key (account or card number) belongs to.</summary>
    public BankAccount? Account(string key) => _accounts.GetValueOrDefault(key);

    /// <summary>The person who answers for an account: its personal holder, or the holding company's legal representative.</summary>
    public string? ResponsiblePerson(BankAccount account) => account.HolderKind == AccountHolderKind.Personal
        ? account.HolderId
        : World.Companies.FirstOrDefault(c => c.Id == account.HolderId)?.LegalRepresentativeId is { Length: > 0 } rep ? rep : null;

    /// <summary>Identity number and name of a person read by <see cref="LoadPeople"/>.</summary>
    public (Identifier Identity, Identifier Name)? Person(string? id) => id is not null && _people.TryGetValue(id, out var p) ? p : null;

    /// <summary>Reads people.csv for the people named in <paramref name="ids"/> only.</summary>
    public void LoadPeople(string folder, IReadOnlySet<string> ids)
    {
        var path = Path.Combine(folder, "people.csv");
        using var reader = new StreamReader(path, Encoding.UTF8);
        var csv = new CsvReader(reader, path, ["id", "identity_number", "name"]);
        while (csv.Next() is { } r)
        {
            if (r["id"] is not { } id || !ids.Contains(id))
            {
                continue;
            }

            if (!Identifier.TryParse(IdentifierKind.IdentityNumber, r["identity_number"], out var identity, out var error))
            {
                PeopleProblems.Add(new InputError(path, r.Line, "identity_number", error));
            }
            else if (!Identifier.TryParse(IdentifierKind.PersonName, r["name"], out var name, out error))
            {
                PeopleProblems.Add(new InputError(path, r.Line, "name", error));
            }
            else
            {
                _people[id] = (identity, name);
            }
        }
    }
}
