using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Engine;

/// <summary>
/// Which entities an engine that applies part of a stream (a cluster shard) owns, for the one place
/// where it may skip another's state: a call's callee side, which only counts the callee's incoming
/// call and raises nothing, so a shard that applies a call for its caller need not hold a slot for a
/// callee another shard owns (ADR 0335). Null in the single process: every entity is its own.
/// </summary>
public interface IEntityOwner
{
    /// <summary>Whether this engine's host owns <paramref name="entity"/> of <paramref name="kind"/> (and so keeps its state).</summary>
    bool Owns(ScoredKind kind, int entity);
}
