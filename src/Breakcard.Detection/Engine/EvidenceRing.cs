namespace Breakcard.Detection.Engine;

/// <summary>How an engine allocates its evidence ring (ADR 0286); the ring's contents are the same either way.</summary>
public enum EvidenceRing
{
    /// <summary>All of its capacity when the engine is built: nothing is allocated afterwards (the single engine).</summary>
    Whole = 0,

    /// <summary>
    /// A small ring that doubles while it fills, up to its capacity: for an engine that may never fill
    /// it, such as a shard of a sharded stream, which sees a part of the stream's events.
    /// </summary>
    Growing = 1,
}
