using System.Globalization;
using System.Text;
using Breakcard.Cases.Review.Import;
using Breakcard.Core.Accounts;
using Breakcard.Core.Errors;
using Breakcard.Core.Events;
using Breakcard.Core.People;
using Breakcard.EarlyWarning.Input;

namespace Breakcard.Cli.EarlyWarning;

/// <summary>
/// Reads what early warning needs from a world folder's entity files (docs/data-format.md):
/// people.csv (birth date, occupation, education), accounts.csv (personal accounts), links.csv
/// (the phone bound to each account), phones.csv (activation dates) and devices.csv (owners).
/// A missing file or column throws with the file; a bad row is counted and the first ones kept
/// with file, line and field; nothing is dropped silently.
/// </summary>
internal sealed class WorldEntities
{
    public const int MaxProblemsKept = 20;

    public List<HolderFacts> Holders { get; } = [];

    public List<AccountFacts> Accounts { get; } = [];

    public List<(string Device, string? Owner)> Devices { get; } = [];

    public List<InputError> Problems { get; } = [];

    public long ProblemCount { get; private set; }

    public static WorldEntities Read(string folder)
    {
        var world = new WorldEntities();
        var boundPhone = new Dictionary<string, string>(StringComparer.Ordinal);
        world.Each(folder, EntitySchema.LinksCsv, ["from_kind", "from_id", "kind", "to_id"], r =>
        {
            if (r["kind"] == "account_phone")
            {
                boundPhone[Required(r, "from_id")] = Required(r, "to_id");
            }
        });
        var activated = new Dictionary<string, DateOnly>(StringComparer.Ordinal);
        world.Each(folder, EntitySchema.PhonesCsv, ["number", "activated"], r => activated[Required(r, "number")] = Date(r, "activated"));
        world.Each(folder, EntitySchema.PeopleCsv, ["id", "birth_date", "education", "occupation"], r =>
            world.Holders.Add(new HolderFacts(Required(r, "id"), Date(r, "birth_date"), Enum<Occupation>(r, "occupation"), Enum<Education>(r, "education"))));
        world.Each(folder, EntitySchema.AccountsCsv, ["account_number", "class", "holder_kind", "holder_id", "opened", "last_activity"], r =>
        {
            if (Enum<AccountHolderKind>(r, "holder_kind") != AccountHolderKind.Personal)
            {
                return;
            }

            var number = Required(r, "account_number");
            DateOnly? phone = boundPhone.TryGetValue(number, out var p) && activated.TryGetValue(p, out var d) ? d : null;
            world.Accounts.Add(new AccountFacts(number, Required(r, "holder_id"), Enum<AccountClass>(r, "class"), Date(r, "opened"),
                r["last_activity"] is null ? null : Date(r, "last_activity"), phone));
        });
        world.Each(folder, EntitySchema.DevicesCsv, ["device_id", "owner_id"], r => world.Devices.Add((Required(r, "device_id"), r["owner_id"])));
        return world;
    }

    private void Each(string folder, string file, string[] columns, Action<CsvRecord> row)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new InvalidInputException(new InputError(path, null, null, "no such file; early warning needs the world's people, accounts, links, phones and devices"));
        }

        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
        var csv = new CsvReader(reader, path, columns);
        while (csv.Next() is { } r)
        {
            try
            {
                if (csv.FieldCountProblem(r) is { } count)
                {
                    throw new InvalidInputException(count);
                }

                row(r);
            }
            catch (InvalidInputException ex)
            {
                ProblemCount++;
                if (Problems.Count < MaxProblemsKept)
                {
                    Problems.Add(ex.Error with { Source = path, Line = r.Line });
                }
            }
        }
    }

    private static string Required(CsvRecord r, string column) => r[column] ?? throw Bad(column, "is empty");

    private static DateOnly Date(CsvRecord r, string column) =>
        DateOnly.TryParseExact(Required(r, column), EventSchema.DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d : throw Bad(column, $"not a date of the form {EventSchema.DateFormat}");

    private static T Enum<T>(CsvRecord r, string column) where T : struct, Enum =>
        EventSchema.TryParseSnake<T>(Required(r, column), out var value)
            ? value : throw Bad(column, $"unknown value; expected one of {string.Join(", ", System.Enum.GetValues<T>().Select(v => EventSchema.Snake(v)))}");

    // The file and line are filled in by Each, which knows them.
    private static InvalidInputException Bad(string column, string reason) => new(new InputError("", null, column, reason));
}
