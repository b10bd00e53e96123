using System.Runtime.CompilerServices;

namespace Breakcard.Detection.State;

/// <summary>
/// Per-indicator strengths of one entity, 0–100 each, indexed by
/// <see cref="Indicators.IndicatorId"/>. Inline in the entity's state (no reference).
/// </summary>
[InlineArray(Count)]
public struct Strengths
{
    /// <summary>Number of slots: one per indicator id, with room for a few more.</summary>
    public const int Count = 28;

    private byte _first;
}
