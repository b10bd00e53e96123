using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 417: technical support, or one's own real-name accounts, put at strangers' service — the forms Art. 287-2 names beside
/// cards and money ("internet access, server hosting, network storage, communication transmission", "advertising promotion").
/// Three acts share one structure: what the reader builds or holds (a site, mailboxes, a meeting account) serves a stranger's
/// content and targets, paid per unit, with who is served kept from view.
/// <list type="bullet">
/// <item>A copied page: someone else's login or official page reproduced (仿站, 扒站, 一比一还原, 克隆, clone) with what its
/// visitors type sent to a back end or bot (推到后台, 后台收数据, 回传机器人), and two signs that the copy serves another's
/// fraud — what visitors type captured, the page's use not to be asked, a domain made to look like the real one, the source
/// deleted after delivery, pay in a stablecoin. A web agency copying a layout for its client's own site, or a front-end job
/// restoring a design draft, captures nothing for anyone and hides nothing.</item>
/// <item>Mailboxes of one's own (你本人的QQ邮箱, 发信号, an app password handed over) sending the recruiter's text to the
/// recruiter's list (我们给的名单, 陌生人, 没订阅过的) or from the recruiter's bulk tool, paid by volume (每千封) or with what the
/// mail leads to not to be asked, a cover story for the provider, or a blocked mailbox replaced. A company's newsletter from
/// its own platform to its subscribers sends nothing of a stranger's from anyone's private mailbox.</item>
/// <item>A meeting account of one's own (你本人实名的腾讯会议号) whose host is handed to the recruiter's people or which the
/// reader leaves once the meeting is open (主持人转给我们的老师, 开好就退出), with who meets or what is said not to be asked,
/// the fee paid by the recruiter, or a blocked account replaced by a relative's. An office's booking sheet keeps its company
/// account inside the company and lends it to no one.</item>
/// </list>
/// Read over the normalised text folded as <see cref="RegistrationLentReadings"/> folds it, behind a first-character search
/// for the site, mail and meeting words, so a text with none of them costs one scan.
/// </summary>
internal static partial class StrangersServedReadings
{
    // The gate: the words each reading anchors on, found by one character and checked around it (ADR 382's addendum), and the
    // English words in one vectorised search.
    private static readonly (char Key, string Word, int At)[] GateWords =
        [('仿', "仿", 0), ('扒', "扒", 0), ('刻', "复刻", 1), ('隆', "克隆", 1), ('抄', "照抄", 1), ('模', "一模一样", 1), ('原', "还原", 1),
         ('邮', "邮箱", 0), ('邮', "邮件", 0), ('授', "授权码", 0), ('议', "会议", 1)];

    private static readonly SearchValues<char> GateKeys = SearchValues.Create("仿扒刻隆抄模原邮授议");

    private static readonly SearchValues<string> AsciiWords =
        SearchValues.Create(["clone", "replica", "pixelperfect", "lookalike", "mail", "smtp", "zoom", "meeting", "webex"], StringComparison.Ordinal);

    // How far the parts of one act may lie from its anchor: one item of a digest or a slip's few lines.
    private const int Reach = 220;

    // How far a mailbox's or an account's owner may stand before it (用你本人的163邮箱, 你实名的腾讯会议会员号).
    private const int OwnerBefore = 14;

    // How far from the act the term a hit quotes may lie.
    private const int QuoteReach = 200;

    /// <summary>True when the normalised text names a copied page, a mailbox or a meeting: the cheap test.</summary>
    public static bool MentionsService(PatternContext c)
    {
        var span = c.Text.Text.AsSpan();
        return LineHostedReadings.HasGateWord(span, GateKeys, GateWords) || span.IndexOfAny(AsciiWords) >= 0;
    }

    /// <summary>
    /// Where one of the three acts is read; the term nearest to it is what the hit quotes. Where the text names formal employment
    /// (<paramref name="formal"/>), only the copied page is read.
    /// </summary>
    public static IEnumerable<(int First, int Last)> StrangersServed(PatternContext c, bool formal)
    {
        var s = UnaskedReadings.Folded(c);
        var at = CopiedPage(c, s) ?? (formal ? null : MailboxesSending(c, s) ?? MeetingAccountLent(c, s));
        return at is { } a ? IdentityAndAdReadings.AnchorNear(c, a.Start, a.End, QuoteReach) : [];
    }

    // Someone else's page copied, with two signs that the copy serves another's fraud (what visitors type captured for a back end,
    // the use unasked, a look-alike domain, the source deleted, pay in a stablecoin).
    private static (int Start, int End)? CopiedPage(PatternContext c, string s)
    {
        foreach (var copy in Copy().EnumerateMatches(s))
        {
            var (start, end) = (copy.Index, copy.Index + copy.Length);
            if (!Window(s, start, end, 24, 24, Page()) || IdentityAndAdReadings.IsRefusedInClause(c, start, end))
            {
                continue;
            }

            var signs = (RegistrationLentReadings.Within(c, s, Captured(), start, end, Reach) ? 1 : 0)
                + (RegistrationLentReadings.Within(c, s, Unasked(), start, end, Reach) ? 1 : 0)
                + (RegistrationLentReadings.Within(c, s, LookalikeDomain(), start, end, Reach) ? 1 : 0)
                + (RegistrationLentReadings.Within(c, s, SourceDeleted(), start, end, Reach) ? 1 : 0)
                + (Window(s, start, end, Reach, Reach, StablecoinPay()) ? 1 : 0);
            if (signs >= 2)
            {
                return (start, end);
            }
        }

        return null;
    }

    // The reader's own mailboxes sending the recruiter's text to the recruiter's list or from the recruiter's tool, paid by volume
    // or with the mail's destination unasked, a cover story for the provider or a blocked mailbox replaced.
    private static (int Start, int End)? MailboxesSending(PatternContext c, string s)
    {
        foreach (var box in Mailbox().EnumerateMatches(s))
        {
            var (start, end) = (box.Index, box.Index + box.Length);
            if (!(Window(s, start, end, OwnerBefore, 0, Owner()) || Window(s, start, end, 0, 6, MailboxCount()))
                || IdentityAndAdReadings.IsRefusedInClause(c, start, end)
                || !RegistrationLentReadings.Within(c, s, RecruitersMail(), start, end, Reach)
                || !(RegistrationLentReadings.Within(c, s, ByVolume(), start, end, Reach) || Concealed(c, s, start, end) || Replaced(c, s, start, end)))
            {
                continue;
            }

            return (start, end);
        }

        return null;
    }

    // A meeting's host handed to the recruiter's people or the meeting left once open, with who meets unasked, the fee paid by the
    // recruiter, a cover story or a blocked account replaced: one sign where the account is named as the reader's own (你本人实名的
    // 腾讯会议号), two where it is not (the account written where the reading cannot see it, in a poem's first characters).
    private static (int Start, int End)? MeetingAccountLent(PatternContext c, string s)
    {
        foreach (var host in HostHandedOver().EnumerateMatches(s))
        {
            var (start, end) = (host.Index, host.Index + host.Length);
            if (!Window(s, start, end, Reach, Reach, Meeting()) || IdentityAndAdReadings.IsRefusedInClause(c, start, end))
            {
                continue;
            }

            var signs = (Concealed(c, s, start, end) ? 1 : 0) + (RegistrationLentReadings.Within(c, s, FeePaidByUs(), start, end, Reach) ? 1 : 0)
                + (Replaced(c, s, start, end) ? 1 : 0);
            if (signs >= (OwnMeetingAccountNear(s, start, end) ? 1 : 2))
            {
                return (start, end);
            }
        }

        return null;
    }

    // A meeting account of the reader's within reach of the hand-over (用你本人手机号注册的钉钉, 你实名的腾讯会议会员号).
    private static bool OwnMeetingAccountNear(string s, int start, int end)
    {
        var from = Math.Max(0, start - Reach);
        var to = Math.Min(s.Length, end + Reach);
        foreach (var account in MeetingAccount().EnumerateMatches(s.AsSpan(from, to - from)))
        {
            if (Window(s, from + account.Index, from + account.Index + account.Length, OwnerBefore, 8, Owner()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Concealed(PatternContext c, string s, int start, int end) =>
        RegistrationLentReadings.Within(c, s, Unasked(), start, end, Reach)
        || RegistrationLentReadings.Within(c, s, CoverStory(), start, end, Reach, RegistrationLentReadings.AskedByServedPerson);

    private static bool Replaced(PatternContext c, string s, int start, int end) =>
        RegistrationLentReadings.Within(c, s, BlockedReplaced(), start, end, Reach);

    // True when `reading` matches within `before` characters before and `after` characters after [start, end).
    private static bool Window(string s, int start, int end, int before, int after, Regex reading)
    {
        var from = Math.Max(0, start - before);
        var to = Math.Min(s.Length, end + after);
        return reading.IsMatch(s.AsSpan(from, to - from));
    }

    // Copying: 仿 (仿站, 仿冒, 仿一个), 扒 (扒站, 照扒), 复刻, 克隆, 照抄, 一模一样, 一比一 / 1:1 (read 11 once the colon goes), 还原,
    // 套壳, 镜像; clone, replica, pixel-perfect, look-alike.
    [GeneratedRegex("仿|扒|复刻|克隆|照抄|一模一样|一比一|1比1|11还原|11复刻|还原|套壳|镜像|clone|replica|pixelperfect|lookalike|exactcopy",
        RegexOptions.CultureInvariant)]
    private static partial Regex Copy();

    // A page, site or app of someone's: a login or sign-in page, an official site, online banking, a page, a site.
    [GeneratedRegex("登录|登陆|页面|页|官网|官方|网银|网站|站|界面|app|login|signin|website|site|page|portal", RegexOptions.CultureInvariant)]
    private static partial Regex Page();

    // What visitors type, sent to a back end, a bot or the recruiter: 卡号、密码、验证码……推到后台, 后台收数据, 回传机器人,
    // whatever they type goes to our Telegram bot.
    [GeneratedRegex("(?:推|传|发|回传|同步|存|提交|转|进)(?:到|给|去|入|进)?(?:我们的?)?(?:后台|机器人|服务器|数据库|tg|bot|群)|后台(?:收|接收|看)|收(?:数据|料)|(?:captur|harvest|log)\\w{0,4}(?:logins|passwords|credentials|cards|codes)|(?:goes|go|sent|pushed|forwarded)to(?:our|the|my)(?:telegram|tg)?(?:bot|server|panel|backend)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Captured();

    // Its use, its user, what it leads to or who meets not to be asked (页面给谁用别问, 拿去干啥不用管, 链接通向哪别问, 谁在开会不用管,
    // 会上讲什么不用管), or the waiver first (别问是干什么的).
    [GeneratedRegex("(?:什么|啥|乜|谁|干嘛|用途|哪|哪来)(?:的|嘅|子)?.{0,6}?(?:别问|不用管|不用问|不要问|别管|不要管|别看|别打听|不问|不用知道|不归你管)"
        + "|(?:别问|不用管|不用问|别管|别打听)(?:是)?(?:什么|啥|谁|干嘛|用途|哪来)|dont(?:ask|check|look)|donotask|noneedtoknow|noquestions|nevermindwhat",
        RegexOptions.CultureInvariant)]
    private static partial Regex Unasked();

    // A domain made to look like the real one: 和官网只差一个字母, 跟官方很像的域名, 防红短链; a look-alike domain.
    [GeneratedRegex("(?:只差|差)(?:一个|一两个|两个|1个)(?:字母|字符|字)|(?:和|跟|与)(?:官网|官方|原站|真的)(?:很像|一样|相似|差不多|几乎一样)|防红|(?:域名|网址)我们(?:给|出|提供)|lookalikedomain|similardomain|typo",
        RegexOptions.CultureInvariant)]
    private static partial Regex LookalikeDomain();

    // The source or the traces deleted after delivery (源码交付后删掉, 代码做完别留, 数据清掉).
    [GeneratedRegex("(?:源码|代码|源文件|记录|数据|备份)(?:交付|交|做完|做好|发完)?(?:后|以后|了)?(?:就)?(?:删|别留|不留|清|销毁)|deletethe(?:source|code|files)|wipe",
        RegexOptions.CultureInvariant)]
    private static partial Regex SourceDeleted();

    // Pay in a stablecoin (U结, USDT结, 泰达币).
    [GeneratedRegex("u结|usdt|泰达币|paidincrypto|inusdt", RegexOptions.CultureInvariant)]
    private static partial Regex StablecoinPay();

    // A mailbox, a sending account or the app password that lets a tool send from it.
    [GeneratedRegex("邮箱|邮件账号|发信号|发件号|授权码|smtp|gmail|outlook|mailbox|emailaccount|email", RegexOptions.CultureInvariant)]
    private static partial Regex Mailbox();

    // Mailboxes by the number (邮箱10个, 邮箱五个).
    [GeneratedRegex("^(?:号)?(?:\\d+|[一二两三四五六七八九十几]+)(?:个|只)", RegexOptions.CultureInvariant)]
    private static partial Regex MailboxCount();

    // The reader's: you, yourself, your real name, your phone number (用你本人手机号, 你实名的, 本人实名注册).
    [GeneratedRegex("你|您|本人|自己|实名|个人|名下|your", RegexOptions.CultureInvariant)]
    private static partial Regex Owner();

    // The recruiter's list, text or tool: 我们给的地址, 表格里的邮箱名单, 陌生人, 没订阅过的, 买来的, 群发软件, 挂在我们的工具上,
    // 代发, 文案我们给; our list, our software, strangers.
    [GeneratedRegex("(?:我们|我|对方|老板|上家)(?:给|发|提供|准备)的?(?:地址|邮箱|名单|数据|号码|文案|模板|内容|链接|收件人)|表格里的?(?:地址|邮箱|名单)|陌生人|没订阅|未订阅|没注册过|买来的|买的(?:名单|数据)"
        + "|群发(?:软件|工具|平台|器)|(?:登录|挂|登)(?:在)?(?:我们|群发)|代发|(?:模板|文案|内容)(?:我们|我)(?:给|发|提供)|文案复制|挂机"
        + "|(?:our|the)(?:list|contacts|software|tool|sender)|listwegive|wegiveyou|strangers|boughtlist",
        RegexOptions.CultureInvariant)]
    private static partial Regex RecruitersMail();

    // Paid by the volume sent: 每千封, 一千封30元, 每封, 发一万封给你150; per thousand.
    [GeneratedRegex("(?:每|一)(?:千|百|万|1000|100)封|千封|万封|每封|per(?:1000|thousand|hundred|100)(?:emails|mails)?|per(?:email|mail)", RegexOptions.CultureInvariant)]
    private static partial Regex ByVolume();

    // A cover story for the provider, the platform or whoever calls (客服问起就说自己发的, 平台打电话就讲是公司通知).
    [GeneratedRegex("(?:问起|问到|问|打电话|来电|回访|核实|查)(?:的话|时|了)?.{0,8}?(?:就说|就讲|就称|说是|统一说)"
        + "|if(?:google|microsoft|zoom|the(?:provider|platform|host)|anyone|they)(?:calls|asks|checks|suspends).{0,12}?(?:say|tell)",
        RegexOptions.CultureInvariant)]
    private static partial Regex CoverStory();

    // A blocked mailbox or account replaced by a new one or a relative's (邮箱被封再注册新的, 号被停就用家人的, 账号被封就换同学的).
    [GeneratedRegex("(?:被封|被停|被限制|被限|封号|封了|停了)(?:了)?(?:就|再)?(?:换|用|注册|重新|再开|开新)|ifone(?:gets|is)(?:suspended|banned|blocked)|makeanewone",
        RegexOptions.CultureInvariant)]
    private static partial Regex BlockedReplaced();

    // A meeting of any kind: 会议, 开会, Zoom, a meeting.
    [GeneratedRegex("会议|开会|zoom|webex|meeting", RegexOptions.CultureInvariant)]
    private static partial Regex Meeting();

    // A meeting account: 腾讯会议, 钉钉, 飞书, 会议号, 会议账号; Zoom, Teams, Webex.
    [GeneratedRegex("腾讯会议|钉钉|飞书|会议号|会议账号|会议帐号|会议会员|zoom|webex|teamsaccount|meetingaccount", RegexOptions.CultureInvariant)]
    private static partial Regex MeetingAccount();

    // The host handed to the recruiter's people, the account given or rented to them, or the reader leaving once it is open
    // (主持人转给我们的老师, 联席主持人设成我们的人, 账号密码给我们, 出租会议号, 开好就退出, 你不用进会; make our person the host).
    [GeneratedRegex("主持(?:人)?(?:权限|身份)?(?:转|移交|交|给|让|设|设置|改)(?:给|成|为)?(?:我们|我|老师|客服|对方|他们)|联席主持"
        + "|(?:账号|帐号|会议号|号)(?:和|跟)?(?:密码)?(?:交给|给|借给|租给|卖给|转给)(?:我们|我|老师)|(?:出租|租用|租|收|借)(?:你的)?(?:腾讯会议|会议|钉钉|飞书|zoom)"
        + "|(?:开好|建好|开完|进会后|开了)(?:会议)?(?:就|后|以后)?(?:退出|离开|退)|你(?:就)?(?:退出|离开)|不用(?:你)?(?:参加|进会|进去|听|看)|你不用进"
        + "|(?:make|set)(?:our|my|the)\\w{0,8}(?:the)?(?:co)?host|hand(?:over)?(?:the)?host|hostkey|transferhost|andleave|thenleave|neverneedtojoin|dontneedtojoin",
        RegexOptions.CultureInvariant)]
    private static partial Regex HostHandedOver();

    // The account's fee paid by the recruiter (会员费我们出, 费用我们报; we pay the subscription).
    [GeneratedRegex("(?:会员费|会员|费用|月费|年费)(?:我们|我|老板|公司)(?:出|给|报|付|包|来出)|wepay(?:the|your)?(?:subscription|plan|fee)", RegexOptions.CultureInvariant)]
    private static partial Regex FeePaidByUs();
}
