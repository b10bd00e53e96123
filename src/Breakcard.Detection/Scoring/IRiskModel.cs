using Breakcard.Detection.Indicators;
using Breakcard.Detection.State;

namespace Breakcard.Detection.Scoring;

/// <summary>The kinds of entity the engine scores.</summary>
public enum ScoredKind : byte
{
    /// <summary>A bank or payment account.</summary>
    Account = 1,

    /// <summary>A phone number.</summary>
    Phone = 2,
}

/// <summary>One indicator's share of a risk score.</summary>
/// <param name="Indicator">The indicator.</param>
/// <param name="Strength">Its strength, 0–100.</param>
/// <param name="Points">Points it contributed (may be negative for a learned model).</param>
public readonly record struct Contribution(IndicatorId Indicator, int Strength, double Points);

/// <summary>
/// Turns an entity's indicator strengths into a 0–100 risk and explains it in indicator terms.
/// <see cref="Score"/> is called on the hot path whenever a strength changes and must not allocate.
/// Implementations must be deterministic.
/// </summary>
public interface IRiskModel
{
    /// <summary>Short name written in alerts, for example "points" or "fasttree".</summary>
    string Name { get; }

    /// <summary>
    /// What the model is, for the settings a checkpoint is written under and that the hosts of one
    /// stream must agree on: <see cref="Name"/>, plus, for a model loaded from a file, a fingerprint
    /// of the file's content (two models of one algorithm are not the same model).
    /// </summary>
    string Identity => Name;

    /// <summary>The risk, 0–100.</summary>
    int Score(ScoredKind kind, in Strengths strengths);

    /// <summary>The indicators behind <see cref="Score"/>, largest contribution first (only non-zero ones).</summary>
    IReadOnlyList<Contribution> Explain(ScoredKind kind, in Strengths strengths);
}
