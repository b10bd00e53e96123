using System.Globalization;
using System.Text.RegularExpressions;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 22's held-out disguise <see cref="Evasion.BanknoteSlang"/>, development since round 23: amounts written as a count of banknotes in the nicknames posts give
/// them, past a platform's pay filter — a Chinese amount of whole hundreds in 元 or 块 as that many hundred-yuan notes, named by the
/// portrait or the colour on them (300元 → 三张毛爷爷, 3000元 → 30张红票子, 300-500元 → 三到五张大红票); in English a dollar amount of
/// whole hundreds under a thousand as Benjamins, C-notes or hundos ($300 → three Benjamins, $100 → a C-note), whole thousands as
/// grand ($1,000 → a grand, $2,000 → two grand), and the British £100 as "a ton", £500 as "a monkey". Each amount that can be written
/// so changes with probability 0.6, one always; an amount that is not whole hundreds (150元, $250) is left as it is.
/// </summary>
internal static partial class BanknoteSlang
{
    /// <summary>The nicknames of the hundred-yuan note: Mao's portrait, its red colour.</summary>
    internal static readonly string[] HundredYuanNotes = ["毛爷爷", "红票子", "大红票"];

    /// <summary>The nicknames of the hundred-dollar bill: Franklin's portrait, the Roman C, "hundred".</summary>
    internal static readonly string[] HundredDollarBills = ["Benjamins", "C-notes", "hundos"];

    private static readonly string[] ChineseCounts = ["", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"];

    private static readonly string[] EnglishCounts = ["", "a", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary><paramref name="text"/> with some of its amounts counted in banknotes; unchanged when none is whole hundreds.</summary>
    public static string Apply(string text, SeededRandom random)
    {
        var matches = Amount().Matches(text).Where(m => Slang(m, random, dryRun: true) is not null).ToArray();
        if (matches.Length == 0)
        {
            return text;
        }

        return AmountSites.ReplaceSome(text, matches, random, match => Slang(match, random, dryRun: false)!);
    }

    /// <summary>The banknote form of one amount, or null when it is not one a post would count in notes. A dry run draws nothing.</summary>
    private static string? Slang(Match match, SeededRandom random, bool dryRun)
    {
        if (match.Groups["yuan"].Success)
        {
            var low = Value(match.Groups["low"].Value);
            var high = match.Groups["high"].Success ? Value(match.Groups["high"].Value) : low;
            if (!IsNoteCount(low) || !IsNoteCount(high) || high < low)
            {
                return null;
            }

            if (dryRun)
            {
                return string.Empty;
            }

            var note = random.Pick(HundredYuanNotes);
            return match.Groups["high"].Success
                ? $"{ChineseCount(low / 100)}到{ChineseCount(high / 100)}张{note}"
                : $"{ChineseCount(low / 100)}张{note}";
        }

        var value = Value(match.Groups["amount"].Value);
        var pound = match.Groups["currency"].Value == "£";
        string[]? forms = (pound, value) switch
        {
            (_, >= 1_000 and <= 10_000) when value % 1_000 == 0 => [value == 1_000 ? "a grand" : $"{EnglishCount(value / 1_000)} grand"],
            (true, 100) => ["a ton"],
            (true, 500) => ["a monkey"],
            (false, >= 100 and < 1_000) when value % 100 == 0 => value == 100
                ? ["a Benjamin", "a C-note", "a hundo"]
                : [.. HundredDollarBills.Select(b => $"{EnglishCount(value / 100)} {b}")],
            _ => null,
        };
        return forms is null ? null : dryRun ? string.Empty : random.Pick(forms);
    }

    /// <summary>Whole hundreds from one note to ninety-nine: 3000元 is 30 notes, 1万 is left to other slang.</summary>
    private static bool IsNoteCount(long value) => value is >= 100 and < 10_000 && value % 100 == 0;

    private static string ChineseCount(long notes) => notes < ChineseCounts.Length ? ChineseCounts[notes] : notes.ToString(CultureInfo.InvariantCulture);

    private static string EnglishCount(long count) => count < EnglishCounts.Length ? EnglishCounts[count] : count.ToString(CultureInfo.InvariantCulture);

    private static long Value(string digits) => long.Parse(digits.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    /// <summary>
    /// A Chinese amount in 元 or 块 (a range too, with -, –, ~ or 到), or an English amount after $ or £ that is not part of a range,
    /// a decimal or a "k" amount. Digits preceded by a digit, a point or a comma are part of a longer number and never start a match.
    /// </summary>
    [GeneratedRegex(@"(?<yuan>(?<![\d.,])(?<low>\d+)(?:(?:-|–|~|到)(?<high>\d+))?(?:元|块))|(?<![\w$£])(?<currency>[$£])(?<amount>\d{1,3}(?:,\d{3})*)(?![\d,.]|\s*[-–~]\s*[$£]?\d|[kK]\b)", RegexOptions.CultureInvariant)]
    private static partial Regex Amount();
}
