using System.Globalization;
using Breakcard.Core.Truth;
using Breakcard.Detection.Evaluation;
using Breakcard.Detection.Scoring;
using Breakcard.Ingest;
using Breakcard.Ingest.Quarantine;
using Breakcard.Ingest.Tables;

namespace Breakcard.Cli.Commands.Monitor;

/// <summary>
/// Reads a world's ground truth (truth/accounts.csv, truth/phones.csv and, for the personas of
/// phone holders, truth/persons.csv) as the evaluator needs it. For a world exported in AMLSim
/// format, <c>account_map.csv</c> turns Breakcard's account numbers into the AMLSim account ids the
/// events use. Rows that do not validate are quarantined like any input.
/// </summary>
internal static class TruthLoader
{
    public const string AccountMapCsv = "account_map.csv";

    /// <summary>Loads the truth in <paramref name="truthFolder"/>; <paramref name="accountMap"/> is an AMLSim account_map.csv or null.</summary>
    public static List<TruthEntity> Load(string truthFolder, string? accountMap, IQuarantineSink quarantine)
    {
        var map = accountMap is null ? null : ReadAccountMap(accountMap, quarantine);
        var personas = new Dictionary<string, string>(StringComparer.Ordinal);
        var personsPath = Path.Combine(truthFolder, TruthSchema.PersonsCsv);
        if (File.Exists(personsPath))
        {
            using var persons = SchemaCsvFile.Open(personsPath, ["person_id", "persona"], quarantine);
            int id = persons.Column("person_id"), persona = persons.Column("persona");
            while (persons.Read())
            {
                personas[persons.Field(id).ToString()] = persons.Field(persona).ToString();
            }
        }

        var list = new List<TruthEntity>();
        Read(Path.Combine(truthFolder, TruthSchema.AccountsCsv), ScoredKind.Account, "account_number", quarantine, list, personas, map);
        Read(Path.Combine(truthFolder, TruthSchema.PhonesCsv), ScoredKind.Phone, "number", quarantine, list, personas, null);
        return list;
    }

    private static void Read(string path, ScoredKind kind, string idColumn, IQuarantineSink quarantine, List<TruthEntity> into,
        Dictionary<string, string> personas, Dictionary<string, string>? map)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using var file = SchemaCsvFile.Open(path, [idColumn, "holder_id", "role", "typologies", "first_illicit_at"], quarantine);
        int idCol = file.Column(idColumn), holderCol = file.Column("holder_id"), roleCol = file.Column("role"), typCol = file.Column("typologies"),
            firstCol = file.Column("first_illicit_at"), personaCol = file.Column("persona");
        while (file.Read())
        {
            var id = file.Field(idCol).ToString();
            if (id.Length == 0)
            {
                file.Reject(idColumn, RejectReason.MissingValue, "empty");
                continue;
            }

            var roleText = file.Field(roleCol);
            if (!Core.Events.EventSchema.TryParseSnake(roleText, out TruthRole role))
            {
                file.Reject("role", RejectReason.UnknownValue, $"\"{roleText}\" is not a truth role");
                continue;
            }

            DateTimeOffset? first = null;
            var firstText = file.Field(firstCol);
            if (!firstText.IsEmpty)
            {
                if (!DateTimeOffset.TryParse(firstText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var t))
                {
                    file.Reject("first_illicit_at", RejectReason.InvalidTime, "not an ISO 8601 time with offset");
                    continue;
                }

                first = t;
            }

            if (map is not null)
            {
                if (!map.TryGetValue(id, out var mapped))
                {
                    continue; // an account AMLSim's files do not carry (none in a complete export)
                }

                id = mapped;
            }

            var roleName = Core.Events.EventSchema.Snake(role);
            var typologies = file.Field(typCol).ToString().Split(TruthSchema.ListSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var persona = personaCol >= 0 ? file.Field(personaCol).ToString() : personas.GetValueOrDefault(file.Field(holderCol).ToString(), "unknown");
            into.Add(new TruthEntity(kind, id, TruthEntity.ClassOf(kind, roleName), typologies, roleName, persona.Length == 0 ? "unknown" : persona, first));
        }
    }

    private static Dictionary<string, string> ReadAccountMap(string path, IQuarantineSink quarantine)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        using var file = SchemaCsvFile.Open(path, ["acct_id", "account_number"], quarantine);
        int acct = file.Column("acct_id"), number = file.Column("account_number");
        while (file.Read())
        {
            map[file.Field(number).ToString()] = file.Field(acct).ToString();
        }

        return map;
    }
}
