using System.Globalization;
using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Errors;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;
using Breakcard.Core.Links;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.Ingest;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cli.Commands.Tracing;

/// <summary>
/// The reference files of a world folder (docs/data-format.md "Entities"): people, companies,
/// accounts, phone cards, devices and links, each validated field by field. A bad row is
/// quarantined with file, line, field and reason; every file is optional (an institution may
/// hold only its accounts).
/// </summary>
internal sealed class WorldReference
{
    public List<Person> People { get; } = [];

    public List<Company> Companies { get; } = [];

    public List<BankAccount> Accounts { get; } = [];

    public List<PhoneCard> Phones { get; } = [];

    public List<Device> Devices { get; } = [];

    public List<EntityLink> Links { get; } = [];

    /// <summary>Files read, in order.</summary>
    public List<string> Files { get; } = [];

    /// <summary>True when an accounts file was read: accounts outside it are then external.</summary>
    public bool HasAccounts { get; private set; }

    /// <summary>Reads whichever reference files <paramref name="folder"/> holds.</summary>
    public static WorldReference Read(string folder, IQuarantineSink quarantine, CancellationToken cancellationToken)
    {
        var r = new WorldReference();
        r.ReadFile(folder, EntitySchema.PeopleCsv, EntitySchema.PersonColumns, quarantine, ParsePerson, r.People, cancellationToken);
        r.ReadFile(folder, EntitySchema.CompaniesCsv, EntitySchema.CompanyColumns, quarantine, ParseCompany, r.Companies, cancellationToken);
        r.HasAccounts = r.ReadFile(folder, EntitySchema.AccountsCsv, EntitySchema.AccountColumns, quarantine, ParseAccount, r.Accounts, cancellationToken);
        r.ReadFile(folder, EntitySchema.PhonesCsv, EntitySchema.PhoneColumns, quarantine, ParsePhone, r.Phones, cancellationToken);
        r.ReadFile(folder, EntitySchema.DevicesCsv, EntitySchema.DeviceColumns, quarantine, ParseDevice, r.Devices, cancellationToken);
        r.ReadFile(folder, EntitySchema.LinksCsv, EntitySchema.LinkColumns, quarantine, ParseLink, r.Links, cancellationToken);
        return r;
    }

    private bool ReadFile<T>(string folder, string name, string[] columns, IQuarantineSink quarantine, Func<Row, T> parse, List<T> into, CancellationToken ct)
    {
        var path = Path.Combine(folder, name);
        if (!File.Exists(path))
        {
            return false;
        }

        Files.Add(path);
        ReferenceCsv.Read(path, columns, quarantine, (csv, line, fields, raw) =>
        {
            try
            {
                into.Add(parse(new Row(csv, line, fields)));
            }
            catch (RowException ex)
            {
                quarantine.Add(new QuarantinedRecord(new InputError(path, line, ex.Field, ex.Message), ex.Reason, raw));
            }
        }, ct);
        return true;
    }

    private static Person ParsePerson(Row r)
    {
        var id = r.Required("id");
        var identity = r.Identifier<ResidentId>("identity_number", ResidentId.TryParse);
        var name = r.Required("name");
        return new Person(id, identity, new PersonName(name), r.Enum<Gender>("gender"), r.Date("birth_date"),
            r.Enum<Education>("education"), r.Enum<Occupation>("occupation"), r.Optional("home_region") ?? "", r.Optional("address") ?? "");
    }

    private static Company ParseCompany(Row r) =>
        new(r.Required("id"), r.Identifier<CreditCode>("credit_code", CreditCode.TryParse), r.Required("name"), r.Optional("registered_address") ?? "",
            r.Optional("legal_representative_id") ?? "", r.Optional("business_scope") ?? "", r.Date("registered"), r.Enum<CompanyStatus>("status"));

    private static BankAccount ParseAccount(Row r)
    {
        var number = r.Required("account_number");
        // Banks' own formats vary (digits, branch prefixes, IBAN-like); what cannot be an account is refused.
        if (number.Length > 64 || number.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)) || number.StartsWith("CASH:", StringComparison.Ordinal))
        {
            throw new RowException("account_number", RejectReason.InvalidAccount, "an account number is at most 64 characters without spaces, and CASH: names cash terminals");
        }

        BankCardNumber? card = r.Optional("card_number") is null ? null : r.Identifier<BankCardNumber>("card_number", BankCardNumber.TryParse);
        return new BankAccount(number, r.Required("bank"), r.Enum<AccountClass>("class"), r.Enum<AccountHolderKind>("holder_kind"), r.Required("holder_id"),
            r.Date("opened"), r.Enum<AccountStatus>("status"), card)
        {
            Branch = r.Optional("branch"),
            OpenedBy = r.Optional("opened_by"),
            LastActivity = r.Optional("last_activity") is null ? null : r.Date("last_activity"),
        };
    }

    private static PhoneCard ParsePhone(Row r) =>
        new(r.Identifier<MobileNumber>("number", MobileNumber.TryParse), r.Enum<MobileOperator>("operator"), r.Enum<PhoneCardKind>("kind"),
            r.Required("holder_id"), r.Date("activated"))
        {
            Outlet = r.Optional("outlet"),
            OpenedBy = r.Optional("opened_by"),
        };

    private static Device ParseDevice(Row r) =>
        new(r.Identifier<DeviceId>("device_id", DeviceId.TryParse), r.Enum<DeviceKind>("kind"), r.Optional("owner_id"));

    private static EntityLink ParseLink(Row r) =>
        new(r.Enum<EntityKind>("from_kind"), r.Required("from_id"), r.Enum<LinkKind>("kind"), r.Enum<EntityKind>("to_kind"), r.Required("to_id"),
            r.Optional("since") is null ? DateOnly.MinValue : r.Date("since"));

    /// <summary>A parse failure in one field of one row.</summary>
    private sealed class RowException(string field, RejectReason reason, string message) : Exception(message)
    {
        public string Field { get; } = field;

        public RejectReason Reason { get; } = reason;
    }

    private delegate bool TryParseId<T>(string? text, out T value, out string? error);

    /// <summary>Typed access to one row's fields, throwing <see cref="RowException"/> naming the field.</summary>
    private readonly struct Row(ReferenceCsv csv, long line, IReadOnlyList<string> fields)
    {
        public long Line { get; } = line;

        public string? Optional(string column)
        {
            var v = fields[csv.Column(column)].Trim();
            return v.Length == 0 ? null : v;
        }

        public string Required(string column) =>
            Optional(column) ?? throw new RowException(column, RejectReason.MissingValue, "a value is required");

        public DateOnly Date(string column)
        {
            var text = Required(column);
            return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                ? d
                : throw new RowException(column, RejectReason.InvalidTime, $"\"{text}\" is not a date yyyy-MM-dd");
        }

        public T Enum<T>(string column) where T : struct, System.Enum
        {
            var text = Required(column);
            return ReferenceEnums.TryParse<T>(text, out var value)
                ? value
                : throw new RowException(column, RejectReason.UnknownValue, $"\"{text}\" is not one of {string.Join(", ", ReferenceEnums.Names<T>())}");
        }

        public T Identifier<T>(string column, TryParseId<T> parse)
        {
            var text = Required(column);
            return parse(text, out var value, out var error)
                ? value
                : throw new RowException(column, RejectReason.InvalidId, error ?? "not a valid identifier");
        }
    }
}
