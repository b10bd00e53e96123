using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 410: a line or a device at the reader's address run by strangers. A broadband line is registered to a person and an
/// address (实名报装): what a gang buys from that person is the line itself — a box or mini PC left running on it, a router,
/// bridge or antenna wired to it, a tunnel (内网穿透, 端口映射, frp) that lets the gang's sites, proxies or compound be seen
/// from outside at the reader's home IP — while the gang pays the fee and a monthly sum and the operator, the police or the
/// neighbours are told a story (装维师傅问起就说自家用, 派出所上门就说孩子学编程) or the reader is told not to ask what runs on it
/// or who uses it (主机上跑什么别问, 网给谁用不用管). The honest forms of the same slips — a contractor's work order for a
/// householder's own line, an IT firm's install slip for a client's own server — leave the line with its holder and hide
/// nothing, so four parts are needed within one item: the reader's line, the recruiter's side running or using it, the
/// concealment, and pay.
/// <para>
/// Read over the normalised text folded as <see cref="RegistrationLentReadings"/> folds it (Martian and Cantonese forms),
/// behind a vectorised search for the line and device words, so a text without one costs one scan.
/// </para>
/// </summary>
internal static partial class LineHostedReadings
{
    // The gate: a line or what is wired to it, found by one character of its word (宽 of 宽带 and 家宽, 纤 of 光纤, 线 of 网线 and
    // 天线 …) and the word checked around it — a SearchValues<string> of non-ASCII words falls back to a per-character lookup (ADR
    // 382's addendum) — and the ASCII words (frp, router, broadband, modem, residential or home IP) in one vectorised search. The
    // same words as Line() below, so the gate passes whatever the reading can anchor on.
    private static readonly (char Key, string Word, int At)[] GateWords =
        [('宽', "宽带", 0), ('宽', "家宽", 1), ('纤', "光纤", 1), ('猫', "光猫", 1), ('由', "路由", 1), ('线', "网线", 1), ('线', "天线", 1),
         ('桥', "网桥", 1), ('透', "穿透", 1), ('映', "映射", 0), ('壳', "花生壳", 2), ('宅', "住宅ip", 1), ('庭', "家庭ip", 1), ('房', "机房", 1)];

    private static readonly SearchValues<char> GateKeys = SearchValues.Create("宽纤猫由线桥透映壳宅庭房");

    private static readonly SearchValues<string> AsciiLines =
        SearchValues.Create(["frp", "router", "broadband", "modem", "residentialip", "homeip", "homeinternet"], StringComparison.Ordinal);

    // How far from a line word the reader's ownership (你本人办的, 在你名下, 家里有) may stand: a slip's field or a digest's clause.
    private const int OwnerBefore = 20;
    private const int OwnerAfter = 12;

    // How far from the line word the recruiter's use and the concealment may lie: one item of a digest or a slip's few lines.
    private const int UseReach = 160;
    private const int ConcealReach = 220;

    /// <summary>True when the normalised text names a line or something wired to it: the cheap test.</summary>
    public static bool MentionsLine(PatternContext c)
    {
        var span = c.Text.Text.AsSpan();
        return HasGateWord(span, GateKeys, GateWords) || span.IndexOfAny(AsciiLines) >= 0;
    }

    /// <summary>
    /// True when <paramref name="span"/> holds one of <paramref name="words"/>, each found by its key character (at its offset in
    /// the word) and checked around it: one vectorised search for the keys, then the few words a key begins (ADR 382's addendum).
    /// </summary>
    internal static bool HasGateWord(ReadOnlySpan<char> span, SearchValues<char> keys, (char Key, string Word, int At)[] words)
    {
        for (var at = span.IndexOfAny(keys); at >= 0;)
        {
            foreach (var (key, word, offset) in words)
            {
                if (key == span[at] && at >= offset && span[(at - offset)..].StartsWith(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            var next = span[(at + 1)..].IndexOfAny(keys);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>
    /// Where the reader's line (a broadband line of the reader's or at the reader's home) is run or used by the recruiter's side
    /// (a device hung on it for us, set up remotely by us, its fee paid by us, tunnelled for outside use, used by whoever) and
    /// something is kept from view within reach (a cover story for whoever checks, what runs on it or who uses it not to be asked).
    /// </summary>
    public static IEnumerable<(int First, int Last)> LinesHosted(PatternContext c)
    {
        var s = UnaskedReadings.Folded(c);
        foreach (var line in Line().EnumerateMatches(s))
        {
            var (start, end) = (line.Index, line.Index + line.Length);
            if (!Owned(s, start, end)
                || !RegistrationLentReadings.Within(c, s, RunByUs(), start, end, UseReach)
                || !(RegistrationLentReadings.Within(c, s, CoverStory(), start, end, ConcealReach, RegistrationLentReadings.AskedByServedPerson)
                     || RegistrationLentReadings.Within(c, s, Unasked(), start, end, ConcealReach)))
            {
                continue;
            }

            return IdentityAndAdReadings.AnchorNear(c, start, end, UseReach);
        }

        return [];
    }

    // The reader's: you, yourself, your home, your name, or a line the reader has (家里有宽带, 有光纤宽带的朋友, 宽带在你名下).
    private static bool Owned(string s, int start, int end)
    {
        var from = Math.Max(0, start - OwnerBefore);
        var to = Math.Min(s.Length, end + OwnerAfter);
        return Owner().IsMatch(s.AsSpan(from, to - from));
    }

    [GeneratedRegex("宽带|光纤|光猫|家宽|路由|网线|网桥|天线|穿透|映射|frp|花生壳|住宅ip|家庭ip|机房|router|broadband|modem|residentialip|homeip|homeinternet",
        RegexOptions.CultureInvariant)]
    private static partial Regex Line();

    [GeneratedRegex("你|您|本人|自己|自家|家里|家庭|名下|名字|实名|有|your|youown|youhave", RegexOptions.CultureInvariant)]
    private static partial Regex Owner();

    // The recruiter's side running or using the line: a device hung, set, put or wired for us (帮我们挂一台小主机, 给我们架个网桥),
    // set up or managed remotely by us (我们远程装端口映射, 技术远程调试), its fee paid by us (网费我们交, 宽带费全包), a tunnel
    // or relay that lets outsiders in (内网穿透, 端口映射, frp, 花生壳, 中转), or the line used by whoever (网给谁用, 对面用来).
    [GeneratedRegex("(?:帮|给|替|为)(?:我们|我)(?:.{0,2})(?:挂|装|架|放|拉|跑|接|搭|设|部署|托管|插)"
        + "|(?:我们|技术|对方|老板|我)(?:通过|来|会)?远程|远程(?:设置|调试|装|配|操作|控制|管理|部署|登录|维护)"
        + "|(?:网费|宽带费|电费|费用)(?:和设备|同设备)?(?:我们|我|对方|老板)(?:交|出|付|包)|(?:网费|宽带费)(?:和设备|同设备)?全包"
        + "|内网穿透|端口映射|frp|花生壳|ngrok|中转|(?:给|畀)谁用|对面(?:用|的人)"
        + "|we(?:manage|control|configure|setup|run|monitor|access)|remotely|ourbox|ourdevice|ourrouter|portforward|tunnel|wepay(?:the|your)?(?:bill|internet)",
        RegexOptions.CultureInvariant)]
    private static partial Regex RunByUs();

    // A cover story for whoever checks, calls or comes to the door (装维师傅上门就说自家用, 运营商问起就说装监控, 派出所上门就讲).
    [GeneratedRegex("(?:问起|问到|问|上门|来人|来查|检查|查|打电话|来电|回访|核实|发现|投诉)(?:的话|时|了)?.{0,10}?(?:就说|就讲|就称|说是|统一说)"
        + "|if(?:your|the)?(?:isp|internetprovider|provider|landlord|police|anyone|neighbou?rs?|technician)(?:calls|asks|comes|checks|visits).{0,12}?(?:say|tell)",
        RegexOptions.CultureInvariant)]
    private static partial Regex CoverStory();

    // What runs on it, what it is for or who uses it, not to be asked or looked at (主机上跑什么别问, 网站是干啥的别看,
    // 对面用来干乜嘢不用管, 网给谁用别问), or the waiver first (别问是干什么的).
    [GeneratedRegex("(?:什么|啥|乜嘢|乜|谁|干嘛|用途|哪来)(?:的|嘅)?.{0,4}?(?:别问|不用管|不用问|不要问|别管|不要管|别看|不要看|别睇|不用看|别打听|不问|不用知道)"
        + "|(?:别问|不用管|不用问|别管|别打听)(?:是)?(?:什么|啥|谁|干嘛|用途|哪来)|dont(?:ask|check|look)|donotask|noneedtoknow|nevermindwhat",
        RegexOptions.CultureInvariant)]
    private static partial Regex Unasked();
}
