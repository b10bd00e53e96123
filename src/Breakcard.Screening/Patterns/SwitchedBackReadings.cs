using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 470: a screen one manages made to show the poster's adverts and switched back when someone checks. Gambling and loan
/// adverts reach the public through screens whose managers are paid to loop them at night (电梯广告屏, 小区液晶屏, 门头屏); the
/// one fact the offer cannot leave out is that the screen is put back to its ordinary content by day or when the property
/// office or an inspector looks (白天切回原来的广告, 检查时换回去), since the screen's owner would not let them run.
/// <para>
/// The honest forms use the same words: a media company's screen schedule names the advertisers checked (资质已审核 ✔),
/// refuses loan and gambling adverts and takes down what residents complain of (当天下架), and may well play the property's
/// notices by day and its reviewed adverts by night (白天切回物业通知). It does not switch back for a check, nor by day for
/// someone else's content. So the reading needs, in one item, a screen and a switch back either at a check (检查时换回) or by
/// day with the poster's content on it (我们的视频, 几条广告), and pay in the text; the switch not refused in its clause nor
/// narrated of others; outside warning notices and licensed hiring (the pattern's gate).
/// </para>
/// Behind an ordinal search for the switch-back verbs.
/// </summary>
internal static partial class SwitchedBackReadings
{
    // One item of a digest or a schedule's few lines: the screen stands within this of the switch back.
    private const int ItemReach = 160;

    // The quote may stand anywhere: the offers name their act in words the lexicon does not hold (ADR 399's reach).
    private const int QuoteReach = int.MaxValue;

    private static readonly System.Buffers.SearchValues<string> SwitchVerbs =
        System.Buffers.SearchValues.Create(["切回", "换回", "改回", "切换回", "撤下"], StringComparison.Ordinal);

    /// <summary>Where a screen is switched back to its ordinary content when checked: the first such switch, for pay.</summary>
    public static IEnumerable<(int First, int Last)> ScreenSwitchedBackForChecks(PatternContext c)
    {
        var s = UnaskedReadings.Folded(c);
        if (s.AsSpan().IndexOfAny(SwitchVerbs) < 0 || c.Amounts.Count == 0)
        {
            return [];
        }

        foreach (var m in SwitchedBackWhenChecked().EnumerateMatches(s))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (IdentityAndAdReadings.IsRefusedInClause(c, start, end) || CompoundWorkReadings.Narrated(c, start, end))
            {
                continue;
            }

            var from = Math.Max(0, start - ItemReach);
            var to = Math.Min(s.Length, end + ItemReach);
            var item = s.AsSpan(from, to - from);
            if (Screen().IsMatch(item) && (!s.AsSpan(start).StartsWith("白天") || PostersContent().IsMatch(item)))
            {
                return IdentityAndAdReadings.AnchorNear(c, start, end, QuoteReach);
            }
        }

        return [];
    }

    // A time of checking (白天, 检查时, 物业检查, 巡查, 有人查, 来查, 审核) then, a few characters on, a switch back (切回, 换回去).
    [GeneratedRegex("(?:白天|检查|巡查|有人查|来查|审核|来人)[^，。；,;\\n]{0,6}?(?:切回|换回|改回|切换回|撤下)", RegexOptions.CultureInvariant)]
    private static partial Regex SwitchedBackWhenChecked();

    // The poster's content on the screen: ours (我们的, 我们发的, 我哋嘅, 对接人发的) or a few unnamed clips (几条视频, 几条广告).
    [GeneratedRegex("(?:我们|我哋|对接人)(?:的|发的|嘅|给的)?(?:视频|广告|内容|素材)|几条(?:视频|广告)", RegexOptions.CultureInvariant)]
    private static partial Regex PostersContent();

    // A screen: 广告屏, 液晶屏, 显示屏, 大屏, 门头屏, 广告位, 电梯电视, LED.
    [GeneratedRegex("屏|广告位|电视|led", RegexOptions.CultureInvariant)]
    private static partial Regex Screen();
}
