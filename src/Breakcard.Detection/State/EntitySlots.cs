namespace Breakcard.Detection.State;

/// <summary>How an engine's entity stores give state slots (ADR 0335).</summary>
public enum EntitySlots
{
    /// <summary>Slot = entity index: every index up to the highest seen has a slot. The single process: it applies every entity of its stream.</summary>
    Global,

    /// <summary>
    /// A slot is given on an entity's first access, through a dense index → slot map: an engine that
    /// applies only part of a stream's entities (a cluster shard) holds state for those alone, while
    /// every index it hashes stays the stream's.
    /// </summary>
    Local,
}
