using System.Globalization;
using System.Text.RegularExpressions;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 23's held-out disguise <see cref="Evasion.RoughAmounts"/>, development since round 24: amounts given only as their size — how many digits they have, or
/// "a few" or "several" of their order of magnitude — as posts write pay past a platform's amount filter and a reader's doubt
/// (日结300元 → 日结三位数 or 日结小几百, 月入8000元 → 月入四位数 or 月入大几千; in English $300 → three figures or a few hundred,
/// $2,400 → four figures or a few thousand). Each amount of three to six digits in 元 or 块, or after $ or £ (a range too, when
/// both ends have as many digits), changes with probability 0.6, one always; smaller amounts, decimals, 万 and "k" amounts are
/// left as they are. Money slang keeps the digits, banknote slang counts notes, number disguises keep every digit's value:
/// here the value itself is gone and only its size is left.
/// </summary>
internal static partial class RoughAmounts
{
    private static readonly string[] ChineseDigitCounts = ["三位数", "四位数", "五位数", "六位数"];

    private static readonly string[] EnglishDigitCounts = ["three figures", "four figures", "five figures", "six figures"];

    /// <summary>The words this disguise writes in place of an amount (a test checks that no template writes one of its own).</summary>
    internal static readonly string[] Words =
        [.. ChineseDigitCounts, "小几百", "大几百", "小几千", "大几千", "小几万", "大几万",
         .. EnglishDigitCounts, "a couple hundred", "a few hundred", "several hundred", "a thousand-plus", "a few thousand", "several thousand",
         "tens of thousands", "hundreds of thousands"];

    /// <summary><paramref name="text"/> with some of its amounts given only by their size; unchanged when it has none of three to six digits.</summary>
    public static string Apply(string text, SeededRandom random)
    {
        var matches = Amount().Matches(text).Where(m => Forms(m) is not null).ToArray();
        return matches.Length == 0 ? text : AmountSites.ReplaceSome(text, matches, random, match => random.Pick(Forms(match)!));
    }

    /// <summary>The two ways to write one amount's size (its digit count, a rough word), or null when it is not one this disguise rewrites.</summary>
    private static string[]? Forms(Match match)
    {
        var low = Value(match.Groups["low"].Value);
        var digits = Digits(low);
        if (digits is < 3 or > 6 || (match.Groups["high"].Success && Digits(Value(match.Groups["high"].Value)) != digits))
        {
            return null;
        }

        return match.Groups["yuan"].Success
            ? [ChineseDigitCounts[digits - 3], ChineseRough(low, digits)]
            : [EnglishDigitCounts[digits - 3], EnglishRough(low, digits)];
    }

    // 小几百 is a low hundreds, 大几百 a high one; likewise thousands and ten thousands. Six digits are only counted: 几十万 stands in
    // honest texts too (a template writes it), so it would not mark the disguise.
    private static string ChineseRough(long value, int digits) => digits switch
    {
        3 => value < 500 ? "小几百" : "大几百",
        4 => value < 5_000 ? "小几千" : "大几千",
        5 => value < 50_000 ? "小几万" : "大几万",
        _ => "六位数",
    };

    private static string EnglishRough(long value, int digits) => digits switch
    {
        3 => value < 300 ? "a couple hundred" : value < 600 ? "a few hundred" : "several hundred",
        4 => value < 2_000 ? "a thousand-plus" : value < 6_000 ? "a few thousand" : "several thousand",
        5 => "tens of thousands",
        _ => "hundreds of thousands",
    };

    private static int Digits(long value) => value.ToString(CultureInfo.InvariantCulture).Length;

    private static long Value(string digits) => long.Parse(digits.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    /// <summary>
    /// A Chinese amount in 元 or 块 (a range too, with -, –, ~ or 到), or an English amount after $ or £ (a range too, the second
    /// end with or without its sign). Digits after a digit, a Latin letter, a point or a comma are part of something else (an order
    /// number, a decimal) and never start a match; an English amount followed by a decimal part, more digits or "k" is left alone.
    /// </summary>
    [GeneratedRegex(@"(?<yuan>(?<![\dA-Za-z.,])(?<low>\d+)(?:(?:-|–|~|到)(?<high>\d+))?(?:元|块))|(?<![\dA-Za-z$£])[$£](?<low>\d{1,3}(?:,\d{3})*)(?:\s?[-–~]\s?[$£]?(?<high>\d{1,3}(?:,\d{3})*))?(?!\d|[.,]\d|[kK]\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
