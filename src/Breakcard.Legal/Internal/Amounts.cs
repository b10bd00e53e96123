using System.Globalization;
using Breakcard.Core;

namespace Breakcard.Legal.Internal;

/// <summary>How amounts and counts appear in the decisive numbers of an evaluation.</summary>
internal static class Amounts
{
    /// <summary>"¥210,000" for whole yuan, "¥210,000.50" otherwise: thresholds read as the law writes them.</summary>
    public static string Format(Money amount) =>
        amount.Fen % Money.FenPerYuan == 0
            ? string.Create(CultureInfo.InvariantCulture, $"{(amount.IsNegative ? "-" : "")}¥{Math.Abs(amount.WholeYuan):N0}")
            : amount.ToString();

    /// <summary>A count with thousands separators.</summary>
    public static string Format(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>ISO date.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
