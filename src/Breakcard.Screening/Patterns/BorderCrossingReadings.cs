using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 438, neighbour of ADR 430's recruiting per head: other people <em>conveyed</em> across a border outside the ports for pay
/// per person, the crossing kept from the authorities. The compounds across the Yunnan border are filled not only by referrers
/// but by guides who walk the recruits over the hills at night: whoever knows the trails is paid per head delivered, told to go
/// round the checkpoints, the patrols and the boundary stones (避开卡点, 绕开检查站和边境巡逻, 不走口岸, 偷渡) and hand them to
/// the men waiting on the other side. Who acts: the reader, as guide; whose person: someone else's (the people the upline
/// brings); for whom: whoever waits across the border; what pay: per person; what is kept from view: the crossing itself.
/// <para>
/// The honest form uses the same words: a licensed trekking guide on registered trails who keeps away from the boundary
/// (不靠近边境线, 远离界碑), checks permits and crosses, if at all, at the port. So the reading needs, in one item, the border's
/// controls evaded (an evading verb right before a checkpoint, a patrol, a boundary stone or a port; 偷渡; *avoid the
/// checkpoints*), a border named (边境, 对面, 过境, 缅甸, 老挝; *border*, *Laos*) and pay per person conveyed (每人两千, 一个人
/// 四位数, 人头三千; *$300 per person*) — the evasion not refused right before it nor narrated of someone else, not in a warning.
/// </para>
/// Behind a first-character search for the control words (ADR 382).
/// </summary>
internal static partial class BorderCrossingReadings
{
    private static readonly string[] ControlWords = ["卡点", "检查站", "巡逻", "界碑", "边防", "边检", "口岸", "关口", "哨所", "偷渡", "偷越"];

    private static readonly SearchValues<char> ControlFirsts = MerchantAndParcelReadings.FirstCharacters(ControlWords);

    private static readonly SearchValues<string> ControlLatin = SearchValues.Create(["checkpoint", "patrol", "borderpost", "bordercontrol", "smuggl"], StringComparison.Ordinal);

    // One item of a digest or a form's lines, as in ADR 430.
    private const int ItemReach = 160;

    /// <summary>True when the normalised text names a border control or a crossing outside it: the cheap test.</summary>
    public static bool MentionsBorderControl(PatternContext c) =>
        MerchantAndParcelReadings.ContainsAny(c.Text.Text, ControlFirsts, ControlWords) || c.Text.Text.AsSpan().ContainsAny(ControlLatin);

    /// <summary>Where others are led past a border's controls for pay per person: the evasion, the border and the pay in one item.</summary>
    public static IEnumerable<(int First, int Last)> LedPastBorder(PatternContext c)
    {
        var s = c.FoldedText;
        foreach (var m in ControlsEvaded().EnumerateMatches(s))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (RefusedBefore(s, start) || Narrated(c, start, end))
            {
                continue;
            }

            var item = Item(s, start, end, out _);
            if (Border().IsMatch(item) && PerPerson().IsMatch(item))
            {
                return IdentityAndAdReadings.AnchorNear(c, start, end, int.MaxValue);
            }
        }

        return [];
    }

    internal static ReadOnlySpan<char> Item(string s, int start, int end, out int from)
    {
        from = Math.Max(0, start - ItemReach);
        var to = Math.Min(s.Length, end + ItemReach);
        return s.AsSpan(from, to - from);
    }

    // A refusal right before the evasion or the defeat (绝不绕开检查站, 不做免杀; never around the checkpoints, we don't evade).
    // 不走口岸 and 不报毒 are the evasion itself: the match starts at their 不, so only what stands before it is read.
    internal static bool RefusedBefore(string s, int start)
    {
        var from = Math.Max(0, start - 4);
        var before = s.AsSpan(from, start - from);
        if (before.IndexOfAny(Refusals) >= 0)
        {
            return true;
        }

        var latin = s.AsSpan(Math.Max(0, start - 8), start - Math.Max(0, start - 8));
        // The normaliser drops spaces and apostrophes: "never go around" is nevergoaround, "we don't" wedont.
        return latin.EndsWith("dont") || latin.EndsWith("no") || latin.EndsWith("not")
            || latin.Contains("never", StringComparison.Ordinal) || latin.Contains("wedont", StringComparison.Ordinal);
    }

    private static readonly SearchValues<char> Refusals = SearchValues.Create("不拒禁绝勿莫严");

    // A report of someone else's scheme in the clause (有人带人绕开卡点…; smugglers walk people past the checkpoints).
    // The sentence before is read, not only the clause: a notice names the guides a clause or two before the act (近期有蛇头招募
    // 带路人，绕开检查站…); a post's frame (曝光一下，群里有人一直在发这个：) ends at its colon.
    internal static bool Narrated(PatternContext c, int start, int end) => Wrongdoer().IsMatch(SentenceBefore(c, start, end));

    internal static ReadOnlySpan<char> SentenceBefore(PatternContext c, int start, int end)
    {
        var original = c.Text.Original;
        var at = c.Text.OriginalSpan(start, end).Start;
        var from = Math.Max(0, at - SentenceReach);
        var span = original.AsSpan(from, at - from);
        var mark = span.LastIndexOfAny(SentenceMarks);
        return mark >= 0 ? span[(mark + 1)..] : span;
    }

    private const int SentenceReach = 80;

    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create("。！？：:!?\n；;");

    // The border's controls evaded: an evading verb right before a checkpoint, a patrol, a boundary stone, a border post or a port
    // (避开卡点, 绕开检查站和边境巡逻, 躲过边防, 不走口岸); an illegal crossing named (偷渡, 偷越); in English the checkpoints or the
    // patrols avoided or got round, or people smuggled.
    [GeneratedRegex("(?:避开|绕开|绕过|避过|躲开|躲过|绕|躲|不走|不过|不经过?|不从)(?:掉|了)?.{0,6}?(?:卡点|检查站|边防|边检|巡逻|口岸|关口|界碑|哨所|查缉点)|偷渡|偷越"
        + "|(?:avoid|around|bypass|dodg|skip|awayfrom|past|steerclear|sneak|slip|notthrough|outsidethe|nowhere?near)[a-z]{0,14}?(?:checkpoint|patrol|borderpost|bordercontrol|officialcrossing|port)|smuggl",
        RegexOptions.CultureInvariant)]
    private static partial Regex ControlsEvaded();

    // A border: the line, the other side, a crossing, the neighbouring countries.
    [GeneratedRegex("边境|辺境|边界|国境|界碑|边防|对面|対面|那边|那辺|过境|出境|境外|缅甸|缅北|老挝|越南|泰国|口岸|border|laos|myanmar|burma|vietnam|acrossthe|otherside", RegexOptions.CultureInvariant)]
    private static partial Regex Border();

    // Pay per person conveyed: 每人, 一个人, 一人, 每个人, 每位, 人头 or 按人头 with a sum (digits, numerals, banker's numerals,
    // spoken zeros, 小几千, 四位数, 30张); in English a sum per person, head or passenger.
    [GeneratedRegex("(?:每人|每个人|一个人|一人|每位|人头|按人头|按人)(?:算|给|结|付|收|费|钱)?[0-9一二两三四五六七八九十百千万洞幺拐壹贰叁肆伍陆柒捌玖拾佰仟小大几]"
        + "|per(?:person|head|passenger|pax|traveller|traveler|body)|a(?:head|person)(?:delivered|across|over)|eachperson|foreach(?:person|one)", RegexOptions.CultureInvariant)]
    private static partial Regex PerPerson();

    [GeneratedRegex("有人|不法|犯罪分子|骗子|蛇头|团伙|嫌疑人|不法分子|\\b(?:fraudsters?|scammers?|criminals?|smugglers?|traffickers?|gangs?)\\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Wrongdoer();
}
