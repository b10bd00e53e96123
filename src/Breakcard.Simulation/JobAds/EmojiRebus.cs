using System.Text.RegularExpressions;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 27's held-out disguise, development since round 28, <see cref="Evasion.EmojiRebus"/>: characters and words written as an emoji whose name sounds like them —
/// the 谐音 emoji of posts that write 验证🐴 (码 as 马, horse), 手🐔卡 (机 as 鸡, chicken), 🐘赚钱的🐻弟私我 (想 as 象, elephant; 兄 as 熊,
/// bear), 不🍵征信 (查 as 茶, tea), 刷🥚 (单 as 蛋, egg), 🐷册就送 (注 as 猪, pig), 🐟🦢 (余额 as 鱼鹅); in English "must 🐝 18+" (be as bee),
/// "👁️ pay daily" (I as eye), "you 🥫 earn" (can), "🌊 details" (see as sea). One to four of the places where such a character or
/// whole word stands are changed, key words included. Unlike emoji words (a pictograph for a key word's meaning: 💳 for 卡, 📱 for
/// 手机), the emoji here shows something else and only its name's sound gives the character back; unlike squared signs (the
/// character itself in an emoji square) or homophones (another character of the same sound), no character of the word is left,
/// and NFKC or a script conversion maps nothing back. None of these emoji stands in a template or another disguise's table (a
/// test checks), so an emoji of the table in a text means this disguise put it there.
/// </summary>
internal static partial class EmojiRebus
{
    /// <summary>The Chinese characters and the emoji whose name sounds like them (the name in the comment).</summary>
    internal static readonly Dictionary<char, string> Characters = new()
    {
        ['码'] = "🐴", ['吗'] = "🐴", ['妈'] = "🐴", // 马
        ['机'] = "🐔", // 鸡
        ['想'] = "🐘", // 象
        ['兄'] = "🐻", // 熊
        ['查'] = "🍵", // 茶
        ['单'] = "🥚", // 蛋
        ['注'] = "🐷", ['主'] = "🐷", // 猪
        ['押'] = "🦆", // 鸭
        ['余'] = "🐟", // 鱼
        ['额'] = "🦢", // 鹅
        ['要'] = "💊", // 药
        ['利'] = "🌰", ['例'] = "🌰", // 栗
        ['录'] = "🦌", // 鹿
        ['诚'] = "🍊", // 橙
        ['算'] = "🧄", // 蒜
        ['套'] = "🍑", // 桃
        ['躺'] = "🍬", // 糖
        ['购'] = "🐶", ['够'] = "🐶", // 狗
        ['样'] = "🐑", // 羊
        ['交'] = "🍌", // 蕉
        ['赚'] = "🧱", ['转'] = "🧱", // 砖
    };

    /// <summary>The English words (matched whole, any case; "I" only as the capital pronoun) and the emoji that sound like them.</summary>
    internal static readonly Dictionary<string, string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["be"] = "🐝", ["I"] = "👁\uFE0F", ["can"] = "🥫", ["see"] = "🌊", ["meet"] = "🥩", ["here"] = "👂", ["hear"] = "👂",
        ["way"] = "⚖\uFE0F", ["our"] = "🕐", ["buy"] = "👋", ["dear"] = "🦌",
    };

    private const int MostSites = 4;

    /// <summary>
    /// <paramref name="text"/> with one to four of the places where a character of <see cref="Characters"/> or a whole word of
    /// <see cref="Words"/> stands written as its emoji; unchanged when there is none.
    /// </summary>
    public static string Apply(string text, SeededRandom random)
    {
        var sites = new List<(int At, int Length, string Emoji)>();
        for (var i = 0; i < text.Length; i++)
        {
            if (Characters.TryGetValue(text[i], out var emoji))
            {
                sites.Add((i, 1, emoji));
            }
        }

        foreach (Match m in English().Matches(text))
        {
            sites.Add((m.Index, m.Length, Words[m.Value]));
        }

        foreach (Match m in Pronoun().Matches(text))
        {
            sites.Add((m.Index, m.Length, Words["I"]));
        }

        return SomeSites.Replace(text, sites, MostSites, random);
    }

    /// <summary>A word of <see cref="Words"/> but "I" standing whole: not inside another word, nor next to an apostrophe.</summary>
    [GeneratedRegex(@"(?<![A-Za-z'’])(?:be|can|see|meet|here|hear|way|our|buy|dear)(?![A-Za-z'’])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex English();

    /// <summary>The capital pronoun I standing alone (not "I'm", not a Roman numeral or an initial inside a word or before a full stop).</summary>
    [GeneratedRegex(@"(?<![A-Za-z'’.])I(?![A-Za-z'’.])", RegexOptions.CultureInvariant)]
    private static partial Regex Pronoun();
}
