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
/// events use, and phone numbers are left out (AMLSim has no calls or SMS). Rows that do not validate are quarantined like any input.
/// </summary>
internal static class TruthLoader
{
    public const string AccountMapCsv = "account_map.csv";

    /// <summary>AMLSim's alert file beside the account map: one row per SAR transaction with its pattern.</summary>
    public const string AlertsCsv = "alerts.csv";

    /// <summary>Prefix of the AMLSim pattern names added to a positive account's typologies (amlsim:fan_in, …).</summary>
    public const string AmlSimPatternPrefix = "amlsim:";

    /// <summary>Loads the truth in <paramref name="truthFolder"/>; <paramref name="accountMap"/> is an AMLSim account_map.csv or null.</summary>
    public static List<TruthEntity> Load(string truthFolder, string? accountMap, IQuarantineSink quarantine)
    {
        var map = accountMap is null ? null : ReadAccountMap(accountMap, quarantine);
        var patterns = accountMap is null ? null : ReadPatterns(Path.Combine(Path.GetDirectoryName(accountMap)!, AlertsCsv), quarantine);
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
        if (patterns is not null)
        {
            // An AMLSim export also reports recall per AMLSim pattern (fan-in, cycle, …) of the
            // alerts each positive account's transactions belong to.
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i].Positive && patterns.TryGetValue(list[i].Id, out var names))
                {
                    list[i] = list[i] with { Typologies = [.. list[i].Typologies, .. names.Order(StringComparer.Ordinal).Select(n => AmlSimPatternPrefix + n)] };
                }
            }
        }

        if (map is null)
        {
            // An AMLSim export carries transactions only: its numbers can be neither found nor missed.
            Read(Path.Combine(truthFolder, TruthSchema.PhonesCsv), ScoredKind.Phone, "number", quarantine, list, personas, null);
        }
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

    /// <summary>The AMLSim patterns (alert_type) each account's SAR transactions belong to; null when there is no alerts.csv.</summary>
    private static Dictionary<string, HashSet<string>>? ReadPatterns(string path, IQuarantineSink quarantine)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var patterns = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        using var file = SchemaCsvFile.Open(path, ["alert_type", "orig_acct", "bene_acct"], quarantine);
        int type = file.Column("alert_type"), orig = file.Column("orig_acct"), bene = file.Column("bene_acct");
        while (file.Read())
        {
            var name = file.Field(type).ToString();
            if (name.Length == 0)
            {
                file.Reject("alert_type", RejectReason.MissingValue, "empty");
                continue;
            }

            foreach (var side in new[] { orig, bene })
            {
                var id = file.Field(side).ToString();
                if (id is not ("" or "-1"))
                {
                    (patterns.TryGetValue(id, out var set) ? set : patterns[id] = new HashSet<string>(StringComparer.Ordinal)).Add(name);
                }
            }
        }

        return patterns;
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
