using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Breakcard.Detection.Indicators;

namespace Breakcard.Detection.State;

/// <summary>
/// The scoring part of an entity's state, the same for accounts and phone numbers: indicator
/// strengths, current and peak risk, the highest band alerted, and the evidence chain head.
/// 36 bytes. Mutable; not thread safe.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
public struct ScoreState
{
    /// <summary>Indicator strengths, 0–100.</summary>
    public Strengths Strengths;

    /// <summary>Current risk, 0–100.</summary>
    public byte Risk;

    /// <summary>Highest risk reached.</summary>
    public byte PeakRisk;

    /// <summary>Highest control band alerted so far (0 = none).</summary>
    public byte AlertBand;

    /// <summary>Set when a strength changed since the last scoring.</summary>
    public byte Dirty;

    /// <summary>When <see cref="PeakRisk"/> was reached (stored seconds), or <see cref="Engine.EngineTime.Never"/>.</summary>
    public int PeakAt;

    /// <summary>Tag of the newest record of the entity's chain in the evidence log (its write number mod 2^31), or -1.</summary>
    public int EvidenceHead;

    /// <summary>Nothing scored yet.</summary>
    public static ScoreState Empty => new() { PeakAt = Engine.EngineTime.Never, EvidenceHead = -1 };

    /// <summary>The strength of <paramref name="id"/>.</summary>
    public readonly byte this[IndicatorId id] => Strengths[(int)id];

    /// <summary>Raises the strength of <paramref name="id"/> to <paramref name="strength"/> when higher (strengths latch and decay by day).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Raise(IndicatorId id, byte strength)
    {
        ref var current = ref Strengths[(int)id];
        if (strength > current)
        {
            current = strength;
            Dirty = 1;
        }
    }

    /// <summary>Multiplies every strength by <paramref name="factor"/> (daily decay); marks the entity for re-scoring when any was set.</summary>
    public void Decay(float factor)
    {
        var any = 0;
        // Unchecked: factor is in [0, 1], so the product fits a byte; avoids a checked conversion per slot.
        for (var i = 0; i < Strengths.Count; i++)
        {
            any |= Strengths[i];
            Strengths[i] = unchecked((byte)(Strengths[i] * factor));
        }

        if (any != 0)
        {
            Dirty = 1;
        }
    }
}
