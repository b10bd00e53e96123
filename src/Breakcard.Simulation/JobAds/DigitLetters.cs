using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 13's held-out disguise <see cref="Evasion.DigitLetters"/>, development since round 14: in one to three free-standing
/// numbers of three or more digits (a price, a phone or QQ number) the digits that have a Latin look-alike written as it —
/// O or o for 0, l or I for 1, Z for 2, S for 5, B for 8 (l38OOOOlZ34, 日结3OO) — as posts write a
/// contact number past a platform's number filter, which looks for runs of digits. Leetspeak goes
/// the other way (digits for the letters of an English word); here a number becomes letters.
/// </summary>
internal static class DigitLetters
{
    /// <summary>
    /// <paramref name="text"/> with one to three of its numbers of three or more digits that hold a 0, 1, 2, 5 or 8 written
    /// with every such digit as a letter (the others stay); unchanged when it has none.
    /// </summary>
    public static string Apply(string text, SeededRandom random) =>
        FreeNumbers.RewriteSome(text, random, IsWorthDisguising, d => Write(d, random));

    // Posts disguise the numbers a filter looks for — prices and contact numbers — not a one- or two-digit count (第2场, 5 h).
    private static bool IsWorthDisguising(string number) => number.Length >= 3 && number.Any(EvasionTables.DigitLetterForms.ContainsKey);

    private static string Write(char digit, SeededRandom random) =>
        EvasionTables.DigitLetterForms.TryGetValue(digit, out var forms) ? forms[random.NextInt(forms.Length)].ToString() : digit.ToString();
}
