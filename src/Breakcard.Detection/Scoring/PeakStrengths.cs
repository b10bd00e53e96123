using Breakcard.Detection.State;

namespace Breakcard.Detection.Scoring;

/// <summary>
/// Keeps, per entity, the highest strength each indicator reached during a run — the feature
/// vector a learned model is trained on (its label comes from ground truth). Not thread safe.
/// </summary>
public sealed class PeakStrengths : IScoreObserver
{
    private readonly Dictionary<(ScoredKind Kind, int Entity), Strengths> _peaks = [];

    /// <summary>Entities seen with a non-zero strength.</summary>
    public int Count => _peaks.Count;

    /// <inheritdoc />
    public void OnScored(ScoredKind kind, int entity, in Strengths strengths, int risk)
    {
        ref var peak = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_peaks, (kind, entity), out _);
        for (var i = 0; i < Strengths.Count; i++)
        {
            if (strengths[i] > peak[i])
            {
                peak[i] = strengths[i];
            }
        }
    }

    /// <summary>The peak strengths of <paramref name="entity"/>, or all zero when it never scored.</summary>
    public Strengths Of(ScoredKind kind, int entity) => _peaks.GetValueOrDefault((kind, entity));
}
