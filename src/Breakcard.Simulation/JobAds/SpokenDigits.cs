using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 14's held-out disguise <see cref="Evasion.SpokenDigits"/>, development since round 15: in a Chinese text, the digits of
/// one to three free-standing numbers of three or more digits written as they are read aloud over a
/// phone — 幺 for 1, 两 for 2, 拐 for 7, 勾 for 9, 洞 for 0, the ordinary numerals for the rest
/// (幺三八洞洞洞洞四五六拐) — as posts write a contact number past a platform's number filter. Number
/// forms wrote digits in other numeral scripts (①, ➊, 壹); these readings are words, not numerals.
/// </summary>
internal static class SpokenDigits
{
    /// <summary>
    /// <paramref name="text"/> with one to three of its numbers of three or more digits written in
    /// <see cref="EvasionTables.SpokenDigitForms"/>; unchanged when it has none or holds no Chinese
    /// (an English post does not read its numbers in Chinese).
    /// </summary>
    public static string Apply(string text, SeededRandom random) =>
        !text.Any(IsIdeograph) ? text : FreeNumbers.RewriteSome(text, random, n => n.Length >= 3, d => EvasionTables.SpokenDigitForms[d]);

    private static bool IsIdeograph(char c) => c is >= '\u4E00' and <= '\u9FFF';
}
