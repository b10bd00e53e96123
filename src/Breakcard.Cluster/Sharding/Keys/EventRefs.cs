namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The engine indexes of a released event's identifiers, as the gateway interned them in the
/// stream's order (ADR 0247): what a shard builds the engine's event from instead of looking the
/// strings up again. Every shard interns the same identifiers in the same order
/// (<see cref="KeyBatch"/>), so an index means the same identifier on every shard and at the
/// gateway. -1: the event has no such identifier.
/// </summary>
/// <param name="A">A transaction's debit account, a call's caller, an SMS's sender, a login's account.</param>
/// <param name="B">A transaction's credit account, a call's callee, an SMS's receiver; -1 for a login.</param>
/// <param name="Device">A call's, SMS's or login's device.</param>
/// <param name="Place">A call's or SMS's cell, a login's IP address.</param>
[GenerateSerializer, Immutable]
public readonly record struct EventRefs(
    [property: Id(0)] int A,
    [property: Id(1)] int B,
    [property: Id(2)] int Device,
    [property: Id(3)] int Place)
{
    /// <summary>An event whose identifiers were not interned (a transaction the sequencer refuses for its amount).</summary>
    public static EventRefs None { get; } = new(-1, -1, -1, -1);
}
