using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Links;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.Detection.Reference;
using Breakcard.Ingest.Entities;

namespace Breakcard.Cluster.Hosting;

/// <summary>
/// Connects Ingest's entity-file reader to the engine's reference data: each validated entity goes
/// to a <see cref="ReferenceDataBuilder"/>, an account's recorded last activity too. Shared by the
/// silos (<see cref="WorldReference"/>) and <c>breakcard monitor</c>, so both build the same
/// reference data from the same files. It lives in the first layer that references both Ingest and
/// Detection: Detection stays Core-only (ADR 0064) and Ingest free of Detection (ADR 0068).
/// </summary>
public sealed class ReferenceTarget(ReferenceDataBuilder into) : IEntityTarget
{
    /// <inheritdoc />
    public void Add(Person person) => into.Add(person);

    /// <inheritdoc />
    public void Add(Company company) => into.Add(company);

    /// <inheritdoc />
    public void Add(BankAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        into.Add(account);
        if (account.LastActivity is { } last)
        {
            into.SetLastActivity(account.AccountNumber, last);
        }
    }

    /// <inheritdoc />
    public void Add(PhoneCard phone) => into.Add(phone);

    /// <inheritdoc />
    public void Add(Device device) => into.Add(device);

    /// <inheritdoc />
    public void Add(EntityLink link) => into.Add(link);
}
