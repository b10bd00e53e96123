using System.Globalization;

namespace Breakcard.Cli.Commands.Bench;

/// <summary>Medians and number formats the bench commands share.</summary>
internal static class BenchFormat
{
    /// <summary>The median (mean of the middle two for an even count).</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    /// <summary>Whole number with thousands separators.</summary>
    public static string N(double value) => value.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>One decimal.</summary>
    public static string F(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);
}
