using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 30's held-out disguise <see cref="Evasion.PinyinAnnotation"/>: one to three Chinese key words kept, each of their characters followed by
/// its pinyin with the tone mark in brackets (银行卡 → 银(yín)行(háng)卡(kǎ), or with full-width brackets 银（yín）行（háng）卡（kǎ）), as the 注音
/// ("add pinyin") converters of children's reading texts write it and posts use past a keyword filter: a reader reads the characters and skips
/// the sound, a filter finds no two characters of the word side by side. Unlike pinyin (the word replaced by its toneless syllables), initial
/// mixes or abbreviations (letters for characters), zhuyin (characters replaced by symbols) or spelled characters (a whole word per character),
/// every character stays, in order, and what stands between them is its own sound. Only words whose every character is in the table are
/// annotated; English words are left alone. No template writes a toned syllable in brackets (a test checks).
/// </summary>
internal static class PinyinAnnotation
{
    /// <summary>The toned pinyin of the characters of the Chinese key words, as each reads in those words (佣 of 佣金 yòng, 行 of 银行 háng).</summary>
    internal static readonly Dictionary<char, string> Syllables = new()
    {
        ['代'] = "dài", ['收'] = "shōu", ['付'] = "fù", ['对'] = "duì", ['公'] = "gōng", ['账'] = "zhàng", ['户'] = "hù", ['短'] = "duǎn",
        ['信'] = "xìn", ['验'] = "yàn", ['证'] = "zhèng", ['码'] = "mǎ", ['银'] = "yín", ['行'] = "háng", ['卡'] = "kǎ", ['储'] = "chǔ",
        ['蓄'] = "xù", ['一'] = "yī", ['类'] = "lèi", ['借'] = "jiè", ['记'] = "jì", ['四'] = "sì", ['件'] = "jiàn", ['套'] = "tào",
        ['款'] = "kuǎn", ['身'] = "shēn", ['份'] = "fèn", ['手'] = "shǒu", ['机'] = "jī", ['电'] = "diàn", ['话'] = "huà", ['支'] = "zhī",
        ['宝'] = "bǎo", ['出'] = "chū", ['租'] = "zū", ['用'] = "yòng", ['购'] = "gòu", ['跑'] = "pǎo", ['分'] = "fēn", ['刷'] = "shuā",
        ['单'] = "dān", ['返'] = "fǎn", ['利'] = "lì", ['垫'] = "diàn", ['日'] = "rì", ['结'] = "jié", ['兼'] = "jiān", ['职'] = "zhí",
        ['微'] = "wēi", ['流'] = "liú", ['水'] = "shuǐ", ['走'] = "zǒu", ['佣'] = "yòng", ['金'] = "jīn", ['脸'] = "liǎn", ['实'] = "shí",
        ['名'] = "míng", ['号'] = "hào", ['转'] = "zhuǎn", ['网'] = "wǎng", ['接'] = "jiē", ['联'] = "lián", ['系'] = "xì", ['盾'] = "dùn",
    };

    /// <summary>The bracket pairs a converter puts around a syllable: ASCII or full-width, one pair per ad.</summary>
    internal static readonly (string Open, string Close)[] Brackets = [("(", ")"), ("（", "）")];

    /// <summary><paramref name="text"/> with one to three occurrences of <paramref name="words"/> annotated; unchanged when no Chinese key word stands in it.</summary>
    public static string Apply(string text, string[] words, SeededRandom random)
    {
        var sites = KeyWordSites.Disjoint(text, words.Where(w => w.Any(Syllables.ContainsKey)));
        if (sites.Count == 0)
        {
            return text;
        }

        var (open, close) = random.Pick(Brackets);
        var picks = sites.ToArray();
        random.Shuffle(picks.AsSpan());
        var sb = new StringBuilder(text);
        foreach (var (at, word) in picks.Take(random.NextInt(1, Math.Min(3, picks.Length) + 1)).OrderByDescending(s => s.At))
        {
            sb.Remove(at, word.Length).Insert(at, Annotate(word, open, close));
        }

        return sb.ToString();
    }

    /// <summary>Each character of <paramref name="word"/> that has a syllable followed by it in brackets; any other character (the U of U盾) as it is.</summary>
    internal static string Annotate(string word, string open, string close)
    {
        var sb = new StringBuilder();
        foreach (var c in word)
        {
            sb.Append(c);
            if (Syllables.TryGetValue(c, out var syllable))
            {
                sb.Append(open).Append(syllable).Append(close);
            }
        }

        return sb.ToString();
    }
}
