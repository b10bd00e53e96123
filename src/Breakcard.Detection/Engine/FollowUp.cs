using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Engine;

/// <summary>Where in the application of one event the engine is when it raises an alert (ADR 0330).</summary>
public enum FollowUpStage : byte
{
    /// <summary>Applying the event to its own entities.</summary>
    Own = 0,

    /// <summary>Running a strength pushed to another entity (a shared device's cards, a SIM box's SIMs, a relayed code's card).</summary>
    Push = 1,

    /// <summary>Passing a holder's raised risk to their other cards and numbers (linked risk).</summary>
    Linked = 2,
}

/// <summary>
/// What the engine is running after an event's own application, for a host that splits one event
/// over several engines and must merge their alerts in the single engine's order (the sharded
/// mode, ADR 0201, 0330). In <see cref="FollowUpStage.Push"/>, <see cref="Kind"/> and
/// <see cref="Entity"/> are the push's receiver. In <see cref="FollowUpStage.Linked"/>, they are the
/// entity whose re-scoring scheduled the holder now being passed on, and <see cref="RaisedIn"/> the
/// stage that re-scoring ran in (<see cref="FollowUpStage.Own"/> or <see cref="FollowUpStage.Push"/>):
/// the engine passes holders on in the order they were raised.
/// </summary>
public readonly record struct FollowUp(FollowUpStage Stage, ScoredKind Kind, int Entity, FollowUpStage RaisedIn)
{
    /// <summary>The event's own application.</summary>
    public static FollowUp Own => default;
}
