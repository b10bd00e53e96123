using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 423: what the reader is told not to ask, read once as structure (<see cref="PatternContext.ToldNotToAsk"/>), and the
/// offence it marks when the reader is paid to hand something over.
/// <para>
/// The help a fraud buys is often a thing the worker hands over, publishes or passes on — a customer's scan, an article from
/// his own account, a parcel, a login, a code — and the one fact the offer must keep from him is what happens to it next. So it
/// tells him not to ask or mind (拿去干啥不用管, 照片给谁用别问, 文章真假别问, don't ask what it's for, no questions asked, what they
/// do with it is none of your business) or gives him a story for whoever asks (审核问起就说自己写的, 顾客问起就说已经删了, if anyone
/// asks, say it's yours). Honest work of the same shape asks (顾客证件用途要问清), refuses (有人让你别问用途的，一律拒绝) or tells
/// the truth (有人问就如实说): the forms stand only where the poster says them (see the context's reading), and the offence needs
/// three parts — the form standing, a hand-over to the poster's side or publication from the reader's own account within one
/// item, and pay — outside warning notices and licensed or formal hiring.
/// </para>
/// Read over the normalised text folded as <see cref="RegistrationLentReadings"/> folds it, behind the context's cached test for
/// a concealment word (<see cref="PatternContext.MentionsKeptFromView"/>, ADR 382).
/// </summary>
internal static partial class UnaskedReadings
{
    // How far the hand-over may lie from the form: one item of a digest or a slip's few lines.
    private const int HandOverReach = 220;

    // The quote may stand anywhere: the slips name their act in words the lexicon does not hold (ADR 399's reach).
    private const int QuoteReach = int.MaxValue;

    // Every form holds one of these, Chinese (searched by first character) or English (a vectorised search): the second cheap
    // test, since the context's gate also passes words no form reads (不知道, 删除, say, tell).
    private static readonly string[] WaiverWords =
    [
        "别问", "不问", "不用问", "不要问", "不必问", "别多问", "少问", "别打听", "少打听", "不用打听", "不用管", "不要管", "别管", "不必管", "不用知道",
        "不需要知道", "不用操心", "不关你", "与你无关", "跟你无关", "不该问", "就说", "就讲", "就称", "就答", "统一说",
        // ADR 433: waivers round 25 wrote (不过问, 莫问) and an asking left unanswered (有人问不用回, 有调证别回). A story told
        // without 就 (被投诉你说号被盗了) adds no word here: 你 is too common a first character; it is read where another opens.
        "不过问", "莫问", "别操心", "不必操心", "不用回", "别回", "不要回", "不用理", "别理",
    ];

    private static readonly SearchValues<char> WaiverFirsts = MerchantAndParcelReadings.FirstCharacters(WaiverWords);

    private static readonly SearchValues<string> EnglishWaivers = SearchValues.Create(
        ["ask", "needtoknow", "nevermind", "worryabout", "wonder", "question", "yourbusiness", "yourconcern", "yourproblem", "check", "call", "come", "knock", "stop"],
        StringComparison.Ordinal);

    /// <summary>True when the folded text holds a word every form needs (a waiver, a story's 就说, ask, question …): the second cheap test.</summary>
    internal static bool MentionsWaiver(string folded) =>
        MerchantAndParcelReadings.ContainsAny(folded, WaiverFirsts, WaiverWords) || folded.AsSpan().IndexOfAny(EnglishWaivers) >= 0;

    /// <summary>The normalised text with Martian and Cantonese forms folded one for one (positions kept).</summary>
    internal static string Folded(PatternContext c) => c.FoldedText;

    /// <summary>
    /// Where the reader, paid, hands something over or publishes it and is told not to ask what becomes of it (or given a
    /// story to tell): the first standing form with a hand-over within reach, quoted by the term nearest the hand-over.
    /// </summary>
    public static IEnumerable<(int First, int Last)> HandedOverUnasked(PatternContext c)
    {
        var forms = c.ToldNotToAsk;
        if (forms.Count == 0 || !Pays(c))
        {
            return [];
        }

        var s = Folded(c);
        foreach (var m in HandOver().EnumerateMatches(s))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (!Near(forms, start, end) || IdentityAndAdReadings.IsRefusedInClause(c, start, end))
            {
                continue;
            }

            return IdentityAndAdReadings.AnchorNear(c, start, end, QuoteReach);
        }

        return [];
    }

    /// <summary>True when one of the standing forms lies within reach of normalised characters [start, end).</summary>
    private static bool Near(IReadOnlyList<(int Start, int End)> forms, int start, int end)
    {
        foreach (var (a, b) in forms)
        {
            if ((a >= end ? a - end : start >= b ? start - b : 0) <= HandOverReach)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The pay tests of the readings this one stands beside: an offer, daily pay, a unit price, a spoken sum, a pay noun, an
    /// English per-unit rate or a currency sign before a disguised sum.
    /// </summary>
    internal static bool Pays(PatternContext c) =>
        CarriedInfrastructureReadings.Pays(c) || WalletAndParcelReadings.Pays(c) || EnglishPerItem().IsMatch(c.Text.Text);

    /// <summary>True when the cover story told at <paramref name="end"/> is the truth (有人问就如实说, say the truth).</summary>
    internal static bool HonestStory(string s, int end) => HonestAnswer().IsMatch(s.AsSpan(end, Math.Min(s.Length - end, 8)));

    /// <summary>True when the sentence before a form describes someone else's approach (有人让你…, 对方声称…, scammers tell you …).</summary>
    internal static bool Describes(ReadOnlySpan<char> before) => Describer().IsMatch(before);

    /// <summary>True when the rest of a form's sentence refuses it or names it fraud (…的，一律拒绝; …都是诈骗; say no, report it).</summary>
    internal static bool RefusesAfter(ReadOnlySpan<char> after)
    {
        foreach (var m in Refusal().EnumerateMatches(after))
        {
            // 不是诈骗, 没违法: a reassurance, not a verdict.
            if (m.Index == 0 || after[m.Index - 1] is not ('不' or '没' or '非' or '无'))
            {
                return true;
            }
        }

        return false;
    }

    // The forms, Chinese then English. (1) A question of what becomes of the thing — what for, for whom, whether true — then its
    // waiver: 拿去干啥不用管, 照片给谁用别问, 平台是干啥的别问, 文章真假别问, 靠不靠谱不用管, 用途少打听, 卖给谁不关你事. (2) The waiver
    // first: 别问是干什么的, 不用管拿去做什么. (3) A story for whoever asks or checks: 审核问起就说自己写的, 有人要求删就说电脑自动清,
    // 平台限流就说…, 客户来电就讲… (问题就说, 就说明 are not). (4) English: don't ask / no need to know / never mind what, who, whose,
    // where or why; no questions asked; not / none of your business, concern or problem; if anyone (the customer, staff …)
    // asks or checks, say / tell them. ADR 433 added a story without 就 (被投诉你说…), an asking left unanswered (有人问不用回,
    // 有调证别回 — not 不用回复, a notice's "no reply needed"), a call as the asker (打电话就说), the waiver's object before its
    // question (不用管设备是干嘛的) and an English story without say (if the cashier asks, it's your cousin's).
    [GeneratedRegex(
        "(?:什么|啥|谁|哪|干嘛|干吗|用途|用处|来路|来源|去向|真假|真不真|假不假|真的假的|是不是真的|靠不靠谱|靠谱不靠谱|合不合法|违不违法)"
        + ".{0,8}?(?:别问|不问|不用问|不要问|不必问|别多问|少问|莫问|不过问|别打听|少打听|不用打听|不用管|不要管|别管|不必管|不用知道|不需要知道|不用操心|别操心|不必操心|不关你的?事|与你无关|跟你无关|不该问)"
        + "|(?:别问|不用问|不要问|别打听|不用管|别管|不用知道)(?:[^是]{1,6}?是|是|的是)?(?:他们|对方|人家|买家|别人)?(?:拿去|用来|拿来|用)?(?:什么|啥|谁|哪|干嘛|干吗|用途|真假)"
        + "|(?:问(?!题)|查|审核|核实|核查|回访|来电|电话|追问|投诉|质疑|盘问|开箱|限流|要求删|要删|上门|调证)(?:[^就]){0,6}?(?:你)?(?:就说(?!明)|就讲(?!解)|就称|就答|统一说)"
        + "|(?:问(?!题)|查|投诉|来电|调证)(?:[^就你]){0,4}?(?:你|您)就?说(?!明|话|过|了|的|什么|啥)"
        + "|(?:问(?!题)|投诉|来电|调证)(?:[^回]){0,3}?(?:不用回(?!复)|别回(?!复)|不要回(?!复)|不用理|别理|不要理)"
        + "|(?:dontask|donotask|neverask|noneedtoask|noneedtoknow|dontneedtoknow|donotneedtoknow|nevermind|dontworryabout|donotworryabout|dontwonder)(?:about)?(?:what|who|whose|where|why)"
        + "|noquestionsasked|asknoquestions|noquestions(?:about)?(?:what|who|whose|where|why)"
        + "|(?:not|noneof)your(?:business|concern|problem)"
        + "|(?:if|when|whenever|should)(?:anyone|anybody|someone|they|people|police|cops|customers?|clients?|staff|the[a-z]{2,14}|a[a-z]{2,14}|your[a-z]{2,14})(?:ever)?(?:asks?|checks?|questions?|calls?|comes?|knocks?|stops?(?:you)?)(?:you)?(?:about(?:it|them|this|that))?(?:just)?(?:say|tell(?:them|him|her|people)?|its(?!ok|fine|normal|allright|alright)|itis(?!ok|fine|normal)|theyre)",
        RegexOptions.CultureInvariant)]
    internal static partial Regex Forms();

    // An English sum per thing handed over ($5 a set, 3 dollars per scan, $8 each review): the normaliser drops the dollar sign,
    // so the amount scanner does not read these sums (as OwnChannelReadings' rate per clip).
    [GeneratedRegex("[0-9](?:dollars?|usd|bucks|cents?|pounds?|euros?)?(?:a|an|per|each|forevery|foreach)(?:set|copy|copies|scan|file|page|piece|item|article|post|review|parcel|package|box|account|code|login|card|photo|sheet|upload|one)", RegexOptions.CultureInvariant)]
    private static partial Regex EnglishPerItem();

    // A story that is the truth: 如实, 实话, 真实情况, the truth, honestly.
    [GeneratedRegex("^(?:如实|实话|真实|实情|事实|thetruth|truthfully|honestly)", RegexOptions.CultureInvariant)]
    private static partial Regex HonestAnswer();

    // Someone else's approach described: 有人让/叫/要/请/称/以, 对方, 骗子, 不法分子, 声称, 凡是, 冒充; someone tells / asks you to,
    // scammers, fraudsters, they'll tell you.
    [GeneratedRegex("有人(?:让|叫|要|请|称|说|以|会)|对方(?:说|让|叫|要求|称|会说|告诉)|骗子|不法分子|犯罪分子|诈骗分子|声称|自称|谎称|冒充|凡是|遇到|some(?:one|body)(?:may|might|will|could|can|often)?(?:tell|say|ask|offer|promise|claim)s?|scammers?|fraudsters?|criminals?|theywilltell|theylltell|theytellyou", RegexOptions.CultureInvariant)]
    private static partial Regex Describer();

    // A refusal or a verdict after the form: 拒绝, 拒收, 一律不, 远离, 报警, 举报, 警惕, 诈骗, 骗局; refuse, report, scam, fraud, say no.
    [GeneratedRegex("拒绝|拒收|一律不|远离|报警|举报|警惕|诈骗|骗局|都是骗|就是骗|refuse|report|scam|fraud|sayno|walkaway", RegexOptions.CultureInvariant)]
    private static partial Regex Refusal();

    // A hand-over to the poster's side or publication from the reader's own account: 打包发给我们, 传到我们的网盘, 回传, 交给对接人,
    // 卖给, 寄到指定地址, 用你的号发, 你本人实名的账号转载; send it to us, hand it over to our courier, post it from your account.
    [GeneratedRegex(
        "(?:发|传|交|寄|转|卖|递|送|提供|邮)(?:给|到|至|去)(?:我们|我|对接|上家|老板|指定|我方|群|网盘|云盘|邮箱|后台|飞机|tg|v|微信|企鹅|qq)"
        + "|(?:发|传|交|寄|卖|递)(?:我们|我方|对接人|上家)|给我们(?:用|操作|做|登)"
        + "|(?:交给|卖给|转给|寄给|回传|上传|外传|转交)"
        + "|(?:你|您)[^我们]{0,12}?(?:号|账号|帐号|账户|主页|频道|名下|名义|名字|hao)[^。]{0,8}?(?:发|転|转|载|推|挂|登|上传)"
        + "|(?:用你|用您|你本人|您本人|你自己|您自己)[^我们]{0,28}?(?:发|転|转载|zhuan载|载|推送|发布|发表|挂)"
        + "|(?:send|hand|pass|give|mail|ship|forward|upload|sell|deliver|drop|email|text)(?:s|ed|ing)?[a-z]{0,30}?(?:tous|tome|toour|over|along|tothebuyer|totheclient|tothehandler|tothecontact)"
        + "|(?:post|publish|share|upload|run)(?:s|ed|ing)?[a-z]{0,40}?(?:from|on|under|with|through)your(?:own)?(?:account|profile|page|handle|channel|name|blog|site)",
        RegexOptions.CultureInvariant)]
    private static partial Regex HandOver();
}
