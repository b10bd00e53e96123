using Breakcard.Core;

namespace Breakcard.Legal.Evaluation;

/// <summary>
/// A sum over acts where some parts may be unknown. <see cref="Known"/> is a lower bound of the
/// true sum, so a threshold it reaches is reached whatever the unknown parts are; a threshold it
/// does not reach is undecided while <see cref="UnknownParts"/> is non-zero. Immutable.
/// </summary>
/// <param name="Known">Sum of the parts that are known.</param>
/// <param name="KnownParts">How many parts are known.</param>
/// <param name="UnknownParts">How many parts are not known.</param>
public readonly record struct PartialAmount(Money Known, int KnownParts, int UnknownParts)
{
    /// <summary>True when no part is known.</summary>
    public bool NothingKnown => KnownParts == 0;

    /// <summary>True when every part is known.</summary>
    public bool Complete => UnknownParts == 0;

    /// <summary>Adds one part, known or not.</summary>
    public PartialAmount Add(Money? part) =>
        part is { } p ? new(Known + p, KnownParts + 1, UnknownParts) : this with { UnknownParts = UnknownParts + 1 };
}

/// <summary>A count over acts where some parts may be unknown; see <see cref="PartialAmount"/>. Immutable.</summary>
/// <param name="Known">Sum of the parts that are known.</param>
/// <param name="KnownParts">How many parts are known.</param>
/// <param name="UnknownParts">How many parts are not known.</param>
public readonly record struct PartialCount(long Known, int KnownParts, int UnknownParts)
{
    /// <summary>True when no part is known.</summary>
    public bool NothingKnown => KnownParts == 0;

    /// <summary>Adds one part, known or not.</summary>
    public PartialCount Add(int? part) =>
        part is { } p ? new(checked(Known + p), KnownParts + 1, UnknownParts) : this with { UnknownParts = UnknownParts + 1 };
}
