using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 14's held-out disguise <see cref="Evasion.SplitNumbers"/>, development since round 15: one to three free-standing numbers
/// of six or more digits (a phone, QQ or order number) cut into two or three parts joined by words —
/// 前三位138，中间0000，后四位4567; 前面13800，后面004567; in English "first three 138, then 0000,
/// last four 4567" — as posts split a contact number past a platform's number filter, which looks
/// for a run of digits as long as a phone number. The digits stay ASCII and in order; only the run
/// is broken, by words rather than a symbol between every character (separators).
/// </summary>
internal static class SplitNumbers
{
    private const int MinimumLength = 6;

    /// <summary><paramref name="text"/> with one to three of its numbers of six or more digits split; unchanged when it has none.</summary>
    public static string Apply(string text, SeededRandom random)
    {
        var chinese = TextLanguage.IsChinese(text);
        return FreeNumbers.RewriteSomeWhole(text, random, n => n.Length >= MinimumLength, n => Split(n, chinese, random));
    }

    private static string Split(string number, bool chinese, SeededRandom random)
    {
        if (number.Length >= 9 && (!chinese || random.Chance(0.6)))
        {
            // A phone number read as its operator prefix, the middle and the last four (前三位, 中间, 后四位).
            var (first, middle, last) = chinese ? random.Pick(EvasionTables.ThreePartNumberWords) : random.Pick(EvasionTables.EnglishNumberWords);
            return string.Concat(first, number[..3], middle, number[3..^4], last, number[^4..]);
        }

        // Both parts keep two digits or more, so neither is a stray digit.
        var cut = random.NextInt(2, number.Length - 1);
        var (before, after) = chinese ? random.Pick(EvasionTables.TwoPartNumberWords) : ("", " then ");
        return string.Concat(before, number[..cut], after, number[cut..]);
    }
}
