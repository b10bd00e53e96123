using System.Text.RegularExpressions;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 25's held-out disguise, development since round 26, <see cref="Evasion.SquaredSigns"/>: characters and words that have a squared emoji sign written as it —
/// in Chinese the squared ideographs of the emoji keyboard (有 → 🈶, 月 → 🈷️, 可 → 🉑, 无 → 🈚, 得 → 🉐, 空 → 🈳, 满 → 🈵, 合 → 🈴, 禁 → 🈲,
/// 申 → 🈸, 营 → 🈺, 指 → 🈯, 秘 → ㊙️, 祝 → ㊗️), as 微商 and part-time posts write 🈷️入过万, 🈶意私我, 🉑日结; in English the squared
/// word signs (free → 🆓, new → 🆕, OK → 🆗, ID → 🆔, cool → 🆒, SOS → 🆘, up → 🆙) and the arrow words (soon → 🔜, top → 🔝). One to
/// four of the places where such a character or whole word stands are changed, key words included. Unlike emoji words (a pictograph for a
/// key word's meaning: 💳 for 卡), the sign here is the character or word itself in an emoji square; unlike look-alike code points (a
/// character of another block that looks the same), it is drawn as a coloured emoji; unlike letter symbols (every Latin letter of a word in
/// another alphabet), a whole word is one sign. Most of the squared ideographs have a compatibility decomposition, but not always to the
/// simplified character (🈚 to 無, 🈵 to 満, 🈺 to 営), and the emoji variation selector U+FE0F after 🈷, ㊙ and ㊗ stays.
/// </summary>
internal static partial class SquaredSigns
{
    /// <summary>The Chinese characters and their squared signs.</summary>
    internal static readonly Dictionary<char, string> Characters = new()
    {
        ['有'] = "🈶", ['月'] = "🈷\uFE0F", ['可'] = "🉑", ['无'] = "🈚", ['得'] = "🉐", ['空'] = "🈳", ['满'] = "🈵", ['合'] = "🈴",
        ['禁'] = "🈲", ['申'] = "🈸", ['营'] = "🈺", ['指'] = "🈯", ['秘'] = "㊙\uFE0F", ['祝'] = "㊗\uFE0F",
    };

    /// <summary>The English words (matched whole, any case) and their signs.</summary>
    internal static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["free"] = "🆓", ["new"] = "🆕", ["ok"] = "🆗", ["id"] = "🆔", ["cool"] = "🆒", ["sos"] = "🆘", ["up"] = "🆙", ["soon"] = "🔜", ["top"] = "🔝",
    };

    private const int MostSites = 4;

    /// <summary>
    /// <paramref name="text"/> with one to four of the places where a character of <see cref="Characters"/> or a whole word of
    /// <see cref="Words"/> stands written as its sign; unchanged when there is none.
    /// </summary>
    public static string Apply(string text, SeededRandom random)
    {
        var sites = new List<(int At, int Length, string Sign)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (Characters.TryGetValue(text[i], out var sign))
            {
                sites.Add((i, 1, sign));
            }
        }

        foreach (Match m in English().Matches(text))
        {
            sites.Add((m.Index, m.Length, Words[m.Value]));
        }

        return SomeSites.Replace(text, sites, MostSites, random);
    }

    /// <summary>A word of <see cref="Words"/> standing whole: not inside another word, nor after an apostrophe.</summary>
    [GeneratedRegex(@"(?<![A-Za-z'’])(?:free|new|ok|id|cool|sos|up|soon|top)(?![A-Za-z'’])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();
}
