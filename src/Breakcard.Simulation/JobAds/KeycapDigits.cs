using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 12's held-out disguise, development since round 13, <see cref="Evasion.KeycapDigits"/>: the digits of one to three numbers
/// written as keycap emoji (300 → 3️⃣0️⃣0️⃣, each ASCII digit followed by U+FE0F and U+20E3), as posts
/// write a price or a contact number past a platform's number filter. Digits that touch a Latin
/// letter, @ or a point belong to a handle, an e-mail address, a word or a decimal (kk123,
/// hr@163.com, 2FA, 5G, 1.5万) and are left alone (<see cref="FreeNumbers"/>).
/// </summary>
internal static class KeycapDigits
{
    /// <summary>
    /// <paramref name="text"/> with one to three of its numbers (maximal runs of ASCII digits with no
    /// Latin letter, @ or point on either side) written as keycaps; unchanged when it has none.
    /// </summary>
    public static string Apply(string text, SeededRandom random) =>
        FreeNumbers.RewriteSome(text, random, _ => true, d => d + EvasionTables.KeycapSuffix);
}
