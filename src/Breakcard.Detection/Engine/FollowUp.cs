using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Engine;

/// <summary>Where in the application of one event the engine is when it raises an alert (ADR 0330).</summary>
public enum FollowUpStage : byte
{
    /// <summary>Applying the event to its own entities.</summary>
    Own = 0,

    /// <summary>Running a strength a place pushed to another entity (a shared device's cards, a SIM box's SIMs).</summary>
    Push = 1,

    /// <summary>Passing a holder's raised risk to their other cards and numbers (linked risk).</summary>
    Linked = 2,

    /// <summary>
    /// Running the CODE_RELAY an SMS's receiver pushes to the account whose login it relayed a code
    /// for (ADR 0338): an entity's push, not a place's. The engine queues it in the SMS's own
    /// application, before the device's pushes, so it always runs first of the event's pushes.
    /// </summary>
    Relay = 3,
}

/// <summary>
/// What the engine is running after an event's own application, for a host that splits one event
/// over several engines and must merge their alerts in the single engine's order (the sharded
/// mode, ADR 0201, 0330, 0338). In <see cref="FollowUpStage.Push"/> and <see cref="FollowUpStage.Relay"/>,
/// <see cref="Kind"/> and <see cref="Entity"/> are the push's receiver. In <see cref="FollowUpStage.Linked"/>,
/// they are the entity whose re-scoring scheduled the holder now being passed on, and
/// <see cref="RaisedIn"/> the stage that re-scoring ran in (<see cref="FollowUpStage.Own"/>,
/// <see cref="FollowUpStage.Relay"/> or <see cref="FollowUpStage.Push"/>): the engine passes holders
/// on in the order they were raised, and a holder raised again while its own risk is passed on (a
/// card of the holder whose direct risk rose in that pass) is queued after every holder already
/// waiting: <see cref="Generation"/> counts those re-raisings from the raise that started the chain,
/// whose raiser and stage the later passes keep (ADR 0361). The own stage needs no order inside it:
/// a login, call or SMS re-scores one entity there (a call its caller only), so it raises at most
/// one alert.
/// </summary>
public readonly record struct FollowUp(FollowUpStage Stage, ScoredKind Kind, int Entity, FollowUpStage RaisedIn, int Generation = 0)
{
    /// <summary>The event's own application.</summary>
    public static FollowUp Own => default;
}
