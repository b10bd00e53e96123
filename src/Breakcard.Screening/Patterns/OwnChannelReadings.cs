using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 416: the reader's own channel or licence made to carry or vouch for strangers' traffic. A short-video account is
/// registered to its holder and a caller-ID display name (号码认证, 来电名片, 号码标注) is filed on a business licence: what a
/// gang buys from the holder is that trust — strangers' clips posted from the reader's own account with their watermark, web
/// address, QR code or link left in (搬运带水印, 挂链接, 引流到群), or strangers' numbers shown to the people they call under a
/// name the reader's licence vouches for ("某某客服", "XX金融") — for pay per clip or per number, while the platform or the
/// authentication provider is told a story (平台问起就说自己剪的, 回访就说号码是员工的) or the reader is told not to ask what
/// the mark leads to or whom the numbers call (水印是谁的别问, 打给谁不用管). The honest forms of the same slips — a brand's own
/// clips with its own logo on its own account, a company's own lines under its licence's own name — carry nobody else's
/// mark or number and hide nothing, so four parts are needed within one item: the thing carried (a mark or a caller-ID
/// filing), the reader's own channel or licence, the concealment, and pay.
/// <para>
/// Read over the normalised text folded as <see cref="RegistrationLentReadings"/> folds it (Martian and Cantonese forms),
/// behind the context's cached test for a concealment word (<see cref="PatternContext.MentionsKeptFromView"/>: one scan for both
/// readings), then a first-character search for the words of what is carried, then the pay test.
/// </para>
/// </summary>
internal static partial class OwnChannelReadings
{
    // What is carried: a mark that sends viewers elsewhere, or a caller-ID filing. Chinese words by their first character
    // (ADR 382's addendum), Latin words in one vectorised search; the same words as Mark() and CallerName() below.
    private static readonly string[] MarkWords = ["水印", "二维码", "网址", "链接", "小字", "引流", "导流", "挂链"];

    // 码认证 and 电名片 also catch the forms the normaliser leaves (hao码认证, 婡电名片); ma认证 (号ㄇㄚ认证 read as pinyin) is
    // searched on its own, since a first-character search on its m would stop at every Latin word.
    private static readonly string[] CallerWords = ["码认证", "号码标注", "电名片", "来电显示", "显示名", "认证名称", "企业名片", "外显"];

    private static readonly SearchValues<char> MarkFirsts = MerchantAndParcelReadings.FirstCharacters(MarkWords);

    private static readonly SearchValues<char> CallerFirsts = MerchantAndParcelReadings.FirstCharacters(CallerWords);

    private static readonly SearchValues<string> MarkLatin = SearchValues.Create(["watermark", "qrcode", "link", "url"], StringComparison.Ordinal);

    private static readonly SearchValues<string> CallerLatin = SearchValues.Create(["callerid", "callername", "cnam", "displayname"], StringComparison.Ordinal);

    // How far from what is carried the reader's channel or licence may stand, and the concealment: one item of a digest or a
    // slip's few lines.
    private const int OwnerReach = 120;
    private const int ConcealReach = 220;

    /// <summary>True when the normalised text names a mark that sends viewers elsewhere: the cheap test.</summary>
    public static bool MentionsMark(PatternContext c) =>
        MerchantAndParcelReadings.ContainsAny(c.Text.Text, MarkFirsts, MarkWords) || c.Text.Text.AsSpan().IndexOfAny(MarkLatin) >= 0;

    /// <summary>True when the normalised text names a caller-ID filing: the cheap test.</summary>
    public static bool MentionsCallerName(PatternContext c) =>
        MerchantAndParcelReadings.ContainsAny(c.Text.Text, CallerFirsts, CallerWords) || c.Text.Text.AsSpan().IndexOfAny(CallerLatin) >= 0
        || c.Text.Text.Contains("ma认证", StringComparison.Ordinal);

    /// <summary>
    /// True when the text pays (<see cref="FraudHelpReadings.Pays"/>) or, in English, names a sum per clip, post, view, number or
    /// line ($3 a clip, $40 per number): the normaliser drops the dollar sign, so the amount scanner does not read these sums.
    /// </summary>
    public static bool Pays(PatternContext c) => FraudHelpReadings.Pays(c) || PerUnitInEnglish().IsMatch(c.Text.Text);

    /// <summary>
    /// Where a mark (watermark, web address, QR code, link) is carried on clips or posts from the reader's own account, not
    /// refused in its clause, with a cover story for the platform or what the mark is or leads to not to be asked within reach.
    /// </summary>
    public static IEnumerable<(int First, int Last)> MarksCarried(PatternContext c) => Carried(c, Mark(), ChannelOwner());

    /// <summary>
    /// Where a caller-ID filing (号码认证, 来电名片, a caller name) is made on the reader's own licence or company, not refused in
    /// its clause, with a cover story for the provider or whom the numbers call not to be asked within reach.
    /// </summary>
    public static IEnumerable<(int First, int Last)> CallerNamesLent(PatternContext c) => Carried(c, CallerName(), LicenceOwner());

    private static IEnumerable<(int First, int Last)> Carried(PatternContext c, Regex carried, Regex owner)
    {
        var s = UnaskedReadings.Folded(c);
        foreach (var m in carried.EnumerateMatches(s))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (IdentityAndAdReadings.IsRefusedInClause(c, start, end)
                || !RegistrationLentReadings.Within(c, s, owner, start, end, OwnerReach)
                || !(RegistrationLentReadings.Within(c, s, CoverStory(), start, end, ConcealReach, RegistrationLentReadings.AskedByServedPerson)
                     || RegistrationLentReadings.Within(c, s, Unasked(), start, end, ConcealReach)))
            {
                continue;
            }

            return IdentityAndAdReadings.AnchorNear(c, start, end, OwnerReach);
        }

        return [];
    }

    [GeneratedRegex("[0-9](?:dollars?|usd|bucks)?(?:a|per|each|forevery)(?:clip|video|post|upload|view|number|line|filing)", RegexOptions.CultureInvariant)]
    private static partial Regex PerUnitInEnglish();

    [GeneratedRegex("水印|二维码|网址|链接|小字|引流|导流|挂链|watermark|qrcode|link|url", RegexOptions.CultureInvariant)]
    private static partial Regex Mark();

    [GeneratedRegex("(?:号|hao)(?:码|ma)(?:标记)?认证|号码标注|来电名片|来电显示|显示名|认证名称|企业名片|外显|callerid|callername|cnam|displayname", RegexOptions.CultureInvariant)]
    private static partial Regex CallerName();

    // The reader's own account or channel: 你本人的抖音号, 你自己的B站账号, 用你实名的视频号, 你的小红书, 你的朋友圈, your TikTok, your own channel.
    // A platform's name may stand past an aside (用你（看每行开头）的B站号); a bare 号 or 账号 must follow closely. A number in
    // zhuyin reads hao (视频ㄏㄠ → 视频hao).
    [GeneratedRegex("(?:你|您|本人|自己|实名)(?:的|之)?(?:.{0,16}?(?:抖音|快手|b站|视频(?:号|hao)|小红书|微博|头条|西瓜|朋友圈|公众号|贴吧|知乎|豆瓣|闲鱼|tiktok|youtube)|.{0,6}?(?:(?:账|帐)?(?:号|hao)|主页|频道|直播间|ins))"
        + "|your(?:own)?(?:tiktok|youtube|instagram|ig|reels|shorts|channel|account|page|profile|feed)", RegexOptions.CultureInvariant)]
    private static partial Regex ChannelOwner();

    // The reader's own licence or company: 你名下的个体户, 用你的执照, 营业执照在你名下, 你本人是法人, your LLC, your business's EIN.
    [GeneratedRegex("(?:你|您|本人|自己)(?:的|之)?(?:名下的?)?.{0,6}?(?:营业执照|执照|个体户|个体|公司|店铺|门店|商户|资质|三证|企业|法人)|(?:执照|营业执照|公司|个体户)(?:在|就在)?(?:你|您)(?:本人)?名下"
        + "|your(?:own)?(?:business|company|llc|licen[cs]e|ein|store|shop|firm)", RegexOptions.CultureInvariant)]
    private static partial Regex LicenceOwner();

    // A cover story for the platform, the reviewer or the provider who checks (平台限流就说自己剪的, 审核问起就讲素材是网上的,
    // 服务商回访就说号码是员工的; if the platform flags it, say you made it).
    [GeneratedRegex("(?:问起|问到|问|打电话|打来|来电|回访|核实|核查|查|审核|限流|封号|下架|举报|投诉|判搬运)(?:的话|时|了)?.{0,10}?(?:就说|就讲|就称|说是|统一说)"
        + "|(?:if|when)(?:the|your)?(?:platform|app|carrier|provider|tiktok|youtube|instagram|anyone|they|someone|it)(?:asks|calls|flags|checks|reviews|reports).{0,16}?(?:say|tell)",
        RegexOptions.CultureInvariant)]
    private static partial Regex CoverStory();

    // What the mark is or leads to, whose it is or whom the numbers call, not to be asked (水印是谁的别问, 网址通向哪不用管,
    // 打给谁别问, 显示名干什么用不用管), or the waiver first (别问是什么网站); in English don't ask, no need to know.
    [GeneratedRegex("(?:什么|啥|乜嘢|乜|谁|哪|干嘛|干什么|做什么|用途|来路)(?:的|用|用的)?.{0,4}?(?:别问|不用管|不用问|不要问|别管|不要管|不用知道|别打听|不问)"
        + "|(?:别问|不用管|不用问|别管)(?:是)?(?:什么|啥|谁|哪)|dont(?:ask|check|worryabout)|noneedtoknow|nevermind(?:what|who|where)|noquestions",
        RegexOptions.CultureInvariant)]
    private static partial Regex Unasked();
}
