using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 401: a registration put to a stranger's use. Real-name rules tie a login, a phone number, a SIM, a parcel's sender or a
/// payment's collecting card to a person — the reader, a customer whose phone or SIM is in the reader's care, or the reader's
/// employer, whose name a group-plan line or a shipping account carries. The help a fraud buys from such a person is the
/// registration itself: the login, the code, the line or the waybill goes to the recruiter's side (交给对接人, 验证码转给上家,
/// 卡寄给我们, 货款转到我们指定的账户), for pay per item or per term, while the one the registration answers to is kept from
/// knowing — a cover story for whoever checks or asks (网络中心打电话就说自己在用, 运营商回访就说销售团队在用, 有人投诉就说是赠品),
/// what it is for or where the list came from not to be asked, the holder unaware (本人不知道, 没人查) or the traces deleted
/// (短信删掉). The honest forms of the same slips — a network centre's renewal slip, a repair shop's work order, a shop's
/// dispatch list, a company's SIM request — hand nothing to anyone outside the registration and hide nothing from its
/// holder, so all three parts are needed: whose registration, handed to whom, and kept from whom.
/// <para>
/// Read over the normalised text with FraudHelpReadings' fold of Martian forms, widened by the rarer forms and the Cantonese
/// words these slips are written in (鉲 卡, 僦 就, 畀 给, 哋 们, 嘅 的, 攞 拿), behind a first-character search for the words
/// that keep something from view, so a text with none of them costs one scan.
/// </para>
/// </summary>
internal static partial class RegistrationLentReadings
{
    // Martian forms of the characters of ConcealWords (the normaliser folds 説 and 別 already); declared first, since the
    // word list below is expanded from it when the type initialises.
    private static readonly Dictionary<char, string> GateVariants = new()
    {
        ['就'] = "僦", ['不'] = "芣吥", ['用'] = "甪", ['没'] = "莈", ['知'] = "倁", ['要'] = "婹",
    };

    // Words without which nothing is kept from view: a cover story, a question forbidden, the holder unaware, traces deleted —
    // every way the three concealment readings below begin or end, so the gate passes whatever they can read.
    // Expanded at start-up with the Martian forms the normaliser leaves (僦说, 芣甪管, 吥知道, 莈人查), so the gate sees them.
    private static readonly string[] ConcealWords = Expand(
        ["就说", "就讲", "就称", "说是", "统一说", "打电话说", "投诉说", "问起说", "来电说", "别问", "不问", "别打听", "不用管", "不用问", "不要问",
         "别管", "不要管", "不用知道", "不知道", "不晓得", "发现不了", "不会发现", "不会知道", "察觉不到", "查不到", "没人查", "删掉", "清掉", "删除",
         "清除",
         // ADR 423: the waivers only PatternContext.ToldNotToAsk reads (少打听, 不关你的事, 与你无关 …) and a story answered (就答).
         "不必问", "别多问", "少问", "少打听", "不用打听", "不必管", "不需要知道", "不用操心", "不关你", "与你无关", "跟你无关", "不该问", "就答",
         // ADR 433: a waiver round 25 wrote (不过问, 莫问) and an asking left unanswered (有人问不用回, 有调证别回).
         "不过问", "莫问", "别操心", "不必操心", "不用回", "别回", "不要回", "不用理", "别理"]);

    private static readonly SearchValues<char> ConcealFirsts = MerchantAndParcelReadings.FirstCharacters(ConcealWords);

    // The words by their first character: 不 and 发 are common, so a hit of one is checked only against the words it begins.
    private static readonly Dictionary<char, string[]> ConcealByFirst =
        ConcealWords.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());

    // Rarer Martian and Cantonese forms folded one for one on top of FraudHelpReadings.Plain (positions stay those of the
    // normalised text): 鉲 卡, 僦 就, 仩 上, 茬 在, 莈 没, 嘟 都, 彵 他, 唻 婡 来, 哆 多, 婹 要, 倁 知, 噵 道, 喺 在, 嘅 的, 畀 给,
    // 哋 们, 攞 拿, 佢 他.
    private const string WiderForms = "鉲僦仩茬莈嘟彵唻婡哆婹倁噵喺嘅畀哋攞佢";
    private const string WiderPlain = "卡就上在没都他来来多要知道在的给们拿他";

    // How far the registration and the concealment may lie from the hand-over: one item of a digest or a slip's few lines.
    private const int RegistrationReach = 120;
    private const int ConcealReach = 200;

    // How far from the hand-over the term the hit quotes may lie: a slip with few terms (号卡, 每张) names them a line away.
    private const int QuoteReach = 120;

    /// <summary>True when the normalised text names a way of keeping something from view: the cheap test.</summary>
    public static bool MentionsConcealment(PatternContext c)
    {
        var span = c.Text.Text.AsSpan();
        for (var at = span.IndexOfAny(ConcealFirsts); at >= 0;)
        {
            foreach (var w in ConcealByFirst[span[at]])
            {
                if (span[at..].StartsWith(w, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            var next = span[(at + 1)..].IndexOfAny(ConcealFirsts);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    /// <summary>
    /// Where a registration of the reader's, of a customer in the reader's care or of the reader's employer goes to the
    /// recruiter's side, kept from the one it answers to: a hand-over to the recruiter (not refused in its clause), a
    /// registration named within reach of it, and a concealment within reach (a cover story for whoever checks, a question of
    /// purpose or source forbidden, the holder unaware, the traces deleted).
    /// </summary>
    public static IEnumerable<(int First, int Last)> RegistrationsLent(PatternContext c)
    {
        var s = Fold(FraudHelpReadings.Plain(c));
        foreach (var hand in HandedToRecruiter().EnumerateMatches(s))
        {
            var (start, end) = (hand.Index, hand.Index + hand.Length);
            if (IdentityAndAdReadings.IsRefusedInClause(c, start, end)
                || !Within(c, s, Registration(), start, end, RegistrationReach)
                || !(Within(c, s, CoverStory(), start, end, ConcealReach, AskedByServedPerson) || Within(c, s, Unasked(), start, end, ConcealReach)
                     || Within(c, s, HolderUnaware(), start, end, ConcealReach)))
            {
                continue;
            }

            return IdentityAndAdReadings.AnchorNear(c, start, end, QuoteReach);
        }

        return [];
    }

    // True when `reading` matches, not refused in its clause (nor passed over by `skip`), within `reach` characters of [start, end).
    internal static bool Within(PatternContext c, string s, Regex reading, int start, int end, int reach, Func<string, int, bool>? skip = null)
    {
        var from = Math.Max(0, start - reach);
        var to = Math.Min(s.Length, end + reach);
        foreach (var m in reading.EnumerateMatches(s.AsSpan(from, to - from)))
        {
            if (!IdentityAndAdReadings.IsRefusedInClause(c, from + m.Index, from + m.Index + m.Length) && (skip is null || !skip(s, from + m.Index)))
            {
                return true;
            }
        }

        return false;
    }

    // What to tell a customer, a buyer or a user who asks (客户问起物流就说已发货) is sales talk, not a story for whoever checks
    // (ADR 260's reading of 顾客问起就说); where the customer's own number is taken, the texts also leave its use unasked or
    // delete the traces, which the other two concealments read.
    internal static bool AskedByServedPerson(string s, int at)
    {
        var from = Math.Max(0, at - ServedReach);
        var before = s.AsSpan(from, at - from);
        foreach (var who in ServedPersons)
        {
            if (before.Contains(who, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] ServedPersons = ["顾客", "客户", "客人", "买家", "用户"];

    // How far before the asking the served person may stand (客户来电问起: the asker, then up to four characters).
    private const int ServedReach = 6;

    // The wider forms as a search built once: a string of nineteen characters passed to IndexOfAny builds its lookup on
    // every call (ADR 426's trap; ADR 435).
    private static readonly SearchValues<char> WiderSearch = SearchValues.Create(WiderForms);

    /// <summary><paramref name="plain"/> with the wider forms folded one for one; <paramref name="plain"/> itself when it has none. Per context: <see cref="PatternContext.FoldedText"/>.</summary>
    internal static string Fold(string plain)
    {
        if (plain.AsSpan().IndexOfAny(WiderSearch) < 0)
        {
            return plain;
        }

        return string.Create(plain.Length, plain, static (chars, p) =>
        {
            for (var k = 0; k < p.Length; k++)
            {
                var at = WiderForms.IndexOf(p[k], StringComparison.Ordinal);
                chars[k] = at >= 0 ? WiderPlain[at] : p[k];
            }
        });
    }

    // Each word with every combination of the Martian forms of its characters.
    private static string[] Expand(string[] words)
    {
        var all = new List<string>();
        foreach (var w in words)
        {
            var forms = new List<string> { "" };
            foreach (var ch in w)
            {
                var options = GateVariants.TryGetValue(ch, out var v) ? ch + v : ch.ToString();
                forms = [.. forms.SelectMany(f => options.Select(o => f + o))];
            }

            all.AddRange(forms);
        }

        return [.. all.Distinct(StringComparer.Ordinal)];
    }

    // The recruiter's side receiving the registration or what it yields: handed, sent, forwarded, posted, rented or sold to
    // us, me, the upstream buyer or the contact (交给对接人, 转给我们, 寄给上家, 租给我们, 验证码转发给我; 我们指定 whatever the
    // verb before it or the account's spelling after it), done for us with it (帮我们注册, 给我们接), or money sent back to us
    // (再转回来). Not a name, a company or a customer as receiver.
    [GeneratedRegex("(?:交|发|转|寄|租|卖|借|递|传|打|汇|给)(?:给|到|回)?(?:我们|我|上家|上线|对接人|下家|指定的?(?:账户|账号|户头|人)|老板)"
        + "|我们指定|(?:帮|替|给)我们(?:注册|接|收|发|申请|办|开|登|寄)|转回来|转回给", RegexOptions.CultureInvariant)]
    private static partial Regex HandedToRecruiter();

    // A registration and whose it is: the reader's own (你的学号, 你本人实名, 用你的身份证, 你卡), a customer's or holder's
    // whose phone is in the reader's care (顾客的号, 这台机的手机号, 机器里的手机卡, 笔记本里插着的手机卡, 他们的号), or the employer's (公司名义, 集团账户,
    // 集团号卡, 单位名下). A bare 号 must follow its owner closely (客户的订单号 is an order, not a line); a number in zhuyin reads
    // hao (学ㄏㄠ → 学hao), a card ka.
    [GeneratedRegex("(?:你|您|本人|自己|顾客|客户|客人|机主|号主|用户|业主|员工|他们|这台机|(?:机器|手机|电脑|笔记本|平板|设备)里(?:插着|装着)?|公司|单位|集团)(?:的|之)?"
        + "(?:.{0,6}?(?:(?:学|账|帐|手机|电话|门)(?:号|hao)|号码|号卡|sim|实名|身份证|名义|名下|名字|账户|密码|统一认证|卡|ka(?![a-z]))"
        + "|(?:手机|电话|本人)?(?:号|hao(?![a-z])))", RegexOptions.CultureInvariant)]
    private static partial Regex Registration();

    // A cover story for whoever checks or asks: a check, a call, a question, a discovery or a complaint, then what to say
    // (网络中心打电话就说自己在用, 运营商回访就说销售团队在用; 投诉说没买过说系统发错了).
    [GeneratedRegex("(?:问起|问到|问|打电话|来电|回访|核查|核实|查|发现|投诉|追问|打来|举报)(?:的话|时|了)?.{0,10}?(?:就说|就讲|就称|说是|你就说|统一说)"
        + "|(?:打电话|投诉|问起|来电)说.{1,8}?说", RegexOptions.CultureInvariant)]
    private static partial Regex CoverStory();

    // What it is for, who uses it or where the list came from, not to be asked (用途别问, 拿去干什么不用管, 名单哪来的别问,
    // 收件人是谁别问); or the waiver first (不用管拿去干嘛).
    [GeneratedRegex("(?:用途|干嘛|干什么|做什么|干啥|做啥|干乜|哪来|从哪来|是谁|给谁|拿去|用来干|什么用|谁用)(?:的)?.{0,4}?(?:别问|不用管|不用问|不要问|别管|不要管|不用知道|别打听|不问)"
        + "|(?:别问|不用管|不用问|别管)(?:是)?(?:用途|干嘛|干什么|做什么|拿去|谁用|给谁|哪来)", RegexOptions.CultureInvariant)]
    private static partial Regex Unasked();

    // The holder or the organisation unaware (本人不知道, 员工不晓得, 顾客不会知道, 没人查, 不会发现) or the traces deleted
    // (短信删掉, 删掉短信, 清掉记录).
    [GeneratedRegex("(?:本人|员工|顾客|客户|用户|机主|号主|家人|学校|公司|单位|他们)(?:都|也)?(?:不知道|不晓得|不用知道|发现不了|不会发现|不会知道|察觉不到|查不到)"
        + "|没人查|不会发现|发现不了|(?:删掉|清掉|删除|清除)(?:验证)?(?:短信|记录)|(?:短信|记录)(?:删掉|清掉|删除|清除)", RegexOptions.CultureInvariant)]
    private static partial Regex HolderUnaware();
}
