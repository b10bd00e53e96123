using System.Text.RegularExpressions;
using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 433: one's own means put to the poster's use for pay, with what they carry not to be asked.
/// <para>
/// ADR 423's <see cref="PatternContext.ToldNotToAsk"/> is evidence where the reader hands something over; round 25's misses
/// carried it standing (付款人是谁别问, 推的是什么别问, 卡给谁用不用管, 有人问就说是网关, 谁打的钱别问) in offers where nothing is
/// handed over: the reader's own means do the work where they are — his account or collection code takes strangers' payments,
/// his public account pushes the poster's articles, his ID registers the cards, his home network carries the poster's box, his
/// shop's receipts carry the poster's code. The structure is the same whatever the act: the reader's own account, card, code,
/// number, line, identity, licence, device, network or outlet (你的账户, 你名下的卡, 你本人的证件, 你家wifi, 你开的店; <i>your
/// account, under your name, your ID</i>), the poster's use of it paid for, and the one fact the offer keeps from him — whose
/// money, what content, who uses it — not to be asked, or a story for whoever asks. Honest work of the same shape asks
/// (收款要核实付款人), refuses (有人让你别问…的，一律拒绝) or tells the truth; those forms do not stand (the context's reading).
/// </para>
/// Behind the context's reading (itself behind the concealment gate, ADR 382), then one regex over an item's window.
/// </summary>
internal static partial class OwnMeansUnaskedReadings
{
    // One item of a digest or a slip's few lines: the form and the means stand within this of each other.
    private const int ItemReach = 200;

    // The quote may stand anywhere: the slips name their act in words the lexicon does not hold (ADR 399's reach).
    private const int QuoteReach = int.MaxValue;

    // How far before a signing its 帮 or 替 may stand: the party between (几家公司, 我们的公司) is a few characters (ADR 463).
    private const int SignedForReach = 8;

    private static readonly System.Buffers.SearchValues<char> OnBehalf = System.Buffers.SearchValues.Create("帮替代");

    /// <summary>
    /// Where the reader's own means stand within one item of a standing form of <see cref="PatternContext.ToldNotToAsk"/>, for
    /// pay: the first such means, not refused in its clause, quoted by the term nearest it.
    /// </summary>
    public static IEnumerable<(int First, int Last)> OwnMeansUnasked(PatternContext c) => BesideStandingForm(c, OwnMeans());

    /// <summary>
    /// Where <paramref name="reading"/> matches within one item of a standing form of <see cref="PatternContext.ToldNotToAsk"/>,
    /// for pay: the first match not refused in its clause, quoted by the term nearest it. ADR 463's persuasion reading shares it.
    /// </summary>
    internal static IEnumerable<(int First, int Last)> BesideStandingForm(PatternContext c, Regex reading)
    {
        var forms = c.ToldNotToAsk;
        if (forms.Count == 0)
        {
            return [];
        }

        var s = UnaskedReadings.Folded(c);
        if (!Pays(c, s))
        {
            return [];
        }

        foreach (var (a, b) in forms)
        {
            var from = Math.Max(0, a - ItemReach);
            var to = Math.Min(s.Length, b + ItemReach);
            foreach (var m in reading.EnumerateMatches(s.AsSpan(from, to - from)))
            {
                var (start, end) = (from + m.Index, from + m.Index + m.Length);
                if (IdentityAndAdReadings.IsRefusedInClause(c, start, end))
                {
                    continue;
                }

                return IdentityAndAdReadings.AnchorNear(c, start, end, QuoteReach);
            }
        }

        return [];
    }

    /// <summary>
    /// ADR 463: formal hiring read from its words (签合同, 入职, 社保), but not a contract the reader signs on someone else's behalf
    /// (帮几家公司签合同, 替我们的公司签订合同, 代签合同): that is the act offered, not the reader's own employment.
    /// </summary>
    internal static bool HiresFormally(PatternContext c)
    {
        if (!c.Has(Concept.FormalEmployment))
        {
            return false;
        }

        var s = c.Text.Text;
        for (var i = 0; i < c.Terms.Count; i++) // an index, not foreach: foreach boxed the list's enumerator (ADR 435)
        {
            var t = c.Terms[i];
            if (t.Has(Concept.FormalEmployment) && !SignedForOthers(c, s, t.Start))
            {
                return true;
            }
        }

        return false;
    }

    // 帮, 替 or 代 and whom within the few characters before a signing, in its clause (帮几家公司签合同, 替老板签).
    private static bool SignedForOthers(PatternContext c, string s, int at)
    {
        var from = Math.Max(0, at - SignedForReach);
        for (var i = at; i > from; i--)
        {
            if (i < s.Length && c.Text.ClauseBreakBefore(i))
            {
                from = i;
                break;
            }
        }

        return at <= s.Length && s.AsSpan(from, at - from).IndexOfAny(OnBehalf) >= 0;
    }

    /// <summary>
    /// The pay tests of the readings beside this one (<see cref="SurfaceCodeReadings.Pays"/>), a sum the amount scanner reads
    /// (banknote counts: 一张一张毛爷爷), or a share of what passes through (每单3个点给你, 每单抽2%, keep 3% of every sale).
    /// </summary>
    internal static bool Pays(PatternContext c, string s) => c.Amounts.Count > 0 || CarriedAcrossReadings.Pays(c) || Share().IsMatch(s);

    // English: keep 3% of every sale, a 2 percent cut, 5 per cent on each payment (the normaliser drops the per-cent sign).
    [GeneratedRegex("[0-9一二两三四五六七八九十半]个点|抽[0-9一二两三四五六七八九十]|[0-9]%|提成|佣金|好处费"
        + "|keep(?:s|ing)?(?:a)?[0-9]{1,2}(?:percent|pc)?(?:cut)?(?:of|on|from)|[0-9]{1,2}(?:percent|pc)(?:cut|commission)?(?:of|on|from)?(?:every|each|all|the)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Share();

    // The reader's own means: his (你, 您, 本人, 你家, 名下, 你开的) account, card, collection code, number, SIM, ID, licence,
    // public account, device, network, car or outlet; English: your (own, real) card, account, ID, name, number, SIM, line,
    // phone, shop, page, wifi, or in / under your name. 的 and up to four characters may stand between (你名下的交通金融卡,
    // 你开的快餐店, 你本人认证的); a disguised letter may stand for the first character (z户 账户, s款码 收款码). ADR 463: one's name
    // and identity themselves (你的名字, 本人实名, 你的身份, 以你的名义, 你的名去银行, 有你照片的那张) — what a contract, a box or a purchase
    // is made in —
    // the reader made a party to a stranger's deal (你作为乙方签, 本人当担保人, 你当买方) and the reader in person doing it (本人注册,
    // 本人去开户, 本人到店提车). ADR 470: his premises, address or the screens he manages (你名下的住房, 你家地址, 你的门面, 你管的几栋楼,
    // 你负责的电梯广告屏) — lent as a shell company's address or played with the poster's adverts.
    [GeneratedRegex(
        "(?:你|您|本人|你家|您家|名下)(?:的|之|开的|管的|负责的|名下的|本人的?|自己的?)?.{0,4}?"
        + "(?:卡|账户|帐户|户头|[a-z]?户(?!口本|外|型)|账号|帐号|收款码|[a-z]?款码|号(?!召|称|码是)|号码|手机|sim|身份证|证件|执照|营业执照|店|铺|档口|批发部|商行|酒行|公众号|视频号|抖音|微信|支付宝|设备|电脑|路由|宽带|wifi|网络|车|脸|声音|肖像|露脸|镜头|驾驶证|驾照|名字|名义|实名|身份|签名|签字|照片|名(?=[去在到])|乙方|甲方|买方|卖方|担保人|保证人|签署人|法人|股东|地址|门面|住房|房子|房产|商铺|楼|电梯|屏)|驾驶证|驾照"
        + "|本人.{0,4}?(?:注册|开通|认证|签|租|开户|办|登记|购|买|提)"
        + "|your(?:own|real)?(?:bank|debit|credit)?(?:card|account|id|number|sim|line|phone|shop|store|page|profile|wifi|internet|router|licen[cs]e|passport|face|voice|likeness|drivers?licen[cs]e|drivinglicen[cs]e)"
        + "|(?:in|under)your(?:own|real)?name",
        RegexOptions.CultureInvariant)]
    private static partial Regex OwnMeans();
}
