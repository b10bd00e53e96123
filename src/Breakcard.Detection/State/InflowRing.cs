using System.Runtime.CompilerServices;

namespace Breakcard.Detection.State;

/// <summary>One recent inflow remembered for pass-through matching and evidence.</summary>
public struct Inflow
{
    /// <summary>Stored time (seconds since <see cref="Engine.EngineTime.Epoch"/>); 0 with <see cref="Fen"/> 0 means empty.</summary>
    public int Time;

    /// <summary>Amount in fen, saturated at <see cref="uint.MaxValue"/> (¥42.9 million).</summary>
    public uint Fen;

    /// <summary>Low 32 bits of the event's input sequence (the engine restores the full number).</summary>
    public uint SequenceLow;
}

/// <summary>The last <see cref="Count"/> inflows of an account, oldest overwritten first.</summary>
[InlineArray(Count)]
public struct InflowRing
{
    /// <summary>Slots.</summary>
    public const int Count = 2;

    private Inflow _first;
}
