namespace Breakcard.Detection.Indicators;

/// <summary>Shared arithmetic of indicator strengths (0–100).</summary>
public static class IndicatorMath
{
    /// <summary>Strength of an indicator exactly at its threshold.</summary>
    public const int AtThreshold = 60;

    /// <summary>
    /// The strength of a measured <paramref name="value"/> against <paramref name="threshold"/>: 0
    /// below it, <see cref="AtThreshold"/> at it, rising linearly to 100 at twice the threshold.
    /// A threshold below 1 is treated as 1.
    /// </summary>
    public static byte Ramp(long value, long threshold)
    {
        if (threshold < 1)
        {
            threshold = 1;
        }

        if (value < threshold)
        {
            return 0;
        }

        var over = Math.Min(value - threshold, threshold);
        return (byte)(AtThreshold + ((100 - AtThreshold) * over / threshold));
    }

    /// <summary>
    /// True when <paramref name="matches"/> pattern links are what chance gives in an account's
    /// crowd of <paramref name="eventsPerDay"/> (its inflows today or its usual events a day,
    /// whichever is more): more than <paramref name="maxPerMatch"/> for each link. A store or
    /// employer paid by thousands of people sees a few of them share an employer or pass money back
    /// by coincidence; a gather card or shell front takes little else than the pattern. 0 (or less)
    /// for <paramref name="maxPerMatch"/> turns the test off.
    /// </summary>
    public static bool LostInVolume(int matches, int eventsPerDay, int maxPerMatch) =>
        maxPerMatch > 0 && eventsPerDay > (long)Math.Max(1, matches) * maxPerMatch;

    /// <summary>A strength scaled by <paramref name="percent"/> (0–100).</summary>
    public static byte Scale(int strength, int percent) => (byte)Math.Clamp(strength * percent / 100, 0, 100);
}
