using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Breakcard.Core.Errors;
using Breakcard.Core.Events;
using Breakcard.Core.Time;
using Breakcard.EarlyWarning.Evaluation;
using Breakcard.EarlyWarning.Input;
using Breakcard.EarlyWarning.Scoring;
using Breakcard.EarlyWarning.Warnings;
using Breakcard.Ingest;
using Breakcard.Ingest.Quarantine;

namespace Breakcard.Cli.EarlyWarning;

/// <summary>What one early-warning run over a world folder produced.</summary>
/// <param name="Warnings">The warning list, in warning-time order.</param>
/// <param name="Evaluation">Against ground truth, when the world has truth/; else null.</param>
/// <param name="Holders">Holders registered.</param>
/// <param name="Accounts">Personal accounts registered.</param>
/// <param name="Events">Events applied.</param>
/// <param name="Alerts">Monitoring alerts used (null when no alerts file was found).</param>
/// <param name="Problems">Bad rows of entity and alert files, the first ones with file, line and field.</param>
/// <param name="ProblemCount">Bad rows in all.</param>
/// <param name="Quarantined">Event records quarantined by the readers.</param>
/// <param name="Elapsed">Wall time.</param>
internal sealed record WarningRunResult(
    IReadOnlyList<Warning> Warnings,
    WarningEvaluation? Evaluation,
    int Holders,
    int Accounts,
    long Events,
    int? Alerts,
    IReadOnlyList<InputError> Problems,
    long ProblemCount,
    long Quarantined,
    TimeSpan Elapsed);

/// <summary>
/// Runs early warning over a world folder: entities first, then transactions and logins merged in
/// event time, each fed to the scorer and (separately) to the truth tracker, then the list and its
/// evaluation. Used by <c>breakcard warn</c> and the demo's early-warning stage.
/// </summary>
internal static class WarningRun
{
    public static WarningRunResult Run(string folder, string? alertsPath, WarningOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var entities = WorldEntities.Read(folder);
        var problems = new List<InputError>(entities.Problems);
        var problemCount = entities.ProblemCount;
        var alerts = alertsPath is null ? null : ReadAlerts(alertsPath, problems, ref problemCount);
        var truth = WorldTruth.TryRead(folder, entities.Accounts.Select(a => (a.AccountNumber, a.HolderId)));
        var quarantine = new CountingQuarantine();
        using var reader = OpenEvents(folder, quarantine);
        EarlyWarningScorer? scorer = null;
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The period starts on the first event's day; entities are registered once it is known.
            scorer ??= Register(new EarlyWarningScorer(options, ChinaTime.DateOf(reader.Time)), entities, alerts);
            if (reader.Kind == IngestEventKind.Transaction)
            {
                var t = reader.Transaction;
                scorer.Observe(t);
                truth?.Observe(t);
            }
            else if (reader.Kind == IngestEventKind.Login)
            {
                scorer.Observe(reader.Login);
            }
        }

        var warnings = scorer?.Finish() ?? [];
        var evaluation = truth is null ? null : WarningEvaluator.Evaluate(warnings, truth.Aiders());
        problems.AddRange(quarantine.Kept);
        return new WarningRunResult(warnings, evaluation, entities.Holders.Count, entities.Accounts.Count, scorer?.Events ?? 0, alerts?.Count,
            problems, problemCount + quarantine.Count, quarantine.Count, clock.Elapsed);
    }

    /// <summary>Writes the list as JSON Lines: one warning per line, accounts masked, with the messages to send.</summary>
    public static void WriteJsonl(string path, IReadOnlyList<Warning> warnings)
    {
        using var output = new StreamWriter(path, false, new UTF8Encoding(false));
        var json = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var w in warnings)
        {
            var row = new
            {
                holder = w.HolderId,
                warned_at = w.WarnedAt.ToString(EventSchema.TimeFormat, CultureInfo.InvariantCulture),
                score_at_warning = w.ScoreAtWarning,
                score = w.Score,
                priors = w.Priors.Select(Snake),
                interventions = w.Interventions.Select(Snake),
                threshold_reached_at = w.ThresholdReachedAt?.ToString(EventSchema.TimeFormat, CultureInfo.InvariantCulture),
                threshold = w.ThresholdReason,
                signals = w.Signals.Select(s => new { kind = Snake(s.Kind), time = s.Time.ToString(EventSchema.TimeFormat, CultureInfo.InvariantCulture), account = s.AccountMasked, detail = s.Detail }),
                message_to_holder = WarningMessages.ForHolder(w),
                message_to_student = w.IsStudent ? WarningMessages.ForStudent(w) : null,
                police_referral = w.Interventions.Contains(Intervention.Police) ? WarningMessages.ForPolice(w) : null,
            };
            output.Write(JsonSerializer.Serialize(row, json));
            output.Write('\n');
        }
    }

    public static string Snake<T>(T value) where T : struct, Enum => EventSchema.Snake(value);

    private static EarlyWarningScorer Register(EarlyWarningScorer scorer, WorldEntities entities, List<MonitoringAlert>? alerts)
    {
        foreach (var h in entities.Holders)
        {
            scorer.AddHolder(h);
        }

        foreach (var a in entities.Accounts)
        {
            scorer.AddAccount(a);
        }

        foreach (var (device, owner) in entities.Devices)
        {
            scorer.AddDevice(device, owner);
        }

        foreach (var alert in alerts ?? [])
        {
            scorer.AddAlert(alert);
        }

        return scorer;
    }

    private static EventReader OpenEvents(string folder, IQuarantineSink quarantine)
    {
        var found = EventFolder.Find(folder);
        var jsonl = found.Files.FirstOrDefault(f => f.Format == InputFormat.Jsonl);
        if (jsonl.Path is not null)
        {
            return EventReaders.Open(jsonl.Path, InputFormat.Jsonl, quarantine);
        }

        // Only transactions and logins matter here; calls and SMS are not read.
        var wanted = found.Files.Where(f => f.Format is InputFormat.Transactions or InputFormat.Logins).ToList();
        if (!wanted.Any(f => f.Format == InputFormat.Transactions))
        {
            throw new InvalidInputException(new InputError(Path.Combine(folder, EventSchema.TransactionsCsv), null, null, "no such file (nor events.jsonl); early warning needs the transactions"));
        }

        var readers = new List<EventReader>();
        try
        {
            foreach (var (path, format) in wanted)
            {
                readers.Add(EventReaders.Open(path, format, quarantine));
            }
        }
        catch
        {
            readers.ForEach(r => r.Dispose());
            throw;
        }

        return readers.Count == 1 ? readers[0] : new MergedEventReader(readers);
    }

    private static List<MonitoringAlert> ReadAlerts(string path, List<InputError> problems, ref long problemCount)
    {
        var list = new List<MonitoringAlert>();
        long line = 0;
        foreach (var text in File.ReadLines(path))
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            string? problem;
            try
            {
                using var doc = JsonDocument.Parse(text);
                problem = ParseAlert(doc.RootElement, out var alert);
                if (alert is not null)
                {
                    list.Add(alert);
                }
            }
            catch (JsonException ex)
            {
                problem = $"not JSON: {ex.Message.Split(" LineNumber", 2)[0]}";
            }

            if (problem is not null)
            {
                problemCount++;
                if (problems.Count < WorldEntities.MaxProblemsKept * 2)
                {
                    problems.Add(new InputError(path, line, null, problem));
                }
            }
        }

        return list;
    }

    /// <summary>The problem with an alert line, or null; <paramref name="alert"/> is set for a valid account alert (alerts on phones and devices are not about a card).</summary>
    private static string? ParseAlert(JsonElement root, out MonitoringAlert? alert)
    {
        alert = null;
        if (root.ValueKind != JsonValueKind.Object)
        {
            return "not a JSON object";
        }

        if (!root.TryGetProperty("entity_kind", out var kind) || kind.ValueKind != JsonValueKind.String)
        {
            return "field 'entity_kind' missing";
        }

        if (!root.TryGetProperty("entity", out var entity) || entity.ValueKind != JsonValueKind.String)
        {
            return "field 'entity' missing";
        }

        if (!root.TryGetProperty("time", out var time) || time.ValueKind != JsonValueKind.String
            || !DateTimeOffset.TryParseExact(time.GetString(), EventSchema.TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
        {
            return $"field 'time' missing or not a time of the form {EventSchema.TimeFormat}";
        }

        if (!root.TryGetProperty("risk", out var risk) || risk.ValueKind != JsonValueKind.Number || !risk.TryGetInt32(out var r) || r is < 0 or > 100)
        {
            return "field 'risk' must be an integer 0 to 100";
        }

        if (kind.GetString() == "account")
        {
            var reason = root.TryGetProperty("reasons", out var reasons) && reasons.ValueKind == JsonValueKind.Array && reasons.GetArrayLength() > 0
                && reasons[0].ValueKind == JsonValueKind.Object && reasons[0].TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString()! : "";
            alert = new MonitoringAlert(entity.GetString()!, at, r, reason);
        }

        return null;
    }

    /// <summary>Counts quarantined event records and keeps the first few.</summary>
    private sealed class CountingQuarantine : IQuarantineSink
    {
        public long Count { get; private set; }

        public List<InputError> Kept { get; } = [];

        public void Add(QuarantinedRecord record)
        {
            ArgumentNullException.ThrowIfNull(record);
            Count++;
            if (Kept.Count < WorldEntities.MaxProblemsKept)
            {
                Kept.Add(record.Error);
            }
        }
    }
}
