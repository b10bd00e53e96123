using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 429: the reader's own surface — his shop's receipts, a wall he paints, his packaging, counter or screen — made to carry a
/// stranger's code, link or slogan for pay, with what it leads to kept from the reader or its owner and customers kept
/// uninformed. A loan or gambling platform needs strangers' eyes on its QR code and cannot put it on a takeaway receipt or a
/// village wall itself; the offer pays per month, per wall or per registration and keeps the one fact that would stop the
/// reader: what the code is (二维码是干嘛的别问, 网址是谁家的不用管, don't ask where the link goes) or that the customer or the
/// wall's owner is not to be told (不用跟顾客解释, 别找房主, 不用问村委, don't tell the customers). The honest forms of the same
/// slips carry the shop's own membership code or the client's own advert on a wall whose owner signed, refuse third-party
/// links in their clause, and hide nothing.
/// <para>
/// ADR 423's <c>handed-over-unasked</c> reads the same standing order not to ask, but needs a hand-over to the poster's side
/// or a publication from the reader's own account; a code printed or painted for strangers to scan is neither, so three parts
/// are read here within one item: a code, link or slogan put on a surface (within <see cref="SurfaceReach"/>), a concealment —
/// a standing form of <see cref="PatternContext.ToldNotToAsk"/>, or the owner or customers kept uninformed of a code that is
/// the poster's own or a loan's or casino's — and pay.
/// </para>
/// Read over the normalised text folded as <see cref="RegistrationLentReadings"/> folds it, behind the context's cached
/// reading of what the reader is told not to ask or a first-character search for the words of whom is kept uninformed
/// (ADR 382), then a first-character search for the words of a code.
/// </summary>
internal static partial class SurfaceCodeReadings
{
    // How far the surface may stand from the code, and the concealment from the code: one clause, and one item of a digest
    // or a slip's few lines.
    private const int SurfaceReach = 60;
    private const int ConcealReach = 260;

    // How far before a waiver's question word its subject stands (二维码是谁家的别问, 链接干嘛的, QR code is …).
    private const int WaiverSubjectGap = 6;

    // The cheap tests: whom the uninformed branch names, and the words any code, link or slogan holds (维码 for 弍维码).
    private static readonly string[] UninformedWords = ["房主", "户主", "业主", "村委", "顾客", "客人", "买家", "customer", "owner", "landlord"];
    private static readonly string[] CodeWords = ["维码", "链接", "网址", "标语", "大字", "口号", "广告语", "qr", "link", "url", "slogan", "website", "webaddress"];

    // Each list as an AnchoredWords scanner (ADR 435): the Chinese words by their first characters, the English words as one
    // vectorised search. A first-character search with the English words' c, o, l, q, u, s and w stopped at most letters of an
    // English text (ADR 429's note).
    private static readonly AnchoredWords UninformedAnchors = new(UninformedWords);
    private static readonly AnchoredWords CodeAnchors = new(CodeWords);

    /// <summary>
    /// The cheap test, cheapest first: a standing form of what the reader is told not to ask, or a word of whom is kept
    /// uninformed; then a word of a code, link or slogan.
    /// </summary>
    public static bool Mentions(PatternContext c) =>
        (c.ToldNotToAsk.Count > 0 || UninformedAnchors.IndexIn(c.Text.Text) >= 0) && CodeAnchors.IndexIn(c.Text.Text) >= 0;

    /// <summary>
    /// Where a code, link or slogan is put on a surface the reader controls or paints, within reach of a concealment: the
    /// first such code not refused in its clause, quoted by the term nearest it.
    /// </summary>
    public static IEnumerable<(int First, int Last)> SurfaceCarriesCode(PatternContext c)
    {
        var s = UnaskedReadings.Folded(c);
        foreach (var m in Code().EnumerateMatches(s))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (SubjectOfWaiver(c.ToldNotToAsk, end)
                || RefusedOutsideQuotes(c, start, end)
                || !RegistrationLentReadings.Within(c, s, Surface(), start, end, SurfaceReach)
                || !(Unasked(c.ToldNotToAsk, start, end) || (Uninformed(s, start, end) && Strangers(c, s, start, end))))
            {
                continue;
            }

            return IdentityAndAdReadings.AnchorNear(c, start, end, SurfaceReach);
        }

        return [];
    }

    /// <summary>
    /// True when the text pays as the readings beside this one read pay (<see cref="UnaskedReadings.Pays"/>), or names a rough
    /// sum per wall, sheet, order, cup or month, or jiao per unit (每面三位数, 一面小几百, 每杯2毛): a painter's or a shop's rate the amount
    /// reading leaves.
    /// </summary>
    public static bool Pays(PatternContext c) => UnaskedReadings.Pays(c) || RoughRate().IsMatch(FraudHelpReadings.Plain(c));

    // The code refused in its clause as written (不放第三方链接, no links), a quoted slogan's own words set aside: a loan's
    // “秒批贷款 不看征信” is what is painted, not a refusal to paint it.
    private static bool RefusedOutsideQuotes(PatternContext c, int start, int end)
    {
        var clause = IdentityAndAdReadings.ClauseBefore(c, start, end);
        return IdentityAndAdReadings.Refuses(clause.IndexOfAny(QuoteMarks) < 0 ? clause : Quoted().Replace(clause, string.Empty));
    }

    private static readonly char[] QuoteMarks = ['“', '「', '『', '"', '\''];

    // The code named only as what the waiver is about (二维码是干嘛的别问): no placing of it. The code the slip puts on a
    // surface comes before; a text whose only code is the waiver's subject has placed nothing.
    private static bool SubjectOfWaiver(IReadOnlyList<(int Start, int End)> forms, int end)
    {
        foreach (var (a, _) in forms)
        {
            if (a >= end && a - end <= WaiverSubjectGap)
            {
                return true;
            }
        }

        return false;
    }

    // A standing form of what the reader is told not to ask within reach of the code.
    private static bool Unasked(IReadOnlyList<(int Start, int End)> forms, int start, int end)
    {
        foreach (var (a, b) in forms)
        {
            if ((a >= end ? a - end : start >= b ? start - b : 0) <= ConcealReach)
            {
                return true;
            }
        }

        return false;
    }

    // The owner or customers kept uninformed within reach: the clause is itself a negation (不用问房主), so it is read as a
    // match, not through Within's refusal test.
    private static bool Uninformed(string s, int start, int end)
    {
        var from = Math.Max(0, start - ConcealReach);
        var to = Math.Min(s.Length, end + ConcealReach);
        return KeptUninformed().IsMatch(s.AsSpan(from, to - from));
    }

    // The code is the poster's own (我们的, 对接人给的, ours) or a loan's, casino's or "investment" group's, not refused.
    private static bool Strangers(PatternContext c, string s, int start, int end) =>
        RegistrationLentReadings.Within(c, s, Whose(), start, end, SurfaceReach);

    // A quoted span: “秒批贷款 不看征信”, 「…」, "…", '…'.
    [GeneratedRegex("“[^”]*”|「[^」]*」|『[^』]*』|\"[^\"]*\"|(?<![A-Za-z])'[^']{2,}'(?![A-Za-z])", RegexOptions.CultureInvariant)]
    private static partial Regex Quoted();

    // A rough sum per wall, sheet, order, cup or month, or a sum in jiao per unit: 每面三位数, 一面小几百, 一面墙大几百,
    // 一个月小几百, 每单几毛, 每杯给你2毛.
    [GeneratedRegex("(?:每|一)(?:面墙?|张|单|个月|月|家|天|杯|份|袋)[^，。；\\n]{0,4}?(?:三位数|四位数|小几百|大几百|几百|小几千|几千|几毛|[0-9一二两三四五六七八九]毛)", RegexOptions.CultureInvariant)]
    private static partial Regex RoughRate();

    // A code, link or slogan: 二维码 (弍维码 folded), 链接, 网址, 标语, 大字, 口号; QR code, link, URL, slogan, website. The
    // Zhuyin 二维ㄇㄚ is read as 二维ma before this reading sees it and is not read here (ADR 429's consequences).
    [GeneratedRegex("维码|链接|网址|标语|大字|口号|广告语|qr(?:code)?|links?|urls?|slogans?|website|webaddress", RegexOptions.CultureInvariant)]
    private static partial Regex Code();

    // The surface it is put on: a receipt or order slip, a wall, a shutter or pole, packaging, a bag or box, a flyer, a
    // counter, a menu, a screen; receipts, walls, storefronts, packaging, bags, flyers, counters, menus, screens.
    [GeneratedRegex("小票|尛票|票据|单子|外卖单|打单|收银条|墙|门头|卷帘门|电线杆|包装|餐盒|袋子|快递盒|纸箱|传单|海报|横幅|桌贴|台卡|菜单|杯套|柜台|收银台|屏幕|广告屏"
        + "|receipts?|walls?|storefronts?|shutters?|packaging|bags|boxes|flyers?|counters?|menus?|screens?|tablets?|cups",
        RegexOptions.CultureInvariant)]
    private static partial Regex Surface();

    // The owner or customers not to be asked or told: 不用问房主, 别找村委, 不用跟顾客解释, 别给客人说, 无需给客人说明; don't
    // tell the customers, never ask the owner (an English "no need to ask the owners" does not reach this form: ADR 429).
    [GeneratedRegex("(?:不用|不要|别|无需|不必|甭)(?:去)?(?:问|找|告诉|通知|跟|给|和|同|对|向)(?:房主|户主|业主|村委|顾客|客人|买家)"
        + "|(?:dont|donot|noneedto|never)(?:ask|tell|inform|explain(?:it)?to)(?:the)?(?:owners?|landlords?|customers?|buyers?)",
        RegexOptions.CultureInvariant)]
    private static partial Regex KeptUninformed();

    // Whose the code is: the poster's (我们的, 我们给的, 对接人给的, 上家给的, ours, we send) or a loan's, casino's or "investment"
    // group's (贷款, 网贷, 娱乐, 博彩, 投资群, loan, casino, betting).
    [GeneratedRegex("我们|我们给|对接人|上家|贷款|贷kuan|网贷|秒批|娱乐|博彩|菠菜|投资群|下载就送|ours|oursite|ourlink|wesend|loan|casino|betting|gambling", RegexOptions.CultureInvariant)]
    private static partial Regex Whose();
}
