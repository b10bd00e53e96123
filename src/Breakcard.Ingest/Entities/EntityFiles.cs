using System.Globalization;
using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;
using Breakcard.Core.Links;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.Ingest.Internal;
using Breakcard.Ingest.Quarantine;
using Breakcard.Ingest.Tables;

namespace Breakcard.Ingest.Entities;

/// <summary>
/// Reads the entity files of a world folder (people, companies, accounts, phones, devices, links —
/// docs/data-format.md, <see cref="EntitySchema"/>): every file present is opened and validated
/// before any row is handed out (so a damaged file stops the run with nothing applied), then each
/// row is checked field by field — identifiers with their check digits, enumerations, dates — and
/// either handed to the target or quarantined with file, line, field and reason. Missing files are
/// allowed (an institution holds only some of them); the counts say which were read.
/// </summary>
public static class EntityFiles
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>The entity files of <paramref name="folder"/> that exist, in the order they are read.</summary>
    public static IReadOnlyList<string> Present(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return new[] { EntitySchema.PeopleCsv, EntitySchema.CompaniesCsv, EntitySchema.AccountsCsv, EntitySchema.PhonesCsv, EntitySchema.DevicesCsv, EntitySchema.LinksCsv }
            .Where(f => File.Exists(Path.Combine(folder, f))).ToList();
    }

    /// <summary>Reads every entity file of <paramref name="folder"/> into <paramref name="target"/>.</summary>
    /// <exception cref="Core.Errors.InvalidInputException">A file is not what it claims (see <see cref="SchemaCsvFile.Open"/>).</exception>
    public static IReadOnlyList<EntityFileCounts> Read(string folder, IEntityTarget target, IQuarantineSink quarantine)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(quarantine);
        var files = new List<(string Name, SchemaCsvFile File)>();
        try
        {
            foreach (var name in Present(folder))
            {
                files.Add((name, SchemaCsvFile.Open(Path.Combine(folder, name), ColumnsOf(name), quarantine)));
            }

            var counts = new List<EntityFileCounts>();
            foreach (var (name, file) in files)
            {
                long accepted = 0;
                while (file.Read())
                {
                    if (ReadRow(name, file, target))
                    {
                        accepted++;
                    }
                }

                counts.Add(new EntityFileCounts(name, accepted + file.Quarantined, accepted, file.Quarantined));
            }

            return counts;
        }
        finally
        {
            files.ForEach(f => f.File.Dispose());
        }
    }

    private static string[] ColumnsOf(string name) => name switch
    {
        EntitySchema.PeopleCsv => EntitySchema.PersonColumns,
        EntitySchema.CompaniesCsv => EntitySchema.CompanyColumns,
        EntitySchema.AccountsCsv => EntitySchema.AccountColumns,
        EntitySchema.PhonesCsv => EntitySchema.PhoneColumns,
        EntitySchema.DevicesCsv => EntitySchema.DeviceColumns,
        _ => EntitySchema.LinkColumns,
    };

    private static bool ReadRow(string name, SchemaCsvFile f, IEntityTarget target)
    {
        var row = new Row(f);
        switch (name)
        {
            case EntitySchema.PeopleCsv:
                if (row.Key("id", out var id) && row.Identifier("identity_number", ResidentId.TryParse, out ResidentId identity)
                    && row.Required("name", out var personName) && row.Enum("gender", out Gender gender) && row.Date("birth_date", out var birth)
                    && row.Enum("education", out Education education) && row.Enum("occupation", out Occupation occupation))
                {
                    target.Add(new Person(id, identity, new PersonName(personName), gender, birth, education, occupation, f.Text("home_region"), f.Text("address")));
                    return true;
                }

                return false;
            case EntitySchema.CompaniesCsv:
                if (row.Key("id", out var companyId) && row.Identifier("credit_code", CreditCode.TryParse, out CreditCode code)
                    && row.Date("registered", out var registered) && row.Enum("status", out CompanyStatus status))
                {
                    target.Add(new Company(companyId, code, f.Text("name"), f.Text("registered_address"), f.Text("legal_representative_id"),
                        f.Text("business_scope"), registered, status));
                    return true;
                }

                return false;
            case EntitySchema.AccountsCsv:
                if (row.Account("account_number", out var number) && row.Required("bank", out var bank) && row.Enum("class", out AccountClass cls)
                    && row.Enum("holder_kind", out AccountHolderKind holderKind) && row.OptionalKey("holder_id", out var accountHolder) && row.Date("opened", out var opened)
                    && row.Enum("status", out AccountStatus accountStatus) && row.OptionalIdentifier("card_number", BankCardNumber.TryParse, out BankCardNumber? card)
                    && row.OptionalDate("last_activity", out var last))
                {
                    target.Add(new BankAccount(number, bank, cls, holderKind, accountHolder, opened, accountStatus, card)
                    {
                        Branch = NullIfEmpty(f.Text("branch")),
                        OpenedBy = NullIfEmpty(f.Text("opened_by")),
                        LastActivity = last,
                    });
                    return true;
                }

                return false;
            case EntitySchema.PhonesCsv:
                if (row.Identifier("number", MobileNumber.TryParse, out MobileNumber mobile) && row.Enum("operator", out MobileOperator op)
                    && row.Enum("kind", out PhoneCardKind phoneKind) && row.Date("activated", out var activated)
                    && row.OptionalKey("holder_id", out var phoneHolder))
                {
                    target.Add(new PhoneCard(mobile, op, phoneKind, phoneHolder, activated)
                    {
                        Outlet = NullIfEmpty(f.Text("outlet")),
                        OpenedBy = NullIfEmpty(f.Text("opened_by")),
                    });
                    return true;
                }

                return false;
            case EntitySchema.DevicesCsv:
                if (row.Identifier("device_id", DeviceId.TryParse, out DeviceId device) && row.Enum("kind", out DeviceKind deviceKind)
                    && row.OptionalKey("owner_id", out var owner))
                {
                    target.Add(new Device(device, deviceKind, NullIfEmpty(owner)));
                    return true;
                }

                return false;
            default:
                if (row.Enum("from_kind", out EntityKind fromKind) && row.Key("from_id", out var fromId) && row.Enum("kind", out LinkKind linkKind)
                    && row.Enum("to_kind", out EntityKind toKind) && row.Key("to_id", out var toId) && row.OptionalDate("since", out var since))
                {
                    target.Add(new EntityLink(fromKind, fromId, linkKind, toKind, toId, since ?? DateOnly.MinValue));
                    return true;
                }

                return false;
        }
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;

    private delegate bool TryParser<T>(string? text, out T value, out string? error);

    /// <summary>Field checks on the current row; each quarantines the row on failure.</summary>
    private readonly ref struct Row(SchemaCsvFile file)
    {
        private readonly SchemaCsvFile _file = file;

        public bool Required(string column, out string value)
        {
            value = _file.Text(column);
            return value.Length > 0 || Fail(column, RejectReason.MissingValue, "empty");
        }

        // Ids name entities in alerts and cases and are compared exactly, so they follow the event
        // ids' rule: a control character would also collide with the cluster's deferred names (ADR 0358).
        public bool Key(string column, out string value)
            => OptionalKey(column, out value) && (value.Length > 0 || Fail(column, RejectReason.MissingValue, "empty"));

        public bool OptionalKey(string column, out string value)
        {
            value = _file.Text(column);
            if (value.Length == 0)
            {
                return true;
            }

            var problem = TextRules.CheckKey(value, column);
            return problem is null || Fail(column, RejectReason.InvalidId, problem);
        }

        public bool Enum<T>(string column, out T value)
            where T : struct, Enum
        {
            var text = _file.Field(_file.Column(column));
            if (text.IsEmpty)
            {
                value = default;
                return Fail(column, RejectReason.MissingValue, "empty");
            }

            return EventSchema.TryParseSnake(text, out value)
                || Fail(column, RejectReason.UnknownValue, $"\"{Shorten(text)}\" is not one of {string.Join(", ", System.Enum.GetValues<T>().Select(v => EventSchema.Snake(v)))}");
        }

        public bool Date(string column, out DateOnly value)
        {
            var text = _file.Field(_file.Column(column));
            if (text.IsEmpty)
            {
                value = default;
                return Fail(column, RejectReason.MissingValue, "empty");
            }

            return DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out value)
                || Fail(column, RejectReason.InvalidTime, $"\"{Shorten(text)}\" is not a date yyyy-MM-dd");
        }

        public bool OptionalDate(string column, out DateOnly? value)
        {
            value = null;
            var text = _file.Field(_file.Column(column));
            if (text.IsEmpty)
            {
                return true;
            }

            if (!DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return Fail(column, RejectReason.InvalidTime, $"\"{Shorten(text)}\" is not a date yyyy-MM-dd");
            }

            value = date;
            return true;
        }

        public bool Account(string column, out string value)
        {
            value = _file.Text(column);
            if (value.Length == 0)
            {
                return Fail(column, RejectReason.MissingValue, "empty");
            }

            // Card-form numbers carry a Luhn digit (checked by BankCardNumber); corporate account
            // numbers do not, so only the character set and length are checked here.
            return (value.Length is >= 8 and <= 34 && value.All(char.IsAsciiLetterOrDigit)) || CashPoints.IsCash(value)
                || Fail(column, RejectReason.InvalidAccount, "not an account number (8 to 34 letters or digits)");
        }

        public bool Identifier<T>(string column, TryParser<T> parse, out T value)
        {
            var text = _file.Text(column);
            if (text.Length == 0)
            {
                value = default!;
                return Fail(column, RejectReason.MissingValue, "empty");
            }

            // The error text of an identifier parser names what is wrong without echoing the value.
            return parse(text, out value, out var error) || Fail(column, RejectReason.InvalidId, error ?? "invalid");
        }

        public bool OptionalIdentifier<T>(string column, TryParser<T> parse, out T? value)
            where T : struct
        {
            value = null;
            var text = _file.Text(column);
            if (text.Length == 0)
            {
                return true;
            }

            if (!parse(text, out var parsed, out var error))
            {
                return Fail(column, RejectReason.InvalidId, error ?? "invalid");
            }

            value = parsed;
            return true;
        }

        private bool Fail(string column, RejectReason reason, string detail)
        {
            _file.Reject(column, reason, detail);
            return false;
        }

        private static string Shorten(ReadOnlySpan<char> text) => text.Length <= 40 ? text.ToString() : string.Concat(text[..40], "…");
    }
}
