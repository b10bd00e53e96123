using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 473: paid work for the poster's side whose purpose the reader is told not to ask, with a second sign that what is done
/// is kept from view — read by the shape of the offer, whatever the act.
/// <para>
/// Each round's blind misses were new acts (cooking in a compound abroad, game gear bought with wired money, foreign students
/// taken to open cards, phones fitted with fake-location modules) that no act reading names, but their offers share one shape:
/// "we" pay "you" per item, month or share, and keep from you what the work serves. ADR 423's
/// <see cref="PatternContext.ToldNotToAsk"/> reads the one standing order not to ask (给谁用别问, 楼里干什么不用管, don't ask whose
/// money it is); the act readings pair it with their own nouns (a hand-over, one's own means, a compound abroad). This reading
/// pairs it with any second sign, in one item, of the same concealment: a second standing form (a story for a bank that checks
/// beside a business not to be asked), a story for one's family (对家里就说在工地上班; <i>tell your parents …</i>), the thing
/// collected back or sent where the poster says (办好收回来, 调好发到指定地址, 卖给指定的号; <i>send them to us</i>, <i>our driver
/// collects</i>), the worker's phone or passport taken, the people served never met (公司是谁不用见; <i>you never meet</i>) or the
/// money arriving from the poster's side to be used (钱老板先转给你; <i>we wire funds to your account</i>).
/// </para>
/// <para>
/// Honest work of the same shapes says none of it: a licensed employer names its business, the worker's own account and contract
/// are his, a notice refuses and reports (its forms do not stand: the context's reading). A form that waives everything
/// (什么都不用管, 啥也不用问: "no worries") is reassurance, not an order about what the work serves, and does not count.
/// </para>
/// Behind the context's reading (itself behind two cheap gates, ADR 382), then one regex over an item's window per form.
/// </summary>
internal static partial class ConcealedErrandReadings
{
    // One item of a digest or a form's few lines: the second sign stands within this of the order not to ask.
    private const int ItemReach = 200;

    // The quote may stand anywhere: the offers name their act in words the lexicon does not hold (ADR 399's reach).
    private const int QuoteReach = int.MaxValue;

    /// <summary>
    /// Where the reader, paid, is told not to ask what the work serves and a second sign of concealment stands in the same item:
    /// the first such standing form, neither blanket nor narrated of others, quoted by the term nearest it.
    /// </summary>
    public static IEnumerable<(int First, int Last)> ConcealedErrand(PatternContext c)
    {
        var forms = c.ToldNotToAsk;
        if (forms.Count == 0)
        {
            return [];
        }

        var s = UnaskedReadings.Folded(c);
        if (!UnaskedReadings.Pays(c) && !OwnMeansUnaskedReadings.Pays(c, s))
        {
            return [];
        }

        for (var i = 0; i < forms.Count; i++)
        {
            var (a, b) = forms[i];
            if (Blanket(s, a, b) || CompoundWorkReadings.Narrated(c, a, b))
            {
                continue;
            }

            if (SecondFormNear(s, forms, i) || SecondSignNear(c, s, a, b))
            {
                return IdentityAndAdReadings.AnchorNear(c, a, b, QuoteReach);
            }
        }

        return [];
    }

    // 什么都不用管, 啥也别问: every worry waived, nothing in particular kept back.
    private static bool Blanket(string s, int a, int b) => BlanketWaiver().IsMatch(s.AsSpan(a, b - a));

    // Another standing form, not blanket, in the same item: a story for whoever checks beside a business not to be asked.
    private static bool SecondFormNear(string s, IReadOnlyList<(int Start, int End)> forms, int i)
    {
        var (a, b) = forms[i];
        for (var j = 0; j < forms.Count; j++)
        {
            var (x, y) = forms[j];
            if (j != i && (x >= b ? x - b : a - y) <= ItemReach && !Blanket(s, x, y))
            {
                return true;
            }
        }

        return false;
    }

    // A second sign in the item, outside the form and not refused in its clause.
    private static bool SecondSignNear(PatternContext c, string s, int a, int b)
    {
        var from = Math.Max(0, a - ItemReach);
        var to = Math.Min(s.Length, b + ItemReach);
        foreach (var m in SecondSign().EnumerateMatches(s.AsSpan(from, to - from)))
        {
            var (start, end) = (from + m.Index, from + m.Index + m.Length);
            if ((start < b && end > a) || IdentityAndAdReadings.IsRefusedInClause(c, start, end))
            {
                continue;
            }

            return true;
        }

        return false;
    }

    [GeneratedRegex("(?:都|也|全都|一概)(?:别|不|莫|少)|(?:anything|everything|whatever)(?:else)?$", RegexOptions.CultureInvariant)]
    private static partial Regex BlanketWaiver();

    // The second signs, Chinese then English, over the folded text (no spaces or punctuation):
    // (1) a story for one's family (对家里就说, 跟家人就讲, 给爸妈说); (2) the thing collected back or sent where the poster says
    // (办好收回来, 发到指定地址, 寄到边境, 卖给指定的号, 交给我们, 交公司保管; ADR 481: 拍视频交上来, 每天有人来取走,
    // 转回指定账户) — not 给公司 (for whom the work is done); (3) the phone or passport taken (手机入园交公司, 护照统一保管;
    // ADR 481: 手机进门关机), or the people minded kept from leaving or reporting (ADR 481: 他们的电话你保管, 别让他们跑了,
    // 不让卡主去挂失); (4) the people served never met (不用见, 不认识老板, 不见面); (5) the money arriving from the poster's
    // side (钱老板先转给你, 资金分几笔打到你卡上). English: tell your family or parents; send, hand or give it to us or our people,
    // our driver or courier collects; you never meet; we wire, send or deposit funds to your account.
    [GeneratedRegex(
        "(?:对|跟|和|给|向)(?:家里人?|家人|父母|爸妈|家长|老婆|老公|对象|亲戚)(?:就|都|只)?(?:说|讲|称)"
        + "|收回来|拿回来|收上来|收走|交上来|取走|拿走|(?:有人|专人)来(?:取|拿|收)|(?:发|寄|送|交|转|卖|运)(?:回|到|往|给)?(?:到|给)?(?:指定|边境|我们|老板|对接|上家)|交(?:给)?公司"
        + "|(?:手机|电话|护照|证件)(?:到了|入园|进园区?|进门|一到|上班)?(?:就|要|须|需|得)?(?:统一)?(?:上交|统一保管|公司保管|收走|没收|扣下|关机)|(?:电话|手机)你(?:保管|收着|拿着)"
        + "|(?:别|不|不要|不能|不许)让(?:他们|她们|卡主|人)(?:单独)?(?:跑|走|出去|报警|挂失|补卡)"
        + "|(?:不用|不必|不需要|无需|不会|不能)(?:见面?|认识|露面)|不见面|见不到(?:老板|我们|人)"
        + "|(?:钱|资金|款|货款|本金)(?:由|是)?(?:我们|老板|公司|上家)?(?:先|会)?(?:分几笔|分批)?(?:打到|转到|打给|转给|打进|转进|充到)(?:你|您)"
        + "|tell(?:your)?(?:family|parents|folks|mom|dad|wife|husband|partner)"
        + "|(?:send|hand|pass|give|mail|ship|forward|deliver|bring)(?:s|ed|ing)?(?:it|them|everything|the[a-z]{1,12})?(?:over)?(?:to)(?:us|ourpeople|ourteam|ourhandler|ourcourier|ourdriver|ourguy)"
        + "|our(?:driver|courier|guy|people|team)(?:will)?(?:collect|pick)|wecollect"
        + "|(?:never|wont|dont|donot|neednot|dontneedto|noneedto)meet"
        + "|(?:we|they|theboss|theteam)(?:will)?(?:wire|send|transfer|deposit|move)s?(?:the)?(?:funds|money|cash)?(?:into|to)your",
        RegexOptions.CultureInvariant)]
    private static partial Regex SecondSign();
}
