using Breakcard.Detection.Engine;
using Breakcard.Detection.Indicators;
using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Alerts;

/// <summary>A measured fact behind an indicator, for explanations ("12 unrelated payers; threshold 10").</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Measure">What was measured, for example "unrelated payers in the fan window".</param>
/// <param name="Value">The measured value.</param>
/// <param name="Threshold">The threshold it is compared with (0 when not applicable).</param>
public sealed record IndicatorFact(IndicatorId Indicator, string Measure, long Value, long Threshold);

/// <summary>A link that raised the entity's risk: another entity of the same holder.</summary>
/// <param name="Kind">Kind of the linked entity.</param>
/// <param name="Entity">Its index.</param>
/// <param name="Holder">The holder index both belong to.</param>
/// <param name="Risk">Its direct risk.</param>
public sealed record LinkedEntity(ScoredKind Kind, int Entity, int Holder, int Risk);

/// <summary>
/// An alert as the engine raises it: entity and counterparties as indexes, evidence as input
/// sequences. <see cref="AlertFactory"/> turns it into an <see cref="Alert"/> with ids,
/// legal basis and control measure.
/// </summary>
public sealed class AlertDraft
{
    /// <summary>Kind of entity.</summary>
    public required ScoredKind Kind { get; init; }

    /// <summary>Entity index.</summary>
    public required int Entity { get; init; }

    /// <summary>Holder index, or -1.</summary>
    public required int Holder { get; init; }

    /// <summary>Event time of the alert (stored seconds): the event that raised the risk.</summary>
    public required int Time { get; init; }

    /// <summary>Input sequence of that event.</summary>
    public required long TriggerSequence { get; init; }

    /// <summary>Risk 0–100.</summary>
    public required int Risk { get; init; }

    /// <summary>Control band 1–4 (re-verify, delay settlement, restrict, suspend).</summary>
    public required int Band { get; init; }

    /// <summary>The model that scored it.</summary>
    public required string Model { get; init; }

    /// <summary>Contributing indicators, largest first.</summary>
    public required IReadOnlyList<Contribution> Contributions { get; init; }

    /// <summary>Measured facts of the contributing indicators.</summary>
    public required IReadOnlyList<IndicatorFact> Facts { get; init; }

    /// <summary>Evidence events, newest first.</summary>
    public required IReadOnlyList<EvidenceRecord> Evidence { get; init; }

    /// <summary>The linked entity behind <see cref="IndicatorId.LinkedRisk"/>, if any.</summary>
    public LinkedEntity? Linked { get; init; }
}

/// <summary>Why the engine did not apply an event.</summary>
public enum RejectReason
{
    /// <summary>Later than the watermark and the policy is to reject.</summary>
    Late = 1,

    /// <summary>So old that its duplicate could no longer be recognised.</summary>
    Expired = 2,

    /// <summary>Its time is outside the range the engine stores (2000–2067).</summary>
    OutOfRange = 3,
}

/// <summary>Receives what the engine produces besides state: alerts and rejected events.</summary>
public interface IAlertSink
{
    /// <summary>An alert was raised. Called synchronously on the engine's thread.</summary>
    void OnAlert(AlertDraft alert);

    /// <summary>An event was not applied.</summary>
    void OnRejected(in EngineEvent e, RejectReason reason);
}
