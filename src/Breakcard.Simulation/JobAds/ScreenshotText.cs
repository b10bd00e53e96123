using System.Globalization;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Round 27's held-out disguise, development since round 28, <see cref="Evasion.ScreenshotText"/>: the ad as the text a platform's OCR reads off a phone screenshot of
/// it — a status bar (21:47 5G 78%), the app's title bar (‹ 备忘录 完成, ‹ 阿芳, "‹ Notes Done"), with probability 0.5 a chat's time
/// stamp (昨天 21:36, "Yesterday 9:36 PM"), the ad, and with probability 0.6 the app's bottom bar (按住 说话, 复制 转发 收藏 删除 多选,
/// "Copy Forward Delete") — as recruiters post an offer as a screenshot of a chat or a note, so that no text of theirs is reviewed and
/// what a filter sees is the recogniser's text. No character of the ad changes and no added line holds a key word (a test checks). It
/// runs last, after every converter: the phone's interface is not written by the poster, so no script, dialect or emoji disguise
/// touches it. Unlike a quoted offer, everyday chatter, compliance boilerplate, a marketplace listing, an earnings share or a shopping
/// review (lines a person writes around the ad), the added lines are a phone's interface, written by no one.
/// </summary>
internal static class ScreenshotText
{
    /// <summary>The Chinese title bars: a notes app or a chat. No template writes any of them as a line (a test checks).</summary>
    internal static readonly string[] Titles =
    [
        "‹ 备忘录 完成", "‹ 所有便签", "‹ 笔记 分享 完成", "‹ 阿芳", "‹ 李哥(2)", "‹ 老乡群(86)", "‹ 张姐 ···",
    ];

    /// <summary>The Chinese bottom bars: a chat's input bar or a long-press menu.</summary>
    internal static readonly string[] Bottoms = ["按住 说话", "复制 转发 收藏 删除 多选", "发送", "全部 分享 删除"];

    /// <summary>The Chinese time stamps of a chat, before their clock time.</summary>
    internal static readonly string[] Stamps = ["昨天", "今天", "星期三", "星期六"];

    /// <summary>The English title bars.</summary>
    internal static readonly string[] EnglishTitles = ["‹ Notes Done", "‹ All Notes", "‹ Messages", "‹ Jess", "‹ Mike (2)", "‹ Group chat (24) ···"];

    /// <summary>The English bottom bars.</summary>
    internal static readonly string[] EnglishBottoms = ["Copy Forward Delete", "Type a message", "iMessage · Send", "Share Delete"];

    /// <summary>The English time stamps, before their clock time.</summary>
    internal static readonly string[] EnglishStamps = ["Today", "Yesterday", "Wednesday", "Saturday"];

    /// <summary>The network marks of a status bar.</summary>
    internal static readonly string[] Networks = ["5G", "4G", "5G HD", "4G+", "Wi-Fi", "LTE"];

    private const double StampShare = 0.5;
    private const double BottomShare = 0.6;

    /// <summary><paramref name="text"/> under a status bar and a title bar of its own language (Chinese when it holds any Chinese), and now and then a time stamp and a bottom bar.</summary>
    public static string Apply(string text, SeededRandom random)
    {
        var chinese = TextLanguage.IsChinese(text);
        var hour = random.NextInt(0, 24);
        var minute = random.NextInt(0, 60);
        var status = string.Create(CultureInfo.InvariantCulture, $"{hour}:{minute:D2} {random.Pick(Networks)} {random.NextInt(12, 100)}%");
        var lines = new List<string> { status, random.Pick(chinese ? Titles : EnglishTitles) };
        if (random.Chance(StampShare))
        {
            var day = random.Pick(chinese ? Stamps : EnglishStamps);
            var at = random.NextInt(0, 24);
            lines.Add(chinese
                ? string.Create(CultureInfo.InvariantCulture, $"{day} {at:D2}:{random.NextInt(0, 60):D2}")
                : string.Create(CultureInfo.InvariantCulture, $"{day} {(at + 11) % 12 + 1}:{random.NextInt(0, 60):D2} {(at < 12 ? "AM" : "PM")}"));
        }

        lines.Add(text);
        if (random.Chance(BottomShare))
        {
            lines.Add(random.Pick(chinese ? Bottoms : EnglishBottoms));
        }

        return string.Join("\n", lines);
    }
}
