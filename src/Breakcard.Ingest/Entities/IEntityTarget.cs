using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Links;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;

namespace Breakcard.Ingest.Entities;

/// <summary>Receives the entities <see cref="EntityFiles"/> accepted (for example a monitoring engine's reference-data builder).</summary>
public interface IEntityTarget
{
    /// <summary>A person.</summary>
    void Add(Person person);

    /// <summary>A company.</summary>
    void Add(Company company);

    /// <summary>A bank or payment account.</summary>
    void Add(BankAccount account);

    /// <summary>A phone card.</summary>
    void Add(PhoneCard phone);

    /// <summary>A device.</summary>
    void Add(Device device);

    /// <summary>A link.</summary>
    void Add(EntityLink link);
}
