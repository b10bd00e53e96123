namespace Breakcard.Graph.Typology;

/// <summary>Windows and caps of the typology patterns (docs/tracing.md, "Typology patterns"). Immutable.</summary>
public sealed record TypologyOptions
{
    /// <summary>Window of fan-in, fan-out, gather-scatter, scatter-gather and stacks (default 24 h).</summary>
    public TimeSpan Window { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Window within which a cycle must close (default 72 h).</summary>
    public TimeSpan CycleWindow { get; init; } = TimeSpan.FromHours(72);

    /// <summary>Longest cycle searched (2–6, default 4).</summary>
    public int MaxCycleLength { get; init; } = 4;

    /// <summary>Accounts with more out-edges in a window than this are not expanded by the
    /// two-hop searches (scatter-gather, cycles): shops and payroll accounts (default 200).</summary>
    public int MaxExpansion { get; init; } = 200;

    /// <summary>Share of received money forwarded within <see cref="Window"/> from which an account
    /// is a pass-through link of a stack (default 0.7).</summary>
    public double PassThroughShare { get; init; } = 0.7;

    /// <summary>Throws <see cref="ArgumentOutOfRangeException"/> naming the first invalid value.</summary>
    public void Validate()
    {
        if (Window <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(Window), Window, "The window must be positive.");
        }

        if (CycleWindow <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(CycleWindow), CycleWindow, "The cycle window must be positive.");
        }

        if (MaxCycleLength is < 2 or > 6)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxCycleLength), MaxCycleLength, "Cycle length must be 2 to 6.");
        }

        if (MaxExpansion < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxExpansion), MaxExpansion, "The expansion cap must be positive.");
        }

        if (PassThroughShare is < 0 or > 1)
        {
            throw new ArgumentOutOfRangeException(nameof(PassThroughShare), PassThroughShare, "The share must be 0 to 1.");
        }
    }
}
