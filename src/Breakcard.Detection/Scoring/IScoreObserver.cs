using Breakcard.Detection.State;

namespace Breakcard.Detection.Scoring;

/// <summary>
/// Sees every re-scoring of an entity (after a strength changed). Used to collect training
/// features; called on the engine's thread, on the hot path, so it must be cheap.
/// </summary>
public interface IScoreObserver
{
    /// <summary>Entity <paramref name="entity"/> of <paramref name="kind"/> now has <paramref name="strengths"/> and <paramref name="risk"/>.</summary>
    void OnScored(ScoredKind kind, int entity, in Strengths strengths, int risk);
}
