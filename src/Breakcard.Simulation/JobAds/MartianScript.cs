using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 12's held-out disguise, development since round 13, <see cref="Evasion.MartianScript"/>: characters across the whole text
/// written in "Martian script" (火星文), the way converters and posts write an ad past a keyword
/// filter — 伱 for 你, 吥 for 不, 嘚 for 的, 兲 for 天, and for a few key-word characters 鉲 for 卡,
/// 嶶 for 微, 訫 for 信. Unlike the homophone and look-alike tables, which swap one or two characters
/// of a key word, it reaches the ordinary words of any Chinese ad, so benign ads carry it as often
/// as risky ones.
/// </summary>
internal static class MartianScript
{
    // Converters write every character they have a form for; posts mostly convert a line or a
    // phrase, so about half of the convertible characters change.
    private const double Share = 0.5;

    /// <summary>
    /// <paramref name="text"/> with each character of <see cref="EvasionTables.MartianForms"/> written
    /// in one of its Martian forms with probability one half, one of them always; unchanged when the
    /// text has none (an English ad).
    /// </summary>
    public static string Apply(string text, SeededRandom random) =>
        WholeTextEvasions.SwapSome(text, EvasionTables.MartianForms.ContainsKey, c => Pick(EvasionTables.MartianForms[c], random), Share, random);

    private static char Pick(string forms, SeededRandom random) => forms[random.NextInt(forms.Length)];
}
