using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 18's held-out disguise, development since round 19, <see cref="Evasion.AcrosticLines"/>: one key word taken out of its sentence, a pointer left in
/// its place (（看下面每行第一个字）), and the word written as the first characters of lines of other words added under the ad,
/// each character followed by a half-line of scenery (微信 → 微风吹过小院 / 信月照在窗前) — the 藏头 posts that hide a
/// word from a filter and show it to a reader who reads down the first column. In English the first letters of the lines
/// spell the word (card → Coffee on a quiet morning / Autumn leaves are falling / …). The word stands nowhere in the text's
/// reading order; between any two of its characters stands a whole line of other words.
/// </summary>
internal static class AcrosticLines
{
    /// <summary>The pointer left where the word stood, telling the reader where to look.</summary>
    internal static readonly string[] Pointers = ["（看下面每行第一个字）", "（藏头，看每行开头）", "（答案在下面每行开头）"];

    /// <summary>The same pointers in an English text.</summary>
    internal static readonly string[] EnglishPointers = ["(read the first letters below)", "(first letters of the lines below)"];

    /// <summary>
    /// Half-lines of scenery that follow a hidden character, as 藏头 verses read. None holds a key word of
    /// <see cref="EvasionTables.RiskyWords"/> or <see cref="EvasionTables.OrdinaryWords"/>, a digit, or a word of money, cards or contact.
    /// </summary>
    internal static readonly string[] Tails =
        ["风吹过小院", "月照在窗前", "花开满山坡", "雨后天更蓝", "山间起薄雾", "云淡鸟飞高", "春来草自青", "夜静听虫鸣", "江上一叶舟", "灯火映归途", "茶香伴午后", "心安即是家"];

    /// <summary>English lines by their first letter (the letter itself starts the line); same rules as <see cref="Tails"/>.</summary>
    internal static readonly Dictionary<char, string> EnglishLines = new()
    {
        ['a'] = "Autumn leaves are falling", ['b'] = "Blue skies over the river", ['c'] = "Coffee on a quiet morning",
        ['d'] = "Dogs asleep in the sun", ['e'] = "Every road leads home", ['f'] = "Fresh bread from the corner shop",
        ['g'] = "Green tea and an old song", ['h'] = "Hills behind the station", ['i'] = "In the garden after rain",
        ['j'] = "Just a walk by the lake", ['k'] = "Kids laughing in the park", ['l'] = "Lanterns along the street",
        ['m'] = "Moonlight on the water", ['n'] = "Nothing but the sea breeze", ['o'] = "Open windows in spring",
        ['p'] = "Paper boats on the pond", ['q'] = "Quiet evening at home", ['r'] = "Rain on the rooftops",
        ['s'] = "Sunset over the bay", ['t'] = "Tea and toast on Sunday", ['u'] = "Under the old oak tree",
        ['v'] = "Violets by the door", ['w'] = "Warm soup in winter", ['y'] = "Yellow flowers on the hill",
    };

    /// <summary><paramref name="text"/> with one occurrence of <paramref name="words"/> hidden as an acrostic; unchanged when none can be.</summary>
    public static string Apply(string text, string[] words, SeededRandom random)
    {
        var sites = KeyWordSites.All(text, words.Where(Hideable));
        if (sites.Count == 0)
        {
            return text;
        }

        var (at, word) = random.Pick(sites);
        var latin = KeyWordSites.IsLatin(word);
        var sb = new StringBuilder(text.Length + 16 * word.Length);
        sb.Append(text, 0, at).Append(random.Pick(latin ? EnglishPointers : Pointers)).Append(text, at + word.Length, text.Length - at - word.Length);
        var tails = Tails.ToArray();
        random.Shuffle(tails.AsSpan());
        sb.Append('\n');
        for (var k = 0; k < word.Length; k++)
        {
            sb.Append('\n').Append(latin ? EnglishLines[char.ToLowerInvariant(word[k])] : word[k] + tails[k]);
        }

        return sb.ToString();
    }

    /// <summary>A Chinese word of two to four characters, or one English word of three to six letters that all have a line.</summary>
    internal static bool Hideable(string word) =>
        (word.Length is >= 2 and <= 4 && word.All(c => c is >= '\u4E00' and <= '\u9FFF'))
        || (word.Length is >= 3 and <= 6 && word.All(c => char.IsAsciiLetter(c) && EnglishLines.ContainsKey(char.ToLowerInvariant(c))));
}
