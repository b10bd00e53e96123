using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Links;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.Detection.Reference;
using Breakcard.Ingest.Entities;

namespace Breakcard.Reference;

/// <summary>
/// Connects Ingest's entity-file reader to the engine's reference data: each validated entity goes
/// to a <see cref="ReferenceDataBuilder"/>, an account's recorded last activity too, and then to
/// <paramref name="also"/> when given (a host that keeps the entities themselves, as the web host
/// does for link analysis). Shared by the cluster's silos, <c>breakcard monitor</c> and the web
/// host, so all build the same reference data from the same files (ADR 0180). It lives in the
/// first layer that references both Ingest and Detection: Detection stays Core-only (ADR 0064) and
/// Ingest free of Detection (ADR 0068).
/// </summary>
/// <param name="into">The builder every entity goes to.</param>
/// <param name="also">Where every entity goes next, if anywhere.</param>
public sealed class ReferenceTarget(ReferenceDataBuilder into, IEntityTarget? also = null) : IEntityTarget
{
    /// <inheritdoc />
    public void Add(Person person)
    {
        into.Add(person);
        also?.Add(person);
    }

    /// <inheritdoc />
    public void Add(Company company)
    {
        into.Add(company);
        also?.Add(company);
    }

    /// <inheritdoc />
    public void Add(BankAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        into.Add(account);
        if (account.LastActivity is { } last)
        {
            into.SetLastActivity(account.AccountNumber, last);
        }

        also?.Add(account);
    }

    /// <inheritdoc />
    public void Add(PhoneCard phone)
    {
        into.Add(phone);
        also?.Add(phone);
    }

    /// <inheritdoc />
    public void Add(Device device)
    {
        into.Add(device);
        also?.Add(device);
    }

    /// <inheritdoc />
    public void Add(EntityLink link)
    {
        into.Add(link);
        also?.Add(link);
    }
}
