using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 29's held-out disguise <see cref="Evasion.EncodedClause"/>: the clause that holds one key word written as the Base64 of its UTF-8
/// bytes, and a note after it that says how to read it (出租银行卡，日结300 → 5Ye656ef6ZO26KGM5Y2h（base64解码），日结300; in English "Rent your bank
/// card to us." → "UmVudCB5b3VyIGJhbmsgY2FyZCB0byB1cw== (base64)."), as grey-trade posts hand a clause or a contact to readers who paste it
/// into a decoder while a keyword filter sees only letters and digits. Only the clause changes: the punctuation around it and every other
/// clause stay as they were. Unlike a reversed clause (the same characters, backwards) no character of the clause is left, and unlike
/// pinyin, abbreviations or number puzzles nothing of its sound or digits: only its bytes, re-encoded. No template writes a note (a test checks).
/// </summary>
internal static class EncodedClause
{
    /// <summary>The notes put after an encoded Chinese clause; none holds a key word, and none is a note of <see cref="ReversedClause"/>.</summary>
    internal static readonly string[] Notes = ["（base64解码）", "（复制去base64解码）", "（Base64，自己解）"];

    /// <summary>The notes put after an encoded English clause.</summary>
    internal static readonly string[] EnglishNotes = [" (base64)", " (decode the base64)", " (it's Base64)"];

    /// <summary><paramref name="text"/> with the clause of one occurrence of <paramref name="words"/> Base64-encoded; unchanged when none stands in it.</summary>
    public static string Apply(string text, string[] words, SeededRandom random)
    {
        var sites = KeyWordSites.All(text, words);
        if (sites.Count == 0)
        {
            return text;
        }

        var (at, word) = random.Pick(sites);
        var (start, end) = ReversedClause.ClauseAround(text, at, at + word.Length);
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(text[start..end]));
        var note = random.Pick(KeyWordSites.IsLatin(word) ? EnglishNotes : Notes);
        return string.Concat(text.AsSpan(0, start), encoded, note, text.AsSpan(end));
    }
}
