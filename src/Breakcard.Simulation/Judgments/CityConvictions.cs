using System.Globalization;
using Breakcard.Core.Errors;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;
using Breakcard.Core.Judgments;
using Breakcard.Core.People;
using Breakcard.Core.Truth;

namespace Breakcard.Simulation.Judgments;

/// <summary>
/// Reads the convicted aiders of a simulated city from its world folder: truth/aiders.csv (what a
/// judgment needs: role, cards, settlement, gains, prior record, dates, conviction) joined with
/// people.csv (name, gender, birth date, education, occupation). Every row that cannot be read
/// is reported with its file, line and field; nothing is dropped silently.
/// </summary>
public static class CityConvictions
{
    /// <summary>Reads the world in <paramref name="worldFolder"/>.</summary>
    /// <exception cref="InvalidInputException">A file is missing or its header lacks a column.</exception>
    public static CityConvictionsResult Read(string worldFolder)
    {
        ArgumentNullException.ThrowIfNull(worldFolder);
        var problems = new List<InputError>();
        var aidersPath = Path.Combine(worldFolder, TruthSchema.Folder, TruthSchema.AidersCsv);
        var peoplePath = Path.Combine(worldFolder, EntitySchema.PeopleCsv);
        var rows = new List<(long Line, string[] Fields)>();
        var aiders = 0;
        var a = CsvTable.Open(aidersPath, TruthSchema.AiderColumns);
        foreach (var (line, fields) in a.Rows(problems))
        {
            aiders++;
            if (fields[a["convicted"]] == "true")
            {
                rows.Add((line, fields));
            }
            else if (fields[a["convicted"]] != "false")
            {
                problems.Add(new InputError(aidersPath, line, "convicted", "expected true or false"));
            }
        }

        var wanted = rows.Select(r => r.Fields[a["person_id"]]).ToHashSet(StringComparer.Ordinal);
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        var p = CsvTable.Open(peoplePath, EntitySchema.PersonColumns);
        foreach (var (line, fields) in p.Rows(problems))
        {
            if (wanted.Contains(fields[p["id"]]) && ReadPerson(p, peoplePath, line, fields, problems) is { } person)
            {
                people[person.Id] = person;
            }
        }

        var convicted = new List<CityAider>(rows.Count);
        foreach (var (line, fields) in rows)
        {
            var id = fields[a["person_id"]];
            if (!people.TryGetValue(id, out var person))
            {
                problems.Add(new InputError(aidersPath, line, "person_id", $"no readable row for this person in {EntitySchema.PeopleCsv}"));
                continue;
            }

            if (ReadAider(a, aidersPath, line, fields, person, problems) is { } aider)
            {
                convicted.Add(aider);
            }
        }

        return new CityConvictionsResult(convicted, aiders, problems);
    }

    /// <summary>
    /// The conduct a court finds for a role of the city (docs/judgments.md definitions): sellers
    /// sold their own cards (and phone cards); dealers and bank insiders brought in other people's
    /// cards; telecom insiders other people's phone cards; mules and cash-out runners moved the
    /// money themselves; shell fronts let their company's account go; line keepers ran a SIM box
    /// with the ring's phone cards in it (labelled with the phone cards too, as the synthetic
    /// corpus labels a GOIP keeper who inserts the cards he was given).
    /// </summary>
    public static ConductKinds ConductOf(TruthRole role, int bankCards, int phoneCards) => role switch
    {
        TruthRole.Seller when bankCards == 0 && phoneCards > 0 => ConductKinds.TelecomCards,
        TruthRole.Seller => ConductKinds.OwnCards | (phoneCards > 0 ? ConductKinds.TelecomCards : ConductKinds.None),
        TruthRole.Dealer or TruthRole.Insider => ConductKinds.CardDealing | (phoneCards > 0 ? ConductKinds.TelecomCards : ConductKinds.None),
        TruthRole.SettlementMule or TruthRole.CashOut => ConductKinds.PaymentSettlement,
        TruthRole.ShellFront => ConductKinds.OwnCards,
        TruthRole.TechSupport => ConductKinds.TechnicalSupport,
        TruthRole.LineKeeper => ConductKinds.TransmissionDevices | ConductKinds.TelecomCards,
        _ => ConductKinds.PaymentSettlement,
    };

    private static Person? ReadPerson(CsvTable t, string path, long line, string[] f, List<InputError> problems)
    {
        var before = problems.Count;
        var name = f[t["name"]];
        if (string.IsNullOrWhiteSpace(name))
        {
            problems.Add(new InputError(path, line, "name", "empty"));
        }

        var gender = Enum<Gender>(t, path, line, f, "gender", problems);
        var birth = Date(t, path, line, f, "birth_date", problems);
        var education = Enum<Education>(t, path, line, f, "education", problems);
        var occupation = Enum<Occupation>(t, path, line, f, "occupation", problems);
        ResidentId.TryParse(f[t["identity_number"]], out var identity);
        return problems.Count > before
            ? null
            : new Person(f[t["id"]], identity, new PersonName(name), gender, birth!.Value, education, occupation, f[t["home_region"]], f[t["address"]]);
    }

    private static CityAider? ReadAider(CsvTable t, string path, long line, string[] f, Person person, List<InputError> problems)
    {
        var before = problems.Count;
        var role = Enum<TruthRole>(t, path, line, f, "role", problems);
        var bank = (int)Number(t, path, line, f, "bank_cards_provided", problems);
        var phone = (int)Number(t, path, line, f, "phone_cards_provided", problems);
        var settlementFen = Number(t, path, line, f, "settlement_fen", problems);
        var gainsFen = Number(t, path, line, f, "illegal_gains_fen", problems);
        var first = Date(t, path, line, f, "first_act", problems);
        var last = Date(t, path, line, f, "last_act", problems);
        int? priorYear = null;
        if (f[t["prior_conviction_year"]].Length > 0)
        {
            priorYear = (int)Number(t, path, line, f, "prior_conviction_year", problems);
        }

        if (problems.Count > before)
        {
            return null;
        }

        // Judgments state whole yuan; the truth keeps fen.
        var grounds = f[t["grounds"]].Split(TruthSchema.ListSeparator, StringSplitOptions.RemoveEmptyEntries);
        return new CityAider(person, f[t["ring_id"]], role, ConductOf(role, bank, phone), bank, phone, settlementFen / 100, gainsFen / 100,
            first!.Value, last!.Value, priorYear, grounds);
    }

    private static TEnum Enum<TEnum>(CsvTable t, string path, long line, string[] f, string column, List<InputError> problems) where TEnum : struct, System.Enum
    {
        if (EventSchema.TryParseSnake<TEnum>(f[t[column]], out var value))
        {
            return value;
        }

        problems.Add(new InputError(path, line, column, $"not a known {typeof(TEnum).Name} value"));
        return default;
    }

    private static DateOnly? Date(CsvTable t, string path, long line, string[] f, string column, List<InputError> problems)
    {
        if (DateOnly.TryParseExact(f[t[column]], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(new InputError(path, line, column, "expected a date yyyy-MM-dd"));
        return null;
    }

    private static long Number(CsvTable t, string path, long line, string[] f, string column, List<InputError> problems)
    {
        if (long.TryParse(f[t[column]], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n <= int.MaxValue * 100L)
        {
            return n;
        }

        problems.Add(new InputError(path, line, column, "expected a non-negative whole number"));
        return 0;
    }
}
