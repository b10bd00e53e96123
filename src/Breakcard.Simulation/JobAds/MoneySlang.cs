using System.Globalization;
using System.Text.RegularExpressions;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 11's held-out disguise, development since round 12, <see cref="Evasion.MoneySlang"/>: amounts and money words written in
/// the slang short-video and chat posts use past a platform's pay and "easy money" filters. An amount
/// in 元 or 块 becomes 米 (300元 → 300米), or k when it is whole hundreds from 1,000 up (5000元 → 5k,
/// 4000-6000元 → 4-6k, 3500元 → 3.5k); 万 becomes w (3万 → 3w, 1.5万元 → 1.5个w); 赚钱 becomes 搞米
/// or 赚米; in English £20,000 becomes £20k. Each match changes with probability 0.6, one always.
/// </summary>
internal static partial class MoneySlang
{
    /// <summary><paramref name="text"/> with some of its amounts in money slang; unchanged when it has none.</summary>
    public static string Apply(string text, SeededRandom random)
    {
        var matches = Amount().Matches(text);
        if (matches.Count == 0)
        {
            return text;
        }

        return AmountSites.ReplaceSome(text, matches, random, match => Slang(match, random));
    }

    private static string Slang(Match match, SeededRandom random)
    {
        if (match.Groups["earn"].Success)
        {
            return random.Pick(EarnSlang);
        }

        if (match.Groups["wan"].Success)
        {
            return match.Groups["wan"].Value + random.Pick(TenThousands);
        }

        if (match.Groups["english"].Success)
        {
            return match.Groups["currency"].Value + match.Groups["thousands"].Value + "k";
        }

        var low = Value(match.Groups["low"].Value);
        var high = match.Groups["high"].Success ? Value(match.Groups["high"].Value) : low;
        if (low >= 1_000 && low % 100 == 0 && high % 100 == 0)
        {
            // 5000元 → 5k, 4000-6000元 → 4-6k: the unit goes with the thousands.
            return match.Groups["high"].Success ? $"{Thousands(low)}-{Thousands(high)}k" : $"{Thousands(low)}k";
        }

        return match.Groups["range"].Value + "米";
    }

    private static long Value(string digits) => long.Parse(digits.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static string Thousands(long value) => (value / 1000m).ToString("0.#", CultureInfo.InvariantCulture);

    private static readonly string[] EarnSlang = ["搞米", "赚米"];

    private static readonly string[] TenThousands = ["w", "W", "个w"];

    /// <summary>
    /// An amount in 元 or 块 (a range too), a number of 万 with or without 元, the word 赚钱, or an
    /// English amount of whole thousands after £, $, ¥ or RMB. Digits preceded by a digit, a point or
    /// a comma are part of a longer number and never start a match.
    /// </summary>
    [GeneratedRegex(@"(?<earn>赚钱)|(?<![\d.,])(?<wan>\d+(?:\.\d+)?)万(?:元|块)?|(?<english>(?<currency>[£$¥]|RMB )(?<thousands>\d{1,3}),000(?![\d,]))|(?<![\d.,])(?<range>(?<low>\d{1,3}(?:,\d{3})+|\d+)(?:-(?<high>\d{1,3}(?:,\d{3})+|\d+))?)(?:元|块)", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
