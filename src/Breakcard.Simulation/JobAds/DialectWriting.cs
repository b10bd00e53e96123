using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 21's held-out disguise, development since round 22, <see cref="Evasion.DialectWriting"/>: ordinary words across a Chinese text written as one dialect writes
/// them — Cantonese (我们的卡给你看 → 我哋嘅卡畀你睇), Sichuanese (什么都不用管，知道吧 → 啥子都不用管，晓得吧) or north-eastern
/// (怎么弄 → 咋整) — as posts in local groups write, past a filter and a model that know standard written Chinese. Key words are left
/// whole, and no negator (不, 没, 别, 无, 非, 未, 勿, 莫) is changed or written: the writer of round 21 knew, from ADR 386, that screening
/// reads negations, and kept this disguise off them, so that it measures the dialect's other words (ADR 389).
/// </summary>
internal static class DialectWriting
{
    /// <summary>The standard words each dialect writes otherwise, one table per dialect: Cantonese, Sichuanese, north-eastern.</summary>
    internal static readonly Dictionary<string, string>[] Dialects =
    [
        new(StringComparer.Ordinal)
        {
            ["为什么"] = "点解", ["怎么办"] = "点算", ["怎么样"] = "点样", ["怎么"] = "点样", ["什么"] = "乜嘢", ["多少"] = "几多",
            ["现在"] = "而家", ["今天"] = "今日", ["明天"] = "听日", ["昨天"] = "琴日", ["他们"] = "佢哋", ["她们"] = "佢哋", ["我们"] = "我哋",
            ["你们"] = "你哋", ["这个"] = "呢个", ["那个"] = "嗰个", ["这些"] = "呢啲", ["那些"] = "嗰啲", ["这里"] = "呢度", ["那里"] = "嗰度",
            ["哪里"] = "边度", ["东西"] = "嘢", ["工资"] = "人工", ["上班"] = "返工", ["下班"] = "放工", ["喜欢"] = "钟意", ["赚钱"] = "揾钱",
            ["找工作"] = "揾工", ["睡觉"] = "瞓觉", ["还有"] = "仲有", ["还要"] = "仲要",
            ["的"] = "嘅", ["是"] = "係", ["给"] = "畀", ["看"] = "睇", ["在"] = "喺", ["他"] = "佢", ["她"] = "佢", ["拿"] = "攞", ["找"] = "揾",
            ["吃"] = "食", ["说"] = "讲", ["很"] = "好", ["和"] = "同",
        },
        new(StringComparer.Ordinal)
        {
            ["为什么"] = "为啥子", ["干什么"] = "做啥子", ["什么"] = "啥子", ["怎么样"] = "咋个样", ["怎么"] = "咋个", ["知道"] = "晓得",
            ["赚钱"] = "找钱", ["孩子"] = "娃儿", ["小孩"] = "娃娃", ["一下"] = "一哈", ["聊天"] = "摆龙门阵", ["真的"] = "硬是", ["舒服"] = "巴适",
            ["一起"] = "一路", ["多少"] = "好多", ["玩"] = "耍", ["很"] = "好",
        },
        new(StringComparer.Ordinal)
        {
            ["为什么"] = "为啥", ["干什么"] = "干哈", ["什么"] = "啥", ["怎么办"] = "咋整", ["怎么样"] = "咋样", ["怎么"] = "咋", ["聊天"] = "唠嗑",
            ["马上"] = "立马", ["一起"] = "一块儿", ["真的"] = "真滴", ["这里"] = "这嘎达", ["那里"] = "那嘎达", ["哪里"] = "哪嘎达",
            ["大家"] = "大伙儿", ["赶紧"] = "麻溜儿", ["厉害"] = "尿性", ["看"] = "瞅", ["弄"] = "整", ["很"] = "贼",
        },
    ];

    /// <summary>The characters that negate; no word of <see cref="Dialects"/> holds one, on either side.</summary>
    internal const string Negators = "不没别无非未勿莫冇唔咪";

    /// <summary>
    /// For a one-character word, the characters it must not follow and precede, where it stands inside another word (其他, 目的, 的士,
    /// 现在, 在线, 是否, 供给, 和平, 小说 …) and a dialect would not write it otherwise.
    /// </summary>
    private static readonly Dictionary<char, (string NotAfter, string NotBefore)> Guards = new()
    {
        ['的'] = ("目", "士确"), ['是'] = ("于凡", "否"), ['给'] = ("供补配", "予力"), ['看'] = (string.Empty, "护守"),
        ['在'] = ("现存实正自所好内外", "线意于乎场"), ['他'] = ("其吉", string.Empty), ['她'] = ("其", string.Empty),
        ['找'] = (string.Empty, "零"), ['说'] = ("小", "服"), ['和'] = ("温总缓柔暖附平", "平谐气善解睦"), ['玩'] = ("古", "具"),
        ['弄'] = ("巷", "堂"),
    };

    private const double Share = 0.7;

    /// <summary>
    /// <paramref name="text"/> with the words of one dialect (drawn among those with a word in the text) written so, each with
    /// probability 0.7 and one always, key words of <paramref name="words"/> left whole; unchanged when no dialect has a word in it.
    /// </summary>
    public static string Apply(string text, string[] words, SeededRandom random)
    {
        var kept = new bool[text.Length];
        foreach (var (at, word) in KeyWordSites.All(text, words))
        {
            kept.AsSpan(at, word.Length).Fill(true);
        }

        var usable = Dialects.Select(d => (Table: d, Sites: Sites(text, d, kept))).Where(d => d.Sites.Count > 0).ToArray();
        if (usable.Length == 0)
        {
            return text;
        }

        var (table, sites) = random.Pick(usable);
        var forced = random.Pick(sites);
        var sb = new StringBuilder(text);
        foreach (var (at, word) in sites.OrderByDescending(s => s.At))
        {
            if ((at, word) == forced || random.Chance(Share))
            {
                sb.Remove(at, word.Length).Insert(at, table[word]);
            }
        }

        return sb.ToString();
    }

    /// <summary>Where the words of <paramref name="table"/> stand, longest first, none overlapping another or a key word.</summary>
    internal static List<(int At, string Word)> Sites(string text, Dictionary<string, string> table, bool[] kept)
    {
        var taken = (bool[])kept.Clone();
        var sites = new List<(int At, string Word)>();
        foreach (var word in table.Keys.OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal))
        {
            for (var i = text.IndexOf(word, StringComparison.Ordinal); i >= 0; i = text.IndexOf(word, i + 1, StringComparison.Ordinal))
            {
                if (!taken.AsSpan(i, word.Length).Contains(true) && Fits(text, i, word))
                {
                    taken.AsSpan(i, word.Length).Fill(true);
                    sites.Add((i, word));
                }
            }
        }

        sites.Sort((a, b) => a.At.CompareTo(b.At));
        return sites;
    }

    private static bool Fits(string text, int at, string word) =>
        word.Length > 1 || !Guards.TryGetValue(word[0], out var guard)
        || ((at == 0 || !guard.NotAfter.Contains(text[at - 1], StringComparison.Ordinal))
            && (at + 1 == text.Length || !guard.NotBefore.Contains(text[at + 1], StringComparison.Ordinal)));
}
