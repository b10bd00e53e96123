using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 424: one's own outlet or name lent as the sender of strangers' fake shipments — the "empty parcel" (空包) of the
/// order-brushing and fake-tracking chain. A shop that games a marketplace, or a fraud that needs a parcel "delivered" before a
/// buyer or a platform releases money, needs real tracking numbers with real pick-up scans and nothing to send: it buys them
/// from whoever holds a courier outlet, a parcel station or a counter (驿站, 代收点, 网点, a shipping store), who prints the
/// waybills or addresses the stranger supplies, puts nothing — or a tissue, a sheet of paper, a "gift" — inside, and is paid
/// per parcel. The record is in the outlet's name; the stranger's buyers are strangers to the outlet.
/// <para>
/// The honest forms use the same words: an outlet's own rules refuse empty parcels and waybills others bring
/// (空包和夹带卡类的一律不收; 不接受外来单号), a consolidation warehouse packs real goods on its customers' own orders and sends the
/// waybill to the customer, a stationer sells empty envelopes to buyers who give their own addresses. So the reading needs, in
/// one item of the text, contents that are empty or a token (空包, 空信封, 里面塞纸巾, 放一张纸; empty envelopes, nothing
/// inside) and the waybills, addresses or recipients supplied by the poster's side (面单我们出, 单号和地址我们给, 表里的单号,
/// 收件人是我们给的; labels we email you) — or the reader's own outlet named as the sender (用你的网点, 你那里的驿站; your shipping
/// store) — each standing (not refused before it in its clause, nor by a refusal after its list: ADR 424's post-posed refusal),
/// and pay.
/// </para>
/// Read over the normalised text folded as <see cref="RegistrationLentReadings"/> folds it, behind a first-character search for
/// the words of empty contents (ADR 382).
/// </summary>
internal static partial class EmptyParcelReadings
{
    // The cheap test: any form of empty or token contents holds one of these (空 for 空包 / 空信封 / 空袋; the token's words).
    private static readonly string[] EmptyWords = ["空包", "空信", "空訫", "空xin", "空袋", "空箱", "空件", "空盒", "空快递", "空壳", "纸巾", "白纸", "张纸"];

    private static readonly SearchValues<char> EmptyFirsts = MerchantAndParcelReadings.FirstCharacters(EmptyWords);

    // The English words by a vectorised search of ASCII strings (their first letters are too common for a first-character test).
    private static readonly SearchValues<string> EmptyLatin = SearchValues.Create(["empty", "blank", "tissue", "nothinginside"], StringComparison.Ordinal);

    // How far the supplied waybills or the reader's outlet may stand from the contents: one item of a digest or a slip's lines.
    private const int ItemReach = 120;

    /// <summary>True when the normalised text names empty or token contents: the cheap test.</summary>
    public static bool MentionsEmptyContents(PatternContext c) =>
        MerchantAndParcelReadings.ContainsAny(c.Text.Text, EmptyFirsts, EmptyWords) || c.Text.Text.AsSpan().ContainsAny(EmptyLatin);

    /// <summary>
    /// Where parcels with empty or token contents are sent on waybills or to addresses the poster's side supplies, or from the
    /// reader's own outlet: both standing within one item, in a text that pays.
    /// </summary>
    public static IEnumerable<(int First, int Last)> EmptyParcelsSent(PatternContext c)
    {
        var s = UnaskedReadings.Folded(c);
        if (!CarriedInfrastructureReadings.Pays(c) && !PerParcel().IsMatch(s))
        {
            return [];
        }

        foreach (var m in Empty().EnumerateMatches(s))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (!Stands(c, start, end) || Narrated(c, start, end))
            {
                continue;
            }

            if (StandsWithin(c, s, Supplied(), start, end) || StandsWithin(c, s, OwnOutlet(), start, end))
            {
                return IdentityAndAdReadings.AnchorNear(c, start, end, ItemReach);
            }
        }

        return [];
    }

    // Neither refused before it in its clause (不寄空包, 不用别人给的单号) nor in a list a refusal after it governs (空包一律拒收).
    private static bool Stands(PatternContext c, int start, int end) =>
        !IdentityAndAdReadings.IsRefusedInClause(c, start, end) && !c.IsRefusedAfter(start, end);

    private static bool StandsWithin(PatternContext c, string s, Regex reading, int start, int end)
    {
        var from = Math.Max(0, start - ItemReach);
        var to = Math.Min(s.Length, end + ItemReach);
        foreach (var m in reading.EnumerateMatches(s.AsSpan(from, to - from)))
        {
            if (Stands(c, from + m.Index, from + m.Index + m.Length))
            {
                return true;
            }
        }

        return false;
    }

    // A report of someone else's approach in the contents' clause (有人出钱找驿站老板寄空包; scammers pay shops to mail empty
    // envelopes): what is described, not offered.
    private static bool Narrated(PatternContext c, int start, int end) => Wrongdoer().IsMatch(IdentityAndAdReadings.ClauseBefore(c, start, end));

    // Empty or token contents: an empty parcel, envelope, bag or box; a tissue, a blank sheet, a card or a leaflet put inside;
    // in English, empty envelopes or boxes, nothing inside. Not 礼品代发 alone: a gift shipped on a customer's own order is goods.
    [GeneratedRegex("空(?:包裹?|信封|訫封|xin封|袋子?|箱子?|件|盒子?|快递|壳)|(?:放|塞|装)(?:上|进|入)?(?:一|1|几)?(?:张|包|片)?(?:白纸|纸巾|纸|卡片|宣传单)|纸巾|白纸"
        + "|empty(?:envelopes?|box(?:es)?|packages?|parcels?|mailers?|bags?)|nothinginside|blank(?:cards?|paper|sheets?)|tissues?", RegexOptions.CultureInvariant)]
    private static partial Regex Empty();

    // The waybills, addresses or recipients supplied by the poster's side: 面单我们出, 单号和地址我们给, 单号同地址我们出, 收件人也是我们给的,
    // 我们给的电子面单, 表里的单号, 地址都是表格里的名单, 订单地址我们后台推送; labels we email you, we send the addresses.
    [GeneratedRegex("(?:单号|面单|运单|快递单|地址|收件人|收件信息|收货信息|订单)(?:和|同|啝|与|及|、)?(?:地址|收件人|信息)?(?:也|都|全)?(?:是|由)?(?:我们|我方|上家|平台|对接人)(?:后台)?(?:给|出|提供|发|推送|统一给|指定)"
        + "|(?:我们|我方|上家|平台)(?:给|出|提供|发|推送|指定)(?:的)?(?:电子)?(?:单号|面单|运单|地址|名单|收件人|订单)"
        + "|表(?:格)?里(?:的)?(?:电子)?(?:单号|面单|运单|地址|名单|收件人)"
        + "|(?:labels?|trackingnumbers?|addresses|waybills?)(?:that)?we(?:send|provide|email|give|supply|text)|we(?:send|email|provide|give|supply|text)(?:you)?(?:the|all|our)?(?:prepaid)?(?:shipping)?(?:labels?|addresses|trackingnumbers?|waybills?)", RegexOptions.CultureInvariant)]
    private static partial Regex Supplied();

    // The reader's own outlet as the sender: 用你的网点, 你那里的驿站, 你开的快递代收点; your shipping store, from your store.
    [GeneratedRegex("你(?:的|开的|那里的|那儿的|那边的|家的|店里的)?(?:快递)?(?:网点|驿站|代收点|快递点|快递站|揽收点|菜鸟站)"
        + "|your(?:own)?(?:shipping|mailing|parcel|post|ups|courier)(?:store|shop|office|counter|outlet|point)", RegexOptions.CultureInvariant)]
    private static partial Regex OwnOutlet();

    // Pay per parcel the amount reading leaves: 一单3毛, 每件5角; "$1 per envelope", "80 cents a parcel" (the sign is dropped).
    [GeneratedRegex("[一每](?:单|件|封|个|包)[0-9一二两三四五六七八九十]+(?:毛|角)|[0-9]+(?:cents?)?(?:per|a|an|each|foreach)(?:envelope|parcel|package|label|box|shipment|mailer)", RegexOptions.CultureInvariant)]
    private static partial Regex PerParcel();

    [GeneratedRegex("有人|不法分子|犯罪分子|骗子|团伙|\\b(?:fraudsters?|scammers?|criminals?|crooks?|gangs?)\\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Wrongdoer();
}
