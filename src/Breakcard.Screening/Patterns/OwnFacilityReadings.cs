using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 481: three things of one's own put at a stranger's disposal for pay, read by their structure rather than a family's words —
/// round 30's blind misses showed each act with no reading naming it.
/// <list type="bullet">
/// <item>One's own messaging account linked to the recruiter's device: the reader's number opened as a linked-devices or web
/// session on "our computer" by scanning "the code we send", the reader kept out of its chats. A firm that links its own WhatsApp
/// Business number to its own desk computer links no worker's account, so the reader's own account is required.</item>
/// <item>One's own credit line extended to strangers: people the recruiter sends added as authorised users on the reader's card.
/// A parent adding a child or a spouse adds no one sent, so someone sent (clients, people, names, slots) is required.</item>
/// <item>A settlement app's confirmations automated: a plugin or script that grabs an order-taking app's orders or confirms its
/// receipts, for a platform not to be asked about or named as 跑分. An engineer reconciling the firm's own payments is told
/// nothing to leave unasked, so the concealment (ADR 423's standing form) or the settlement word is required.</item>
/// </list>
/// Each is behind a vectorised search for its act's words (ADR 382), then regexes over one item's window of the folded text
/// (lower case, no spaces or punctuation, positions kept). The act must not stand refused in its clause.
/// </summary>
internal static partial class OwnFacilityReadings
{
    // One item of a digest or a form's few lines: the other signs stand within this of the act.
    private const int ItemReach = 200;

    // The quote may stand anywhere (ADR 399's reach): these acts are named in words the lexicon does not hold.
    private const int QuoteReach = int.MaxValue;

    private static readonly SearchValues<string> SessionWords = SearchValues.Create(
        ["linkeddevice", "linkdevice", "whatsappweb", "webwhatsapp", "关联设备", "链接的设备", "链接设备", "扫码登录", "扫码登陆"], StringComparison.Ordinal);

    private static readonly SearchValues<string> AuthorisedUserWords = SearchValues.Create(
        ["authorizeduser", "authoriseduser", "authorizeuser", "authoriseuser", "附属卡", "副卡"], StringComparison.Ordinal);

    private static readonly SearchValues<string> ConfirmationWords = SearchValues.Create(
        ["自动抢", "自动确认", "自动收款", "自动回调", "抢单插件", "抢单脚本", "autoconfirm", "automaticallyconfirm", "autograb", "automaticallygrab", "autoaccept"], StringComparison.Ordinal);

    /// <summary>Where the reader's own messaging account is linked to the recruiter's device, for pay: the linking words.</summary>
    public static IEnumerable<(int First, int Last)> SessionLinkedOut(PatternContext c)
    {
        var s = c.FoldedText;
        if (!s.AsSpan().ContainsAny(SessionWords) || !Pays(c, s))
        {
            return [];
        }

        return Read(c, s, SessionLink(), OwnAccount(), TheirSide());
    }

    /// <summary>Where people the recruiter sends are added as authorised users on the reader's own card, for pay.</summary>
    public static IEnumerable<(int First, int Last)> CreditLineExtended(PatternContext c)
    {
        var s = c.FoldedText;
        if (!s.AsSpan().ContainsAny(AuthorisedUserWords) || !Pays(c, s))
        {
            return [];
        }

        return Read(c, s, AuthorisedUser(), OwnCard(), PeopleSent());
    }

    /// <summary>Where a plugin or script grabs a settlement app's orders or confirms its receipts, the platform not to be asked.</summary>
    public static IEnumerable<(int First, int Last)> ConfirmationsAutomated(PatternContext c)
    {
        var s = c.FoldedText;
        if (!s.AsSpan().ContainsAny(ConfirmationWords) || !Pays(c, s) || (c.ToldNotToAsk.Count == 0 && !SettlementWord().IsMatch(s)))
        {
            return [];
        }

        return Read(c, s, Confirmation(), Automation(), Automation());
    }

    // The pay tests ADR 473's reading uses: an offer, daily pay, a unit price, a sum, a share.
    private static bool Pays(PatternContext c, string s) => UnaskedReadings.Pays(c) || OwnMeansUnaskedReadings.Pays(c, s);

    // The first act, not refused in its clause, with both other signs in its item: quoted by the term nearest it.
    private static IEnumerable<(int First, int Last)> Read(PatternContext c, string s, Regex act, Regex first, Regex second)
    {
        foreach (var m in act.EnumerateMatches(s))
        {
            var (a, b) = (m.Index, m.Index + m.Length);
            if (IdentityAndAdReadings.IsRefusedInClause(c, a, b))
            {
                continue;
            }

            var from = Math.Max(0, a - ItemReach);
            var window = s.AsSpan(from, Math.Min(s.Length, b + ItemReach) - from);
            if (first.IsMatch(window) && second.IsMatch(window))
            {
                return IdentityAndAdReadings.AnchorNear(c, a, b, QuoteReach);
            }
        }

        return [];
    }

    // A linked-devices or web session opened, or a login by scanning a code (扫码登录).
    [GeneratedRegex("link(?:ed)?devices?|whatsappweb|webwhatsapp|关联设备|链接的?设备|扫码登[录陆]", RegexOptions.CultureInvariant)]
    private static partial Regex SessionLink();

    // The reader's own account or number (your WhatsApp, ur number, rent us your …, 你的微信).
    [GeneratedRegex("(?:your|ur|yourown)(?:whatsapp|whatsap|telegram|signal|wechat|messenger|line|number|phonenumber|account)"
        + "|rent(?:us|me)?(?:your|ur)|(?:你的|你自己的|自己的|本人的?)(?:微信|whatsapp|telegram|飞机|电报|qq|号码?|账号)", RegexOptions.CultureInvariant)]
    private static partial Regex OwnAccount();

    // The device the recruiter's side runs, the code it sends, or the reader kept out of the session's chats.
    [GeneratedRegex("(?:our|their)(?:computer|laptop|pc|device|desktop|machine|server|team|system)"
        + "|scan(?:ning)?(?:our|the)?(?:qr)?code(?:we|that|which)?(?:send|give|text)?|codewesend|wesend(?:you)?(?:a|the)?(?:qr)?code"
        + "|(?:dont|donot|never)(?:read|open|check|look|touch)(?:at)?(?:the|any)?(?:chats|messages|convos)|(?:dont|donot|never)(?:unlink|logout)"
        + "|noneedtoknow|dontask|我们的?(?:电脑|设备|系统)|(?:别|不要|不用|不许)(?:看|管|回)(?:聊天|消息)|(?:别|不要|不许)(?:退出|解绑)", RegexOptions.CultureInvariant)]
    private static partial Regex TheirSide();

    // People added as authorised users, or a supplementary card (附属卡) opened.
    [GeneratedRegex("authori[sz]ed?users?|附属卡|副卡", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorisedUser();

    // The reader's own card or credit line (your Visa, ur Amex credit, cardholder: you, 你的信用卡). With no spaces in the folded
    // text "ur" stands inside words (purchase cards: "ur" + "chase" + "card"), so after a bare "ur" only a card's own name counts.
    [GeneratedRegex("(?:your|yourown)(?:[a-z]{0,10})?(?:credit|cards?|crads?|cads?|visa|mastercard|amex|discover|chase|capitalone|citi)"
        + "|ur(?:own)?(?:credit|visa|mastercard|amex|discover|capitalone|citi)"
        + "|(?:card|crad|cad|crd)holder(?:is)?(?:you|u)|你(?:的|名下的?)(?:信用卡|卡)|(?:自己|本人)(?:的|名下的?)信用卡", RegexOptions.CultureInvariant)]
    private static partial Regex OwnCard();

    // People the recruiter sends: clients, strangers, names or slots — not the holder's child or spouse.
    [GeneratedRegex("people|ppl|clients?|strangers?|buyers?|customers?|persons|names|slots?|folks"
        + "|客户|陌生人|别人|他人|我们(?:提供|给|发)的?(?:人|名单|资料)|指定的?人", RegexOptions.CultureInvariant)]
    private static partial Regex PeopleSent();

    // An order grabbed or a receipt confirmed automatically.
    [GeneratedRegex("自动抢单?|自动确认(?:收款|到账|回款)?|自动收款确认|自动回调|抢单(?:插件|脚本)"
        + "|auto(?:matically)?(?:confirm|grab|accept)(?:s|ing)?(?:the|all)?(?:payments?|receipts?|orders?|deposits?|transfers?)?", RegexOptions.CultureInvariant)]
    private static partial Regex Confirmation();

    // The automation: a plugin, script, macro tool or accessibility service, or many phones run at once.
    [GeneratedRegex("插件|脚本|外挂|按键精灵|无障碍|群控|多开|多台手机|script|bot|plugin|macro|autoclicker", RegexOptions.CultureInvariant)]
    private static partial Regex Automation();

    // The platform named as what it is: 跑分 and its spellings, a 码商's or 承兑 platform.
    [GeneratedRegex("跑分|跑f|paofen|码商|承兑|收款平台", RegexOptions.CultureInvariant)]
    private static partial Regex SettlementWord();
}
