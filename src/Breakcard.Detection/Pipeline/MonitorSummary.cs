using System.Text.Json;
using System.Text.Json.Serialization;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Engine;
using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Pipeline;

/// <summary>What a monitoring run did, written to <c>summary.json</c>.</summary>
public sealed record MonitorSummary
{
    private static readonly JsonSerializerOptions Json = new(MonitorSession.LineJson) { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>Scoring model.</summary>
    [JsonPropertyName("model")]
    public required string Model { get; init; }

    /// <summary>Fingerprint of the options and model (checkpoints only resume under the same one).</summary>
    [JsonPropertyName("settings_fingerprint")]
    public required string SettingsFingerprint { get; init; }

    /// <summary>What happened to the events.</summary>
    [JsonPropertyName("events")]
    public required EngineCounters Events { get; init; }

    /// <summary>Input records rejected before the engine (for example a non-positive amount).</summary>
    [JsonPropertyName("invalid_events")]
    public required long InvalidEvents { get; init; }

    /// <summary>Accounts scored.</summary>
    [JsonPropertyName("accounts")]
    public required int Accounts { get; init; }

    /// <summary>Phone numbers scored.</summary>
    [JsonPropertyName("phones")]
    public required int Phones { get; init; }

    /// <summary>Accounts with at least one alert.</summary>
    [JsonPropertyName("accounts_alerted")]
    public required int AccountsAlerted { get; init; }

    /// <summary>Numbers with at least one alert.</summary>
    [JsonPropertyName("phones_alerted")]
    public required int PhonesAlerted { get; init; }

    /// <summary>Alerts in each control band (index 0 = band 1, re-verify).</summary>
    [JsonPropertyName("alerts_by_band")]
    public required int[] AlertsByBand { get; init; }

    /// <summary>Alerts per reason code (the code's share in all alerts).</summary>
    [JsonPropertyName("alerts_by_reason")]
    public required SortedDictionary<string, int> AlertsByReason { get; init; }

    /// <summary>Builds the summary of a finished run.</summary>
    public static MonitorSummary From(MonitoringEngine engine, IReadOnlyList<Alert> alerts, IReadOnlyList<EntityScore> scores, long invalid)
    {
        ArgumentNullException.ThrowIfNull(engine);
        return From(engine.Model.Name, engine.Fingerprint, engine.Counters, alerts, scores, invalid);
    }

    /// <summary>
    /// Builds the summary of a finished run from its counters rather than an engine — for a run
    /// whose events were applied by several engines (the cluster's sharded mode merges its shards'
    /// counters, alerts and scores).
    /// </summary>
    public static MonitorSummary From(string model, string fingerprint, EngineCounters events, IReadOnlyList<Alert> alerts, IReadOnlyList<EntityScore> scores, long invalid)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(fingerprint);
        ArgumentNullException.ThrowIfNull(alerts);
        ArgumentNullException.ThrowIfNull(scores);
        var bands = new int[4];
        var reasons = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var a in alerts)
        {
            bands[Math.Clamp(a.Band, 1, 4) - 1]++;
            foreach (var r in a.Reasons)
            {
                reasons[r.Code] = reasons.GetValueOrDefault(r.Code) + 1;
            }
        }

        return new MonitorSummary
        {
            Model = model,
            SettingsFingerprint = fingerprint,
            Events = events,
            InvalidEvents = invalid,
            Accounts = scores.Count(s => s.Kind == ScoredKind.Account),
            Phones = scores.Count(s => s.Kind == ScoredKind.Phone),
            AccountsAlerted = scores.Count(s => s.Kind == ScoredKind.Account && s.Alerts > 0),
            PhonesAlerted = scores.Count(s => s.Kind == ScoredKind.Phone && s.Alerts > 0),
            AlertsByBand = bands,
            AlertsByReason = reasons,
        };
    }

    /// <summary>Indented JSON.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);
}
