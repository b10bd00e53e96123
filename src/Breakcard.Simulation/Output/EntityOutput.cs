using Breakcard.Core.Accounts;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;
using Breakcard.Core.Links;
using Breakcard.Simulation.Events;
using Breakcard.Simulation.Internal;
using Breakcard.Simulation.Population;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Output;

/// <summary>
/// The entity files: people, companies, accounts, phones, devices and links — what a bank, an
/// operator and the market regulator would hold at the end of the period. Personas and roles are
/// not here: they are ground truth.
/// </summary>
internal static class EntityOutput
{
    public static List<WrittenFile> Write(string folder, SimWorld world, WorldText text)
    {
        return
        [
            People(folder, world),
            Companies(folder, world),
            Accounts(folder, world, text),
            Phones(folder, world),
            Devices(folder, world, text),
            Links(folder, world, text),
        ];
    }

    private static WrittenFile People(string folder, SimWorld world)
    {
        var people = world.People;
        using var w = new Utf8FileWriter(Path.Combine(folder, EntitySchema.PeopleCsv));
        CsvRows.Header(w, EntitySchema.PersonColumns);
        for (var p = 0; p < people.Count; p++)
        {
            var gender = people.Gender[p];
            var region = Regions.All[people.HomeRegion[p]].Code;
            w.WriteText(PersonTable.IdOf(p));
            w.WriteByte((byte)',');
            w.WriteText(ResidentId.Create(region, people.BirthDate[p], people.IdSequence[p], gender).Reveal());
            w.WriteByte((byte)',');
            w.WriteCsvField(Names.Next(new SeededRandom(Hashing.Mix(world.Seed, (ulong)p)), gender));
            w.WriteByte((byte)',');
            w.WriteText(Text.Of(gender));
            w.WriteByte((byte)',');
            SimCalendar.WriteDate(w, people.BirthDate[p]);
            w.WriteByte((byte)',');
            w.WriteText(Text.Of(people.Education[p]));
            w.WriteByte((byte)',');
            w.WriteText(Text.Of(people.Occupation[p]));
            w.WriteByte((byte)',');
            w.WriteText(region);
            w.WriteByte((byte)',');
            w.WriteCsvField(AddressOf(world, p));
            w.EndLine();
        }

        return Close(w, EntitySchema.PeopleCsv);
    }

    public static string AddressOf(SimWorld world, int person)
    {
        var key = world.People.Address[person];
        return key >= world.People.Count
            ? Addresses.Dormitory(key - world.People.Count, (ulong)person)
            : Addresses.Home((ulong)key, world.People.District[person]);
    }

    private static WrittenFile Companies(string folder, SimWorld world)
    {
        var companies = world.Companies;
        using var w = new Utf8FileWriter(Path.Combine(folder, EntitySchema.CompaniesCsv));
        CsvRows.Header(w, EntitySchema.CompanyColumns);
        for (var c = 0; c < companies.Count; c++)
        {
            var rep = companies.LegalRep[c];
            CsvRows.Row(w,
            [
                CompanyTable.IdOf(c),
                IdentifierFactory.CreditCodeOf(c, Regions.All[companies.District[c]].Code).Reveal(),
                companies.NameOf(c),
                companies.AddressOf(c),
                rep >= 0 ? PersonTable.IdOf(rep) : null,
                companies.ScopeOf(c),
                Date(world, companies.Registered[c]),
                Text.Of(companies.Status[c]),
            ]);
        }

        return Close(w, EntitySchema.CompaniesCsv);
    }

    private static WrittenFile Accounts(string folder, SimWorld world, WorldText text)
    {
        var accounts = world.Accounts;
        var inst = world.Institutions;
        using var w = new Utf8FileWriter(Path.Combine(folder, EntitySchema.AccountsCsv));
        CsvRows.Header(w, EntitySchema.AccountColumns);
        for (var a = 0; a < accounts.Count; a++)
        {
            var number = text.AccountNumber(a);
            var personal = accounts.HolderKind[a] == AccountHolderKind.Personal;
            CsvRows.Row(w,
            [
                number,
                BankCatalog.Banks[accounts.Bank[a]].Code,
                Text.Of(accounts.Class[a]),
                Text.Of(accounts.HolderKind[a]),
                personal ? PersonTable.IdOf(accounts.Holder[a]) : CompanyTable.IdOf(accounts.Holder[a]),
                Date(world, accounts.Opened[a]),
                Text.Of(accounts.StatusAtEnd(a, world.Calendar.Days)),
                accounts.HasCard[a] ? number : null,
                inst.BranchId(accounts.Branch[a]),
                accounts.OpenedBy[a] >= 0 ? PersonTable.IdOf(accounts.OpenedBy[a]) : null,
                accounts.LastActivity[a] == int.MinValue ? null : Date(world, accounts.LastActivity[a]),
            ]);
        }

        return Close(w, EntitySchema.AccountsCsv);
    }

    private static WrittenFile Phones(string folder, SimWorld world)
    {
        var phones = world.Phones;
        using var w = new Utf8FileWriter(Path.Combine(folder, EntitySchema.PhonesCsv));
        CsvRows.Header(w, EntitySchema.PhoneColumns);
        for (var i = 0; i < phones.Count; i++)
        {
            CsvRows.Row(w,
            [
                phones.Number[i].ToString(System.Globalization.CultureInfo.InvariantCulture),
                Text.Of(phones.Operator[i]),
                Text.Of(phones.Kind[i]),
                PersonTable.IdOf(phones.Holder[i]),
                Date(world, phones.Activated[i]),
                phones.Outlet[i] >= 0 ? world.Institutions.OutletId(phones.Outlet[i]) : null,
                phones.OpenedBy[i] >= 0 ? PersonTable.IdOf(phones.OpenedBy[i]) : null,
            ]);
        }

        return Close(w, EntitySchema.PhonesCsv);
    }

    private static WrittenFile Devices(string folder, SimWorld world, WorldText text)
    {
        var devices = world.Devices;
        using var w = new Utf8FileWriter(Path.Combine(folder, EntitySchema.DevicesCsv));
        CsvRows.Header(w, EntitySchema.DeviceColumns);
        for (var d = 0; d < devices.Count; d++)
        {
            CsvRows.Row(w, [text.DeviceId(d), Text.Of(devices.Kind[d]), devices.Owner[d] >= 0 ? PersonTable.IdOf(devices.Owner[d]) : null]);
        }

        return Close(w, EntitySchema.DevicesCsv);
    }

    private static WrittenFile Links(string folder, SimWorld world, WorldText text)
    {
        using var w = new Utf8FileWriter(Path.Combine(folder, EntitySchema.LinksCsv));
        CsvRows.Header(w, EntitySchema.LinkColumns);
        var accounts = world.Accounts;
        var phones = world.Phones;
        for (var a = 0; a < accounts.Count; a++)
        {
            var personal = accounts.HolderKind[a] == AccountHolderKind.Personal;
            var number = text.AccountNumber(a);
            var opened = Date(world, accounts.Opened[a]);
            Link(w, personal ? EntityKind.Person : EntityKind.Company, personal ? PersonTable.IdOf(accounts.Holder[a]) : CompanyTable.IdOf(accounts.Holder[a]),
                LinkKind.HoldsAccount, EntityKind.Account, number, opened);
            if (accounts.BoundPhone[a] >= 0)
            {
                Link(w, EntityKind.Account, number, LinkKind.AccountPhone, EntityKind.Phone, Phone(world, accounts.BoundPhone[a]), opened);
            }
        }

        for (var i = 0; i < phones.Count; i++)
        {
            var activated = Date(world, phones.Activated[i]);
            Link(w, EntityKind.Person, PersonTable.IdOf(phones.Holder[i]), LinkKind.HoldsPhone, EntityKind.Phone, Phone(world, i), activated);
            if (phones.Device[i] >= 0)
            {
                Link(w, EntityKind.Phone, Phone(world, i), LinkKind.PhoneInDevice, EntityKind.Device, text.DeviceId(phones.Device[i]), activated);
            }
        }

        for (var d = 0; d < world.Devices.Count; d++)
        {
            if (world.Devices.Owner[d] >= 0)
            {
                Link(w, EntityKind.Person, PersonTable.IdOf(world.Devices.Owner[d]), LinkKind.OwnsDevice, EntityKind.Device, text.DeviceId(d), null);
            }
        }

        var companies = world.Companies;
        for (var c = 0; c < companies.Count; c++)
        {
            var registered = Date(world, companies.Registered[c]);
            if (companies.LegalRep[c] >= 0)
            {
                Link(w, EntityKind.Person, PersonTable.IdOf(companies.LegalRep[c]), LinkKind.LegalRepresentative, EntityKind.Company, CompanyTable.IdOf(c), registered);
            }

            if (companies.Agent[c] >= 0)
            {
                Link(w, EntityKind.Person, PersonTable.IdOf(companies.Agent[c]), LinkKind.RegistrationAgent, EntityKind.Company, CompanyTable.IdOf(c), registered);
            }

            Link(w, EntityKind.Company, CompanyTable.IdOf(c), LinkKind.LocatedAt, EntityKind.Address, companies.AddressOf(c), registered);
        }

        return Close(w, EntitySchema.LinksCsv);
    }

    private static void Link(Utf8FileWriter w, EntityKind fromKind, string fromId, LinkKind kind, EntityKind toKind, string toId, string? since) =>
        CsvRows.Row(w, [Text.Of(fromKind), fromId, Text.Of(kind), Text.Of(toKind), toId, since]);

    private static string Phone(SimWorld world, int phone) => world.Phones.Number[phone].ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The date of a relative day as text.</summary>
    public static string Date(SimWorld world, int relativeDay) => world.Calendar.DateText(relativeDay);

    public static WrittenFile Close(Utf8FileWriter w, string name)
    {
        var bytes = w.BytesWritten;
        var rows = w.Lines;
        return new WrittenFile(name, bytes, rows, w.Finish());
    }
}
