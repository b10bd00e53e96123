using Breakcard.Core;

namespace Breakcard.Graph.Tracing;

/// <summary>Limits and rules of one trace. Immutable.</summary>
public sealed record TraceOptions
{
    /// <summary>Default maximum hops.</summary>
    public const int DefaultMaxHops = 6;

    /// <summary>Default time span: mule chains empty a victim's money within hours to days.</summary>
    public static readonly TimeSpan DefaultMaxSpan = TimeSpan.FromDays(7);

    /// <summary>Direction (default forward).</summary>
    public TraceDirection Direction { get; init; } = TraceDirection.Forward;

    /// <summary>Apportioning rule (default <see cref="ApportioningRule.StandingFifo"/>: FIFO on the
    /// money above each account's standing balance; ADR 0130).</summary>
    public ApportioningRule Rule { get; init; } = ApportioningRule.StandingFifo;

    /// <summary>How hops are counted against <see cref="MaxHops"/> (default: an account's layer).</summary>
    public HopCounting HopCounting { get; init; } = HopCounting.Layer;

    /// <summary>Maximum number of transfers followed from the start (1–64).</summary>
    public int MaxHops { get; init; } = DefaultMaxHops;

    /// <summary>How far in time from the start money is followed (forward: after the latest
    /// start transfer; backward: before the earliest).</summary>
    public TimeSpan MaxSpan { get; init; } = DefaultMaxSpan;

    /// <summary>Parts of a transfer smaller than this are not followed (default ¥1).</summary>
    public Money MinAmount { get; init; } = Money.FromYuan(1);

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid limit.</summary>
    public void Validate()
    {
        if (!Enum.IsDefined(Direction))
        {
            throw new ArgumentOutOfRangeException(nameof(Direction), Direction, "Unknown direction.");
        }

        if (!Enum.IsDefined(Rule))
        {
            throw new ArgumentOutOfRangeException(nameof(Rule), Rule, "Unknown apportioning rule.");
        }

        if (!Enum.IsDefined(HopCounting))
        {
            throw new ArgumentOutOfRangeException(nameof(HopCounting), HopCounting, "Unknown hop counting.");
        }

        if (MaxHops is < 1 or > 64)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxHops), MaxHops, "Maximum hops must be 1 to 64.");
        }

        if (MaxSpan <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxSpan), MaxSpan, "The time span must be positive.");
        }

        if (MinAmount.IsNegative)
        {
            throw new ArgumentOutOfRangeException(nameof(MinAmount), MinAmount, "The minimum amount cannot be negative.");
        }
    }
}
