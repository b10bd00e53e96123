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
internal sealed class TruthOutput(Internal.BuiltWorld built, WorldText text)
{
    private readonly SimWorld _world = built.World;
    private readonly TruthBook _truth = built.Truth;
    private readonly List<Ring> _rings = built.Rings;
    private readonly DateTimeOffset _start = ChinaTime.StartOf(built.World.Calendar.Start);

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
        foreach (var (account, t) in _truth.Accounts)
        {
            if (_world.Accounts.HolderKind[account] == AccountHolderKind.Personal && _truth.Persons.TryGetValue(_world.Accounts.Holder[account], out var person))
            {
                person.Touch(t.FirstIllicit);
            }
        }

        foreach (var (phone, t) in _truth.Phones)
        {
            if (_truth.Persons.TryGetValue(_world.Phones.Holder[phone], out var person) && t.Role == person.Role)
            {
                person.Touch(t.FirstIllicit);
            }
        }
    }

    private WrittenFile Persons(string dir)
    {
        using var w = Open(dir, TruthSchema.PersonsCsv, TruthSchema.PersonColumns);
        for (var p = 0; p < _world.People.Count; p++)
        {
            _truth.Persons.TryGetValue(p, out var t);
            var prior = _world.People.PriorConvictionYear[p];
            CsvRows.Row(w,
            [
                PersonTable.IdOf(p), Text.Of(_world.People.Persona[p]), .. Common(t),
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
        var accounts = _world.Accounts;
        for (var a = 0; a < accounts.Count; a++)
        {
            _truth.Accounts.TryGetValue(a, out var t);
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
        for (var i = 0; i < _world.Phones.Count; i++)
        {
            _truth.Phones.TryGetValue(i, out var t);
            CsvRows.Row(w,
            [
                _world.Phones.Number[i].ToString(CultureInfo.InvariantCulture), PersonTable.IdOf(_world.Phones.Holder[i]), .. Common(t), Time(t?.FirstIllicit),
            ]);
        }

        return EntityOutput.Close(w, Name(TruthSchema.PhonesCsv));
    }

    private WrittenFile Devices(string dir)
    {
        using var w = Open(dir, TruthSchema.DevicesCsv, TruthSchema.DeviceColumns);
        for (var d = 0; d < _world.Devices.Count; d++)
        {
            _truth.Devices.TryGetValue(d, out var t);
            var owner = _world.Devices.Owner[d];
            CsvRows.Row(w, [text.DeviceId(d), owner >= 0 ? PersonTable.IdOf(owner) : null, .. Common(t), Time(t?.FirstIllicit)]);
        }

        return EntityOutput.Close(w, Name(TruthSchema.DevicesCsv));
    }

    private WrittenFile Companies(string dir)
    {
        using var w = Open(dir, TruthSchema.CompaniesCsv, TruthSchema.CompanyColumns);
        for (var c = 0; c < _world.Companies.Count; c++)
        {
            _truth.Companies.TryGetValue(c, out var t);
            var account = _world.Companies.Account[c];
            var persona = account >= 0 ? _world.Accounts.Persona[account] : Persona.Ordinary;
            CsvRows.Row(w, [CompanyTable.IdOf(c), Text.Of(persona), .. Common(t)]);
        }

        return EntityOutput.Close(w, Name(TruthSchema.CompaniesCsv));
    }

    private WrittenFile Rings(string dir)
    {
        using var w = Open(dir, TruthSchema.RingsCsv, TruthSchema.RingColumns);
        foreach (var (ring, summary) in _rings.Zip(Internal.Summaries.RingsOf(built)))
        {
            CsvRows.Row(w,
            [
                summary.Id, summary.Scheme, DateOf(ring.Start), DateOf(ring.End - 1), Number(summary.Victims), Number(summary.VictimLossFen),
                Number(summary.Aiders), Number(summary.Accounts), Number(ring.Sims.Count), string.Join(TruthSchema.ListSeparator, summary.Components),
            ]);
        }

        return EntityOutput.Close(w, Name(TruthSchema.RingsCsv));
    }

    private WrittenFile Aiders(string dir)
    {
        using var w = Open(dir, TruthSchema.AidersCsv, TruthSchema.AiderColumns);
        foreach (var (person, tally) in _truth.Aiders.OrderBy(kv => kv.Key))
        {
            var recruitment = _truth.Persons[person].Recruitment;
            var prior = _world.People.PriorConvictionYear[person];
            var grounds = Convictions.Grounds(tally);
            CsvRows.Row(w,
            [
                PersonTable.IdOf(person), RingId(tally.Ring), Text.Of(tally.Role), Text.Of(Convictions.ConductOf(_world, person, tally)),
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

    private string DateOf(long second) => _world.Calendar.DateOf((int)Math.Floor(second / (double)Events.SimCalendar.SecondsPerDay))
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
