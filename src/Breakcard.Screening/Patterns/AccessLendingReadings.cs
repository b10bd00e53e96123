using System.Text.RegularExpressions;
using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// Readings of the reader's own access lent to others (ADR 372): a login, password, mailbox or account of the reader's
/// handed to someone else, someone else acting in the reader's name, or the reader's own computer or connection kept on
/// for others to use remotely. Anti-Fraud Law Art. 31 forbids lending, renting or selling accounts and internet accounts
/// whatever they are; Art. 287-2 names internet access and hosting as technical support. Each act has honest work of the
/// same shape — an assistant with delegate access to a manager's mailbox, IT staff administering the company's laptops, a
/// repair shop that fixes a customer's PC remotely — so the readings ask what makes it help to others: the access is the
/// reader's own and goes to someone else, for pay, and what is done with it is kept from view (what it is for left
/// unasked, a cover story for whoever asks, the account's alerts switched off). They read characters of the normalised
/// text (lower case, spaces removed), because the phrasing varies more than a word list can hold.
/// </summary>
internal static partial class AccessLendingReadings
{
    /// <summary>
    /// Words naming access that is bound to a person or a place (terms.tsv, ADR 372 block; login and account are the
    /// lexicon's own): what a hit quotes. Alone they mean nothing: every office has mailboxes and laptops.
    /// </summary>
    public static readonly HashSet<string> Anchors = new(StringComparer.Ordinal)
    {
        "mailbox", "email", "e-mail", "inbox", "password", "apppassword", "passcode", "credentials", "laptop", "computer",
        "pc", "desktop", "邮箱", "密码", "电脑", "笔记本", "login", "logindetails", "account", "anydesk",
        "teamviewer", "todesk", "remoteaccess", "远程桌面", "远程控制", "远程操作",
        // ADR 385: a platform account by what it shows — a dating or social profile, a host's listing, a shop's page.
        "profile", "profiles", "listing", "listings", "page", "pages", "cohost",
    };

    // How far from the act a quoted anchor may lie.
    private const int AnchorReach = 40;

    /// <summary>
    /// The spans to quote: an anchor inside or near each act of lending found in the text, when the text pays and keeps
    /// what is done from view, outside licensed or formal hiring.
    /// </summary>
    public static IEnumerable<(int First, int Last)> Find(PatternContext c)
    {
        // The anchor first: the cheap test, made before any reading (a hit quotes an anchor, so without one there is none).
        if (!FraudHelpReadings.HasAnchor(c, Anchors) || c.IsLicensedHiring || c.Has(Concept.FormalEmployment) || !Pays(c) || !KeptFromView(c))
        {
            yield break;
        }

        var s = c.Text.Text;
        foreach (var act in Acts(s))
        {
            if (AnchorNear(c, act.Index, act.Index + act.Length) is { } i)
            {
                yield return (i, i);
            }
        }
    }

    /// <summary>The acts of lending in <paramref name="s"/>: credentials handed over, someone acting as the reader, the reader's device hosted.</summary>
    public static IEnumerable<Match> Acts(string s)
    {
        foreach (Match m in HandedOver().Matches(s))
        {
            yield return m;
        }

        foreach (Match m in ActsAsReader().Matches(s))
        {
            yield return m;
        }

        foreach (var m in ProfileActs(s))
        {
            yield return m;
        }

        // Hosting is the device and the remote use together; either may stand nearer the device's own word (Leave your PC
        // running … install our remote app), so both are places to quote from.
        var remote = Remote().Matches(s);
        var device = KeptOn().Matches(s).Concat(OwnDevice().Matches(s)).ToList();
        if (remote.Count > 0 && device.Count > 0)
        {
            foreach (var m in remote.Concat(device))
            {
                yield return m;
            }
        }
    }

    /// <summary>
    /// True when what is done with the access is kept from view: its purpose or content not to be asked about
    /// (no need to know what the links are, 用来干嘛别问), a cover story for whoever asks (if anyone asks, say …, 学校问就说…),
    /// or the account's sign-in alerts switched off (turn off login alerts, 关掉登录提醒).
    /// </summary>
    public static bool KeptFromView(PatternContext c)
    {
        var s = c.Text.Text;
        return Unasked().IsMatch(s) || CoverStory().IsMatch(s) || AlertsOff().IsMatch(s) || ProfileKeptFromView(c.Text);
    }

    /// <summary>
    /// True when the text pays (<see cref="FraudHelpReadings.Pays"/>), or names a currency right before a sum in any numerals
    /// (RMB 五洞洞, RMB 伍零零), which the amount reading leaves to the currency after it.
    /// </summary>
    public static bool Pays(PatternContext c) => FraudHelpReadings.Pays(c) || (!c.IsWarningNotice && CurrencySum().IsMatch(c.Text.Text));

    private static int? AnchorNear(PatternContext c, int from, int to)
    {
        int? best = null;
        var bestGap = int.MaxValue;
        for (var i = 0; i < c.Terms.Count; i++)
        {
            var t = c.Terms[i];
            if (!FraudHelpReadings.IsAnchor(c, i, Anchors))
            {
                continue;
            }

            var gap = t.End <= from ? from - t.End : t.Start >= to ? t.Start - to : 0;
            if (gap <= AnchorReach && gap < bestGap)
            {
                (best, bestGap) = (i, gap);
            }
        }

        return best;
    }

    // Credentials or an account handed to someone else: lend / rent out / sell / share / give / send / hand over / forward
    // / let us use (us, them), then the reader's or "the" access object within a few words — not "send you the login" (an employer
    // giving the worker an account). 借给 / 租给 / 卖给 / 交给 / 发给 (我们, 他们) before or after 账号 / 邮箱 / 密码 in Chinese
    // (the normalised text has no punctuation, so "." reaches across what were commas).
    [GeneratedRegex("(?:lend|loan|rent|sell|share|give|send|hand|forward|letususe|letthemuse)(?:ing|s)?(?:over|out)?(?!you(?!r))(?:us|me|them|tous|tome|tothem)?(?:your|the|yourown)?[a-z]{0,24}?(?:login|logindetails|password|passcode|credentials|mailbox|email|inbox|account)"
        + "|(?:借给|租给|卖给|交给|发给|出借|出租|出售)(?:我们|他们|我|对方|平台)?.{0,8}(?:邮箱|账号|帐号|密码)"
        + "|(?:邮箱|账号|帐号|密码).{0,8}(?:借给|租给|卖给|交给|发给)(?:我们|他们|我|对方|平台)", RegexOptions.CultureInvariant)]
    private static partial Regex HandedOver();

    // Someone else acting as the reader: sending or signing in as them, in their name, from their address or IP, logins
    // by "our team", a team logging in to the reader's account; 以你的名义, 用你的邮箱发, 从你的电脑登.
    [GeneratedRegex("(?:sendas|sentas|sendingas|postas|signinas|loginas|logsinas|signsinas|emailas)you(?!r)|inyourname|underyourname"
        + "|fromyour(?:own)?(?:address|account|mailbox|email|inbox|number|ip|laptop|computer|pc|phone|device|broadband|wifi|connection|network)"
        + "|loginsby(?:our|the|their)|(?:our|the|their)[a-z]{0,10}?(?:log|logs|sign|signs)(?:in|into|onto)(?:to)?your"
        + "|以你的?名义|用你的?(?:邮箱|账号|帐号|号|电脑)(?:发|登)|从你的?(?:邮箱|账号|帐号|电脑)(?:发|登)", RegexOptions.CultureInvariant)]
    private static partial Regex ActsAsReader();

    // A device or a session kept on (keep your laptop on, leave it online, stay logged in, 电脑一直开着) … The normalised
    // text has no spaces or punctuation, so "on" is read only right after the device.
    [GeneratedRegex("(?:keep|leave|kept|left)(?:your|the|it)?(?:own)?(?:laptop|pc|computer|desktop|phone|device|it)on|(?:keep|leave|stay|kept|left)(?:your|the|it)?[a-z]{0,16}?(?:running|online|loggedin|pluggedin|connected|awake)|alwayson|neversleeps"
        + "|(?:电脑|笔记本|手机).{0,6}(?:一直开|开着|别关|不关机|不要关|挂着|保持在线)", RegexOptions.CultureInvariant)]
    private static partial Regex KeptOn();

    // … or the reader's own device or connection named (your own laptop, your IP, your broadband, 你的电脑) …
    [GeneratedRegex("your(?:own)?(?:laptop|pc|computer|desktop|device|ip|ipaddress|broadband|wifi|connection|network)|你(?:自己)?的(?:电脑|笔记本|宽带|网络)", RegexOptions.CultureInvariant)]
    private static partial Regex OwnDevice();

    // … with remote use by others: a remote tool installed (install our remote app, our agent installed) or running, logins by a team, a local IP wanted from afar.
    [GeneratedRegex("install(?:our|the|this|a|their)?[a-z]{0,12}?(?:remote|desk|viewer|agent|client)|(?:remote|agent|client|desk|viewer)(?:app|tool|software)?(?:is)?installed|remotedesktop|remoteapp|anydesk|teamviewer|todesk|remoteaccess|remotecontrol"
        + "|loginsby|(?:china|local|residential|home|chinese)(?:ip|connection)|远程桌面|远程控制|远程操作|向日葵|装(?:我们的|个)?远程", RegexOptions.CultureInvariant)]
    private static partial Regex Remote();

    // What it is for, or its content, not to be asked about or seen (don't ask what the links are, no questions about the
    // content, no need to see what they do, 用来干嘛别问).
    [GeneratedRegex("(?:dontask|donotask|noquestions?|noneedto(?:know|see|ask|check)|dontneedto(?:know|see)|dontworryabout|noneedtoworryabout|nevermind|dontcare)(?:about)?(?:what|who|why|where|thecontent|thecontents|thelinks?|thepurpose|themessages?|theemails?)"
        + "|(?:干嘛|干什么|做什么|用途|内容|发什么).{0,4}(?:别问|不用问|不要问|不用管|别管|不用知道)|(?:别问|不用问|不用管|别管).{0,4}(?:干嘛|干什么|做什么|用途|内容|发什么)", RegexOptions.CultureInvariant)]
    private static partial Regex Unasked();

    // A cover story for whoever checks (if the school asks, say …; if IT asks: it's for gaming; 学校问就说…).
    [GeneratedRegex("if(?:the|your|any|anyone|someone|they)?[a-z]{0,12}?(?:asks|checks)(?:just)?(?:say|tell|its|itis|explain)|(?:问|查)(?:起|到|的话)?.{0,2}(?:就说|说是)", RegexOptions.CultureInvariant)]
    private static partial Regex CoverStory();

    [GeneratedRegex("(?:rmb|cny|usd|hkd|yuan)[0-9两洞幺拐勾一二三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰零〇]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencySum();

    // The account's own warnings silenced (turn off login alerts, disable sign-in notifications, 关掉登录提醒).
    [GeneratedRegex("(?:turnoff|disable|switchoff|mute|silence)(?:the|all|your)?[a-z]{0,14}?(?:alerts?|notifications?|2fa|twostep|loginemails?|signinemails?)|(?:关掉|关闭|关了).{0,6}(?:提醒|通知|验证)", RegexOptions.CultureInvariant)]
    private static partial Regex AlertsOff();
}
