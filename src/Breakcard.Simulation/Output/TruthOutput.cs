using System.Globalization;
using Breakcard.Core.Accounts;
using Breakcard.Core.Events;
using Breakcard.Core.Time;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Crime;
using Breakcard.Simulation.Population;
using Breakcard.Simulation.Truth;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Output;

/// <summary>
/// The ground-truth entity files, written when the period has ended (first illicit times are
/// only known then): one row for every person, account, phone, device and company — normal
/// ones with their persona — plus rings.csv and aiders.csv (what a judgment needs).
/// </summary>
internal sealed class TruthOutput(SimWorld world, TruthBook truth, List<Ring> rings, WorldText text)
{
    private readonly DateTimeOffset _start = ChinaTime.StartOf(world.Calendar.Start);

    public List<WrittenFile> Write(string folder)
    {
        var dir = Path.Combine(folder, TruthSchema.Folder);
        Directory.CreateDirectory(dir);
        PropagateToPersons();
        return
        [
            Persons(dir),
            Accounts(dir),
            Phones(dir),
            Devices(dir),
            Companies(dir),
            Rings(dir),
            Aiders(dir),
        ];
    }

    /// <summary>A person's first illicit time is the earliest over them, their accounts and their phones.</summary>
    private void PropagateToPersons()
    {
        foreach (var (account, t) in truth.Accounts)
        {
            if (world.Accounts.HolderKind[account] == AccountHolderKind.Personal && truth.Persons.TryGetValue(world.Accounts.Holder[account], out var person))
            {
                person.Touch(t.FirstIllicit);
            }
        }

        foreach (var (phone, t) in truth.Phones)
        {
            if (truth.Persons.TryGetValue(world.Phones.Holder[phone], out var person) && t.Role == person.Role)
            {
                person.Touch(t.FirstIllicit);
            }
        }
    }

    private WrittenFile Persons(string dir)
    {
        using var w = Open(dir, TruthSchema.PersonsCsv, TruthSchema.PersonColumns);
        for (var p = 0; p < world.People.Count; p++)
        {
            truth.Persons.TryGetValue(p, out var t);
            var prior = world.People.PriorConvictionYear[p];
            CsvRows.Row(w,
            [
                PersonTable.IdOf(p), Text.Of(world.People.Persona[p]), .. Common(t),
                t is null || t.Recruitment == RecruitmentChannel.None ? null : Text.Of(t.Recruitment),
                prior > 0 ? prior.ToString(CultureInfo.InvariantCulture) : null,
                Time(t?.FirstIllicit),
            ]);
        }

        return EntityOutput.Close(w, Name(TruthSchema.PersonsCsv));
    }

    private WrittenFile Accounts(string dir)
    {
        using var w = Open(dir, TruthSchema.AccountsCsv, TruthSchema.AccountColumns);
        var accounts = world.Accounts;
        for (var a = 0; a < accounts.Count; a++)
        {
            truth.Accounts.TryGetValue(a, out var t);
            var holder = accounts.HolderKind[a] == AccountHolderKind.Personal ? PersonTable.IdOf(accounts.Holder[a]) : CompanyTable.IdOf(accounts.Holder[a]);
            CsvRows.Row(w,
            [
                text.AccountNumber(a), holder, Text.Of(accounts.Persona[a]), .. Common(t),
                t?.Source, Time(t?.SoldAt), Time(t?.FirstIllicit),
            ]);
        }

        return EntityOutput.Close(w, Name(TruthSchema.AccountsCsv));
    }

    private WrittenFile Phones(string dir)
    {
        using var w = Open(dir, TruthSchema.PhonesCsv, TruthSchema.PhoneColumns);
        for (var i = 0; i < world.Phones.Count; i++)
        {
            truth.Phones.TryGetValue(i, out var t);
            CsvRows.Row(w,
            [
                world.Phones.Number[i].ToString(CultureInfo.InvariantCulture), PersonTable.IdOf(world.Phones.Holder[i]), .. Common(t), Time(t?.FirstIllicit),
            ]);
        }

        return EntityOutput.Close(w, Name(TruthSchema.PhonesCsv));
    }

    private WrittenFile Devices(string dir)
    {
        using var w = Open(dir, TruthSchema.DevicesCsv, TruthSchema.DeviceColumns);
        for (var d = 0; d < world.Devices.Count; d++)
        {
            truth.Devices.TryGetValue(d, out var t);
            var owner = world.Devices.Owner[d];
            CsvRows.Row(w, [text.DeviceId(d), owner >= 0 ? PersonTable.IdOf(owner) : null, .. Common(t), Time(t?.FirstIllicit)]);
        }

        return EntityOutput.Close(w, Name(TruthSchema.DevicesCsv));
    }

    private WrittenFile Companies(string dir)
    {
        using var w = Open(dir, TruthSchema.CompaniesCsv, TruthSchema.CompanyColumns);
        for (var c = 0; c < world.Companies.Count; c++)
        {
            truth.Companies.TryGetValue(c, out var t);
            var account = world.Companies.Account[c];
            var persona = account >= 0 ? world.Accounts.Persona[account] : Persona.Ordinary;
            CsvRows.Row(w, [CompanyTable.IdOf(c), Text.Of(persona), .. Common(t)]);
        }

        return EntityOutput.Close(w, Name(TruthSchema.CompaniesCsv));
    }

    private WrittenFile Rings(string dir)
    {
        using var w = Open(dir, TruthSchema.RingsCsv, TruthSchema.RingColumns);
        foreach (var ring in rings)
        {
            var victims = truth.Persons.Values.Count(t => t.Ring == ring.Id && t.Role == TruthRole.Victim);
            var members = truth.Aiders.Values.Count(t => t.Ring == ring.Id);
            var components = Enum.GetValues<RingComponents>().Where(c => c != RingComponents.None && (ring.Components & c) != 0).Select(c => Text.Of(c));
            CsvRows.Row(w,
            [
                RingId(ring.Id), Text.Of(ring.Scheme), DateOf(ring.Start), DateOf(ring.End - 1),
                Number(victims), Number(ring.VictimLossFen), Number(members), Number(ring.Cards.Count), Number(ring.Sims.Count),
                string.Join(TruthSchema.ListSeparator, components),
            ]);
        }

        return EntityOutput.Close(w, Name(TruthSchema.RingsCsv));
    }

    private WrittenFile Aiders(string dir)
    {
        using var w = Open(dir, TruthSchema.AidersCsv, TruthSchema.AiderColumns);
        foreach (var (person, tally) in truth.Aiders.OrderBy(kv => kv.Key))
        {
            var recruitment = truth.Persons[person].Recruitment;
            var prior = world.People.PriorConvictionYear[person];
            var grounds = Convictions.Grounds(tally);
            CsvRows.Row(w,
            [
                PersonTable.IdOf(person), RingId(tally.Ring), Text.Of(tally.Role), Text.Of(Convictions.ConductOf(world, person, tally)),
                Text.Of(tally.Typology), recruitment == RecruitmentChannel.None ? null : Text.Of(recruitment),
                Number(tally.BankCards), Number(tally.PhoneCards), Number(tally.SettlementFen), Number(tally.GainsFen),
                prior > 0 ? "true" : "false", prior > 0 ? Number(prior) : null,
                tally.FirstAct == long.MaxValue ? null : DateOf(tally.FirstAct), tally.LastAct == long.MinValue ? null : DateOf(tally.LastAct),
                grounds.Count > 0 ? "true" : "false", string.Join(TruthSchema.ListSeparator, grounds),
            ]);
        }

        return EntityOutput.Close(w, Name(TruthSchema.AidersCsv));
    }

    /// <summary>role, typologies, ring_id — "normal", empty, empty for entities outside every ring.</summary>
    private static string?[] Common(EntityTruth? t)
    {
        if (t is null)
        {
            return [Text.Of(TruthRole.Normal), null, null];
        }

        var typologies = Enum.GetValues<Typology>().Where(t.Has).Select(EventSchema.Snake);
        return [Text.Of(t.Role), string.Join(TruthSchema.ListSeparator, typologies), RingId(t.Ring)];
    }

    public static string RingId(int ring) => "R" + (ring + 1).ToString("D4", CultureInfo.InvariantCulture);

    private string? Time(long? second) => second is null or long.MaxValue ? null
        : _start.AddSeconds(second.Value).ToString(EventSchema.TimeFormat, CultureInfo.InvariantCulture);

    private string DateOf(long second) => world.Calendar.DateOf((int)Math.Floor(second / (double)Events.SimCalendar.SecondsPerDay))
        .ToString(EventSchema.DateFormat, CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Name(string file) => TruthSchema.Folder + "/" + file;

    private static Utf8FileWriter Open(string dir, string file, string[] columns)
    {
        var w = new Utf8FileWriter(Path.Combine(dir, file));
        CsvRows.Header(w, columns);
        return w;
    }
}
