using Breakcard.Core;

namespace Breakcard.Legal.Facts;

/// <summary>
/// Plausibility bounds on facts. They catch typing mistakes (a settlement amount with three
/// extra digits) and keep every sum and the tenfold fines of the Anti-Fraud Law far from
/// 64-bit overflow.
/// </summary>
public static class FactsLimits
{
    /// <summary>Largest amount accepted for one act: ¥1,000,000,000,000 (10^14 fen).</summary>
    public static Money MaxAmount { get; } = Money.FromFen(100_000_000_000_000);

    /// <summary>Largest count accepted for one act or card entry.</summary>
    public const int MaxCount = 10_000_000;

    /// <summary>Most earlier acts accepted.</summary>
    public const int MaxEarlierActs = 1_000;

    /// <summary>Most card entries accepted per act.</summary>
    public const int MaxCardEntries = 1_000;

    /// <summary>Oldest age accepted (years between birth date and conduct date).</summary>
    public const int MaxAgeYears = 120;
}
