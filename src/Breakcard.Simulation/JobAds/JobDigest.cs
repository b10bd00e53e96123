using System.Text;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 18's held-out disguise, development since round 19, <see cref="Evasion.JobDigest"/>: the ad posted whole as one numbered entry of a day's round-up
/// of jobs (今日岗位合集（自取）: 1. 奶茶店招店员… 2. the ad … 3. 超市理货…), between two to four ordinary job entries, as group
/// admins and resellers paste a risky offer into a list of honest ones so that the post reads as an ordinary digest. No
/// character of the ad changes. Unlike everyday chatter, quoted offers and comment threads, the added lines are not talk about
/// life or about the ad: they are job offers of the same kind, with pay and hours, so the ad is one entry among its peers.
/// </summary>
internal static class JobDigest
{
    /// <summary>The digest's title. None holds a key word of <see cref="EvasionTables.RiskyWords"/> or <see cref="EvasionTables.OrdinaryWords"/>.</summary>
    internal static readonly string[] Headers = ["今日岗位合集（自取）", "本周招聘信息汇总，转给需要的朋友：", "【每日工作信息整理】", "群里今天的招工，整理了一下："];

    /// <summary>
    /// Ordinary job entries: no key word of either list, no contact (no phone, handle or contact word), no card or account word and
    /// no number of more than three digits — only the pay and hours an honest entry states.
    /// </summary>
    internal static readonly string[] Entries =
    [
        "奶茶店招店员，周末两天，时薪18元。", "超市理货，晚上六点到十点，时薪20元。", "商场促销员，周六周日，一天150元。",
        "初二数学家教，每周两次，一次两小时。", "快递分拣，夜班，管一顿饭。", "餐厅传菜，中午十一点到两点。",
        "展会引导员，两天，管午饭。", "书店整理图书，下午班，时薪16元。",
    ];

    /// <summary>The same lines in an English text.</summary>
    internal static readonly string[] EnglishHeaders = ["Today's job roundup:", "Jobs this week (copied from the group):"];

    /// <summary>English entries, same rules as <see cref="Entries"/>.</summary>
    internal static readonly string[] EnglishEntries =
    [
        "Café assistant, weekends, 18 an hour.", "Supermarket shelf stacking, evenings.", "Flyer handing, Saturday morning.",
        "Maths tutor for a Year 8 pupil, two hours a week.", "Event usher, two days, lunch included.", "Bookshop helper, afternoons.",
    ];

    /// <summary>Entry numbers: Arabic with a full stop, circled, or in brackets.</summary>
    private static readonly Func<int, string>[] Numbering = [n => $"{n}. ", n => $"{(char)('①' + n - 1)} ", n => $"【{n}】"];

    /// <summary><paramref name="text"/> as one numbered entry of a job digest of three to five entries.</summary>
    public static string Apply(string text, SeededRandom random)
    {
        var chinese = TextLanguage.IsChinese(text);
        var others = (chinese ? Entries : EnglishEntries).ToArray();
        random.Shuffle(others.AsSpan());
        var count = random.NextInt(2, 5);
        var at = random.NextInt(0, count + 1);
        var number = random.Pick(Numbering);
        var sb = new StringBuilder(text.Length + 40 * count);
        sb.Append(random.Pick(chinese ? Headers : EnglishHeaders));
        for (int n = 1, k = 0; n <= count + 1; n++)
        {
            sb.Append('\n').Append(number(n)).Append(n - 1 == at ? text.Trim('\n', ' ') : others[k++]);
        }

        return sb.ToString();
    }
}
