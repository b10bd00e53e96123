using System.Text;
using System.Text.RegularExpressions;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 24's held-out disguise <see cref="Evasion.InternetSlang"/>, development since round 25 (ADR 422): ordinary words written in the playful spellings of the online
/// register — in Chinese the homophone and slurred forms chat and student posts write (这样子 → 酱紫, 什么 → 神马, 没有 → 木有, 同学 →
/// 童鞋, 朋友 → 盆友, 非常 → 灰常, 觉得 → jio得, 不知道 → 不造), in English text-speak (you → u, please → pls, tonight → tonite, want to →
/// wanna, message → msg) — as posts aimed at students and young parents read, past a filter and a model that know the standard written
/// language. Key words stay whole. Unlike homophones (a key word's characters), Martian script (single characters swapped for rarer
/// ones), dialect writing (a region's words and grammar) or leetspeak (digits inside key words), the words changed are the everyday
/// words around the key words, written as the whole country's online register writes them. The negating forms 木有 and 不造 are in the
/// table because posts write them (ADR 413 records that their writer knew screening reads negations).
/// </summary>
internal static partial class InternetSlang
{
    /// <summary>The Chinese words and their online spellings.</summary>
    internal static readonly Dictionary<string, string> Words = new(StringComparer.Ordinal)
    {
        ["这样子"] = "酱紫", ["有没有"] = "有木有", ["没有"] = "木有", ["什么"] = "神马", ["同学"] = "童鞋", ["喜欢"] = "稀饭", ["朋友"] = "盆友",
        ["妹子"] = "妹纸", ["怎么"] = "肿么", ["这么"] = "介么", ["非常"] = "灰常", ["开心"] = "开森", ["谢谢"] = "蟹蟹", ["可爱"] = "阔爱",
        ["厉害"] = "腻害", ["知道吗"] = "造吗", ["不知道"] = "不造", ["觉得"] = "jio得", ["兄弟"] = "兄dei", ["一点点"] = "一丢丢", ["呀"] = "鸭",
    };

    /// <summary>The English words and phrases and their text-speak.</summary>
    internal static readonly Dictionary<string, string> EnglishWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["you"] = "u", ["your"] = "ur", ["you're"] = "ur", ["are"] = "r", ["please"] = "pls", ["thanks"] = "thx", ["message"] = "msg",
        ["people"] = "ppl", ["because"] = "bc", ["tonight"] = "tonite", ["tomorrow"] = "tmrw", ["want to"] = "wanna", ["going to"] = "gonna",
        ["got to"] = "gotta", ["really"] = "rly", ["don't know"] = "dunno", ["with"] = "w/",
    };

    private const double Share = 0.7;

    /// <summary>
    /// <paramref name="text"/> with the words of both tables that stand in it written in their online form, each with probability 0.7
    /// and one always, key words of <paramref name="words"/> left whole; unchanged when neither table has a word in it.
    /// </summary>
    public static string Apply(string text, string[] words, SeededRandom random)
    {
        var kept = new bool[text.Length];
        foreach (var (at, word) in KeyWordSites.All(text, words))
        {
            kept.AsSpan(at, word.Length).Fill(true);
        }

        var sites = DialectWriting.Sites(text, Words, kept).Select(s => (s.At, Length: s.Word.Length, Slang: Words[s.Word])).ToList();
        foreach (Match m in English().Matches(text))
        {
            if (!kept.AsSpan(m.Index, m.Length).Contains(true))
            {
                sites.Add((m.Index, m.Length, Cased(m.Value, EnglishWords[m.Value])));
            }
        }

        if (sites.Count == 0)
        {
            return text;
        }

        var forced = random.Pick(sites);
        var sb = new StringBuilder(text);
        foreach (var site in sites.OrderByDescending(s => s.At))
        {
            if (site == forced || random.Chance(Share))
            {
                sb.Remove(site.At, site.Length).Insert(site.At, site.Slang);
            }
        }

        return sb.ToString();
    }

    /// <summary>The text-speak capitalised when the word it replaces begins a sentence (You → U).</summary>
    private static string Cased(string original, string slang) =>
        char.IsUpper(original[0]) ? char.ToUpperInvariant(slang[0]) + slang[1..] : slang;

    /// <summary>A word or phrase of <see cref="EnglishWords"/> standing whole (longer phrases first).</summary>
    [GeneratedRegex(@"\b(?:don't know|you're|want to|going to|got to|tomorrow|tonight|because|message|people|please|thanks|really|your|you|are|with)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();
}
