using System.Text.Json.Serialization;

namespace Breakcard.Detection.Alerts;

/// <summary>
/// One alert as written to <c>alerts.jsonl</c>: deterministic id, the entity (full id in the file —
/// it is data for the institution; consoles print <see cref="EntityMasked"/>), risk and control band,
/// reason codes with measured facts and sources, evidence events, the legal basis and the proposed
/// control measure.
/// </summary>
public sealed record Alert
{
    /// <summary>Deterministic id: "A" and the alert's number in order of raising, from 1.</summary>
    [JsonPropertyName("alert_id")]
    public required string AlertId { get; init; }

    /// <summary>"account" or "phone".</summary>
    [JsonPropertyName("entity_kind")]
    public required string EntityKind { get; init; }

    /// <summary>The account number or phone number, in full.</summary>
    [JsonPropertyName("entity")]
    public required string Entity { get; init; }

    /// <summary>The same, masked for display.</summary>
    [JsonPropertyName("entity_masked")]
    public required string EntityMasked { get; init; }

    /// <summary>Holder id of record, when known.</summary>
    [JsonPropertyName("holder")]
    public string? Holder { get; init; }

    /// <summary>Event time of the event that raised the risk, in the institution's zone (ISO 8601).</summary>
    [JsonPropertyName("time")]
    public required string Time { get; init; }

    /// <summary>Id of that event.</summary>
    [JsonPropertyName("trigger_event_id")]
    public string? TriggerEventId { get; init; }

    /// <summary>Risk 0–100.</summary>
    [JsonPropertyName("risk")]
    public required int Risk { get; init; }

    /// <summary>Control band 1–4.</summary>
    [JsonPropertyName("band")]
    public required int Band { get; init; }

    /// <summary>Scoring model ("points" or the learned model's name).</summary>
    [JsonPropertyName("model")]
    public required string Model { get; init; }

    /// <summary>Reason codes, largest contribution first.</summary>
    [JsonPropertyName("reasons")]
    public required IReadOnlyList<AlertReason> Reasons { get; init; }

    /// <summary>Evidence events, newest first.</summary>
    [JsonPropertyName("evidence")]
    public required IReadOnlyList<AlertEvidence> Evidence { get; init; }

    /// <summary>The holder's other entity behind linked risk, if any.</summary>
    [JsonPropertyName("linked")]
    public AlertLink? Linked { get; init; }

    /// <summary>Legal and regulatory basis of the alert and of the measure.</summary>
    [JsonPropertyName("legal_basis")]
    public required IReadOnlyList<string> LegalBasis { get; init; }

    /// <summary>The proposed control measure.</summary>
    [JsonPropertyName("control_measure")]
    public required ControlMeasure ControlMeasure { get; init; }
}

/// <summary>One reason code of an alert.</summary>
public sealed record AlertReason
{
    /// <summary>Reason code, for example "PASS_THROUGH".</summary>
    [JsonPropertyName("code")]
    public required string Code { get; init; }

    /// <summary>Indicator name.</summary>
    [JsonPropertyName("name")]
    public required string Name { get; init; }

    /// <summary>Strength 0–100.</summary>
    [JsonPropertyName("strength")]
    public required int Strength { get; init; }

    /// <summary>Points contributed to the risk.</summary>
    [JsonPropertyName("points")]
    public required double Points { get; init; }

    /// <summary>What was measured, when the indicator has a measure.</summary>
    [JsonPropertyName("measure")]
    public string? Measure { get; init; }

    /// <summary>The measured value.</summary>
    [JsonPropertyName("value")]
    public long? Value { get; init; }

    /// <summary>The threshold (0 when not a single number).</summary>
    [JsonPropertyName("threshold")]
    public long? Threshold { get; init; }

    /// <summary>Where the signal comes from.</summary>
    [JsonPropertyName("source")]
    public required string Source { get; init; }
}

/// <summary>One evidence event of an alert.</summary>
public sealed record AlertEvidence
{
    /// <summary>Event id, or null when it is no longer retained (then <see cref="Sequence"/> names it).</summary>
    [JsonPropertyName("event_id")]
    public string? EventId { get; init; }

    /// <summary>Position of the event in its input (0-based).</summary>
    [JsonPropertyName("sequence")]
    public required long Sequence { get; init; }

    /// <summary>Event time (ISO 8601, institution's zone).</summary>
    [JsonPropertyName("time")]
    public required string Time { get; init; }

    /// <summary>"transaction", "call", "sms" or "login".</summary>
    [JsonPropertyName("type")]
    public required string Type { get; init; }

    /// <summary>"in", "out", "login" or "related" (another entity's event that revealed this one).</summary>
    [JsonPropertyName("direction")]
    public required string Direction { get; init; }

    /// <summary>Amount in fen (transactions).</summary>
    [JsonPropertyName("amount_fen")]
    public long? AmountFen { get; init; }

    /// <summary>Connected seconds (calls).</summary>
    [JsonPropertyName("duration_s")]
    public long? DurationSeconds { get; init; }

    /// <summary>Counterparty (account, number or device), in full, when known.</summary>
    [JsonPropertyName("counterparty")]
    public string? Counterparty { get; init; }
}

/// <summary>The linked entity behind a linked-risk reason.</summary>
public sealed record AlertLink
{
    /// <summary>"account" or "phone".</summary>
    [JsonPropertyName("entity_kind")]
    public required string EntityKind { get; init; }

    /// <summary>Its id, in full.</summary>
    [JsonPropertyName("entity")]
    public required string Entity { get; init; }

    /// <summary>Its direct risk.</summary>
    [JsonPropertyName("risk")]
    public required int Risk { get; init; }

    /// <summary>Why the two are linked.</summary>
    [JsonPropertyName("reason")]
    public required string Reason { get; init; }
}
