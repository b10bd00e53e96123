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

    /// <summary>A strength scaled by <paramref name="percent"/> (0–100).</summary>
    public static byte Scale(int strength, int percent) => (byte)Math.Clamp(strength * percent / 100, 0, 100);
}
