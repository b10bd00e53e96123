using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 19's held-out disguise, development since round 20, <see cref="Evasion.KnowingOmission"/>: one or two key words left out altogether and a knowing
/// wink put in their place (出租银行卡，日结300 → 出租（懂的都懂），日结300; "Rent your card to us" → "Rent your you-know-what to
/// us") — the 懂的都懂 posts that leave the word a filter looks for to the reader's own knowledge. Nothing of the word stays: no
/// character, sound, shape or name of it, and the wink is the same for every word, so it says which word is meant no more than
/// a blank would.
/// </summary>
internal static class KnowingOmission
{
    /// <summary>
    /// The winks left where a word was. None holds a key word of <see cref="EvasionTables.RiskyWords"/> or
    /// <see cref="EvasionTables.OrdinaryWords"/>, a digit, or a word of money, cards or contact.
    /// </summary>
    internal static readonly string[] Winks = ["（懂的都懂）", "（你懂的）", "那个（懂的来）", "那啥（懂的）"];

    /// <summary>The same winks in an English text.</summary>
    internal static readonly string[] EnglishWinks = ["you-know-what", "(iykyk)", "that thing (iykyk)"];

    /// <summary><paramref name="text"/> with one or two occurrences of <paramref name="words"/> left out for a wink; unchanged when none stands in it.</summary>
    public static string Apply(string text, string[] words, SeededRandom random)
    {
        // Longest words first, so 银行卡 is taken whole rather than its 银行; a whole English word only (card, not the card in cardboard).
        var sites = KeyWordSites.Disjoint(text, words);
        if (sites.Count == 0)
        {
            return text;
        }

        return KeyWordSites.ReplaceOneOrTwo(text, sites, random, word => random.Pick(KeyWordSites.IsLatin(word) ? EnglishWinks : Winks));
    }
}
