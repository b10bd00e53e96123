namespace Breakcard.Core.Events;

/// <summary>
/// File and column names of the entity files of Breakcard's schema (docs/data-format.md): the
/// people, companies, accounts, phone cards, devices and links an institution or the simulator
/// hands over beside the event files. Shared by the writer (Simulation) and the readers.
/// </summary>
public static class EntitySchema
{
    /// <summary>Persons.</summary>
    public const string PeopleCsv = "people.csv";

    /// <summary>Companies.</summary>
    public const string CompaniesCsv = "companies.csv";

    /// <summary>Bank and payment accounts.</summary>
    public const string AccountsCsv = "accounts.csv";

    /// <summary>Phone cards.</summary>
    public const string PhonesCsv = "phones.csv";

    /// <summary>Devices.</summary>
    public const string DevicesCsv = "devices.csv";

    /// <summary>Ownership and registration links.</summary>
    public const string LinksCsv = "links.csv";

    /// <summary>The world's description: generator, options, counts and SHA-256 of every file.</summary>
    public const string ManifestJson = "manifest.json";

    /// <summary>Columns of people.csv.</summary>
    public static readonly string[] PersonColumns =
        ["id", "identity_number", "name", "gender", "birth_date", "education", "occupation", "home_region", "address"];

    /// <summary>Columns of companies.csv.</summary>
    public static readonly string[] CompanyColumns =
        ["id", "credit_code", "name", "registered_address", "legal_representative_id", "business_scope", "registered", "status"];

    /// <summary>Columns of accounts.csv.</summary>
    public static readonly string[] AccountColumns =
        ["account_number", "bank", "class", "holder_kind", "holder_id", "opened", "status", "card_number", "branch", "opened_by", "last_activity"];

    /// <summary>Columns of phones.csv.</summary>
    public static readonly string[] PhoneColumns = ["number", "operator", "kind", "holder_id", "activated", "outlet", "opened_by"];

    /// <summary>Columns of devices.csv.</summary>
    public static readonly string[] DeviceColumns = ["device_id", "kind", "owner_id"];

    /// <summary>Columns of links.csv.</summary>
    public static readonly string[] LinkColumns = ["from_kind", "from_id", "kind", "to_kind", "to_id", "since"];
}
