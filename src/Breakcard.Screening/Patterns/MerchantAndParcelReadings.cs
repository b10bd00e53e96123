using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// Readings of two kinds of help that hide who stands behind a business or a parcel (ADR 384).
/// <para>
/// A payment merchant fabricated: a shop is onboarded for a payment code with the reader's identity as its owner or legal
/// person, or with its settlement card one the recruiter names, while the shop is not the reader's (its owner is not told,
/// its licence comes from the recruiter, or what the photos and papers are for is not to be asked). An acquirer's field
/// agent does the same paperwork honestly: the owner is there, the owner's own ID is checked and the settlement card must
/// be the owner's.
/// </para>
/// <para>
/// Parcels shipped for others under a hidden sender: parcels sent for pay per parcel where at least two of these hold —
/// the sender's real name is left out or the sender written as the company, the declared contents are cards or card kits
/// in fact, what is inside or who receives it is not to be asked, a cover story is given for the courier's inspection or
/// the company's reconciliation. A company's mail clerk ships the company's own papers under a real-name sender, lets the
/// courier inspect them and refuses to send cards.
/// </para>
/// They read characters of the normalised text (FraudHelpReadings' fold of Martian forms), each behind a cheap test for
/// its anchor words, so a text that names neither owner, merchant, settlement card nor parcel costs one vectorised search.
/// </summary>
internal static partial class MerchantAndParcelReadings
{
    // The anchor searches: words without which neither reading can hold. A SearchValues<string> of Chinese words runs its
    // Aho-Corasick fallback, a dictionary lookup per character (≈ 1.7 % of the screening bench's process samples for merchants alone);
    // the first characters of the words are one vectorised IndexOfAny instead, each hit checked for a whole word.
    private static readonly string[] MerchantWords = ["店主", "法人", "老板", "商户", "经营者", "结算卡", "收款卡", "结算账户"];

    private static readonly string[] ParcelWords = ["寄", "运单", "发件", "托运"];

    private static readonly SearchValues<char> MerchantFirsts = FirstCharacters(MerchantWords);

    private static readonly SearchValues<char> ParcelFirsts = FirstCharacters(ParcelWords);

    // The four signs of a hidden sender, of which a reading needs two.
    private static readonly Regex[] ParcelSigns = [SenderUnnamed(), DeclaredAsOther(), ContentsUnasked(), InspectionCover()];

    // How far from a reading the term it quotes may lie.
    private const int QuoteReach = 40;

    /// <summary>True when the normalised text names an owner, a merchant or a settlement card: the cheap test.</summary>
    public static bool MentionsMerchant(PatternContext c) => ContainsAny(c.Text.Text, MerchantFirsts, MerchantWords);

    /// <summary>True when the normalised text names a parcel being sent: the cheap test.</summary>
    public static bool MentionsParcel(PatternContext c) => ContainsAny(c.Text.Text, ParcelFirsts, ParcelWords);

    internal static SearchValues<char> FirstCharacters(string[] words) => SearchValues.Create(string.Concat(words.Select(w => w[0])));

    // True when one of `words` occurs in `s`: each hit of a first character is checked for the words it may start.
    internal static bool ContainsAny(string s, SearchValues<char> firsts, string[] words)
    {
        var span = s.AsSpan();
        for (var at = span.IndexOfAny(firsts); at >= 0; at = NextFirst(span, firsts, at + 1))
        {
            foreach (var w in words)
            {
                if (span[at..].StartsWith(w, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int NextFirst(ReadOnlySpan<char> span, SearchValues<char> firsts, int from)
    {
        var next = span[from..].IndexOfAny(firsts);
        return next < 0 ? -1 : from + next;
    }

    /// <summary>
    /// Where a merchant is fabricated: the reader stands as the shop's owner or legal person (用自己身份证当“店主”, 法人：你的
    /// 身份证), or the settlement card is the recruiter's (结算卡填我们给的卡), while the shop is not the reader's — its owner
    /// kept unaware (不用跟老板说, 趁没人拍), its licence supplied (执照我们给), the use of the papers not to be asked, or the
    /// settlement card named by the recruiter, which sends the takings to others whatever the shop.
    /// </summary>
    public static IEnumerable<(int First, int Last)> FabricatedMerchant(PatternContext c)
    {
        var plain = FraudHelpReadings.Plain(c);
        var settlement = Unrefused(plain, SettlementDesignated()).ToList();
        var owner = Unrefused(plain, ReaderAsOwner()).Concat(Unrefused(plain, OwnerFieldIsReader())).ToList();
        if (settlement.Count + owner.Count == 0)
        {
            return [];
        }

        if (settlement.Count == 0 && !OwnerUnaware().IsMatch(plain) && !LicenceSupplied().IsMatch(plain) && !IdentityAndAdReadings.UseUnasked(plain))
        {
            return [];
        }

        var (start, end) = owner.Count > 0 ? owner[0] : settlement[0];
        return IdentityAndAdReadings.AnchorNear(c, start, end, QuoteReach);
    }

    /// <summary>
    /// Where parcels are shipped for others under a hidden sender: at least two of a sender left unnamed, contents declared
    /// as something else, contents or receiver not to be asked, and a cover story for an inspection or a reconciliation.
    /// </summary>
    public static IEnumerable<(int First, int Last)> HiddenSenderParcels(PatternContext c)
    {
        var plain = FraudHelpReadings.Plain(c);
        if (!Shipping().IsMatch(plain))
        {
            return [];
        }

        Match? first = null;
        var signs = 0;
        foreach (var reading in ParcelSigns)
        {
            var m = reading.Match(plain);
            if (m.Success && !IsRefusedBefore(plain, m.Index))
            {
                signs++;
                first ??= m;
            }
        }

        return signs >= 2 && first is not null ? IdentityAndAdReadings.AnchorNear(c, first.Index, first.Index + first.Length, QuoteReach) : [];
    }

    private static IEnumerable<(int Start, int End)> Unrefused(string plain, Regex reading)
    {
        foreach (Match m in reading.Matches(plain))
        {
            if (!IsRefusedBefore(plain, m.Index))
            {
                yield return (m.Index, m.Index + m.Length);
            }
        }
    }

    // A refusal right before a reading (不用你当法人, 不让你填假名): three characters back, as written after normalisation.
    private static bool IsRefusedBefore(string plain, int at) =>
        plain.AsSpan(Math.Max(0, at - 3), at - Math.Max(0, at - 3)).IndexOfAny("不没无未禁拒莫勿") >= 0;

    // The reader stands as the owner: a role taken (当, 做, 充当, 挂) with the reader's self, ID or willingness (愿意, 肯: whoever
    // takes the offer) shortly before it.
    [GeneratedRegex("(自己|你的|你本人|本人|身份证|证件|愿意|肯)[^。]{0,16}?(当|做|充当|冒充|挂名|挂)(个|一下|这家店的?|该店的?|店里的?)?(店主|法人|老板|商户|经营者|负责人)", RegexOptions.CultureInvariant)]
    private static partial Regex ReaderAsOwner();

    // The owner's field of a form filled with the reader's own (法人：你的身份证正反面; the ID word itself is often disguised).
    // 店主自己的 with no verb is the owner's own (结算卡只能绑店主自己的银行卡): only 填/用/写/是 自己的 is the reader's.
    [GeneratedRegex("(法人|店主|老板|商户负责人|经营者)(信息|身份)?((填|用|写|是|就是)?(你的|你本人|你自己)|(填|用|写|是|就是)自己的)", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerFieldIsReader();

    // The merchant's settlement card is one the recruiter names (结算卡填我们给的卡, 收款卡绑指定的银行卡, 回款卡用我们提供的卡).
    [GeneratedRegex("(结算|收款|回款|提现|到账)(卡|鉲|咔|ka|账户)(号)?(填|绑|绑定|用|写|留|是)?(我们给|我们发|我们提供|我们指定|我们的|指定|对接人给|上家给)", RegexOptions.CultureInvariant)]
    private static partial Regex SettlementDesignated();

    // The shop's owner is not to know: 老板不用知道, 店家不用告诉, 瞒着店主, 不用跟老板说, 别让老板知道, 别拍到老板的脸, 趁没人进去拍.
    [GeneratedRegex("(老板|店主|店家|商户)(不用|不会|不必|无需|不要|不)(知[道噵]|知情|告诉|通知|同意)|瞒着(老板|店主|店家|商户)|(不用|别|不要|不必|无需|不许)(跟|和|让|告诉|通知)(老板|店主|店家|商户|店员)|(别|不要)拍(到|菿|箌)?(老板|店主|店员)|趁(没|莈)人|趁人少|趁(老板|店主)不在", RegexOptions.CultureInvariant)]
    private static partial Regex OwnerUnaware();

    // The licence comes from the recruiter (执照照片：我们给, 营业执照用我们发的).
    [GeneratedRegex("(营业执照|执照)(照片|图片)?(我们给|我们发|我们提供|用我们|由我们)", RegexOptions.CultureInvariant)]
    private static partial Regex LicenceSupplied();

    // Parcels sent: a sender's field, a waybill, or parcels sent for someone (帮我们寄, 替我们发几件, 每周寄30单).
    [GeneratedRegex("寄件人|发件人|寄件|托寄物|运单|(帮|替)(我们|我|他们)?(寄|发|代寄)|代寄|(寄|发)[0-9一二三四五六七八九十两几]*(单|件|个包裹)", RegexOptions.CultureInvariant)]
    private static partial Regex Shipping();

    // The sender's real name left out, or the sender written as the company (寄件人填公司名，不用真实姓名; 不走实名).
    [GeneratedRegex("(不用|不填|不走|不写|无需|不需要|免|别填|不要)(填|写|走|用)?(你的|本人|真实|你|寄件人)?(真实)?(姓名|名字|实名|身份证|身份|真名)|(寄件人|发件人)(填|写|用)(公司|单位|行政部|前台)", RegexOptions.CultureInvariant)]
    private static partial Regex SenderUnnamed();

    // Declared as papers, cards in fact (物品：“文件”（实际是银行卡、U盾、手机卡）, 托寄物写资料，里面其实是银行卡).
    [GeneratedRegex("(文件|资料|合同|样品|衣服|书籍)[^。]{0,3}?(实际|里面|其实|实为)[^。]{0,12}?(卡|u盾|网银|证件|身份证|ka)", RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredAsOther();

    // What is inside or who receives it not to be asked (里面是什么别问, 寄给谁不用管).
    [GeneratedRegex("(里面|寄的|装的|内容|东西|包裹)(是|装)?(什么|啥)[^。]{0,3}?(别问|不用管|不要问|不用问|别管|不要管)|(寄给谁|收件人是谁|发给谁|寄到哪)[^。]{0,3}?(别问|不用管|不要问|不用问|别管|不要管)", RegexOptions.CultureInvariant)]
    private static partial Regex ContentsUnasked();

    // A cover story for the courier's inspection or the company's reconciliation (快递员要开箱就说是文件, 对账就说给客户寄合同).
    [GeneratedRegex("(开箱|验视|验货|对账|问起|查件|核对|检查)[^。]{0,6}?(就说|说是|你说|就讲)[^。]{0,8}?(文件|合同|资料|样品|发票)", RegexOptions.CultureInvariant)]
    private static partial Regex InspectionCover();
}
