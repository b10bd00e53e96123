using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 441: a closed group's trust lent to a stranger. A class or parents' group, a residents' group, a church, alumni or club
/// group, a Facebook page or a Discord, WeChat, QQ or Telegram group lives on its members' trust in who is inside: whoever is let
/// in, raised to admin or handed the group speaks to them as one of their own. The offence uses a member's or an admin's place
/// for that: the reader brings the poster's man into <em>his</em> group (拉进你孩子的家长群, 邀请进你们小区业主群), raises him to
/// admin (把他设为管理员, 升成群管), adds the poster's page as co-admin or makes the poster owner (群主转让给我; add our page as
/// co-admin, make us owner, step down after a week) — paid per group (每个群五百, 拉一个群大几百, 一个500人群收800; $500 per group,
/// a few hundred per server), with what the stranger does there kept from view (钱进谁账户别问, 家长问起就说我核实过; don't ask what
/// we post, so members see nothing new). Who acts: the reader, a member or admin; whose group: his; for whom: the poster's
/// people; what pay: per group; what is kept from view: who the stranger is and what he posts.
/// <para>
/// The honest work in the same words is the school or club appointing its own teacher or committee through its own channel
/// (群主转让给新班主任, new admins the members voted for), a moderator's rules that remove whoever posts payment codes, and a notice
/// that warns parents of exactly this (有人出钱让你拉“老师”进群，拒绝): none is paid per group and none keeps anything from the
/// members, and a notice names the approach as someone else's. So the reading needs, in one item of the act, the pay per group
/// or per member, or pay with a standing order not to ask (ADR 423's <see cref="PatternContext.ToldNotToAsk"/>) or the members
/// kept unaware; an act refused in its clause (陌生人不拉, never add) or narrated of someone else in the sentence before (有人,
/// 骗子, scammers) is not read.
/// </para>
/// Behind a search for the group words (群 by one character, the Latin words vectorised; ADR 382), then one regex over the
/// folded text and, per act, two over its item.
/// </summary>
internal static partial class GroupRoleReadings
{
    // One item of a digest or a form's few lines: the act, the pay and the concealment stand within this of each other.
    private const int ItemReach = 300;

    private static readonly SearchValues<string> LatinGroupWords = SearchValues.Create(
        ["group", "admin", "server", "moderator", "owner", "qun", "channel"], StringComparison.Ordinal);

    /// <summary>True when the normalised text names a group or an admin role at all: the cheap test.</summary>
    public static bool MentionsGroup(PatternContext c)
    {
        var s = c.Text.Text.AsSpan();
        return s.IndexOf('群') >= 0 || s.IndexOfAny(LatinGroupWords) >= 0;
    }

    /// <summary>
    /// Where the reader's membership or admin role puts the poster's people inside a closed group, or hands the group over, for
    /// pay per group, or for pay with what they do kept from view: the act, quoted by the term nearest it.
    /// </summary>
    public static IEnumerable<(int First, int Last)> GroupRoleLent(PatternContext c)
    {
        var s = c.FoldedText;
        foreach (var m in Act().EnumerateMatches(s))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (BorderCrossingReadings.RefusedBefore(s, start) || IdentityAndAdReadings.IsRefusedInClause(c, start, end)
                || BorderCrossingReadings.Narrated(c, start, end))
            {
                continue;
            }

            var item = Item(s, start, end, out var from);
            var perGroup = PerGroup().IsMatch(item);
            if ((perGroup && (!IsInvitation(s, end) || IntoReadersGroup(s, start, end)))
                || ((perGroup || Pays(c)) && (Unasked(c, from, from + item.Length) || MembersUnaware().IsMatch(item))))
            {
                return IdentityAndAdReadings.AnchorNear(c, start, end, int.MaxValue);
            }
        }

        return [];
    }

    // An invitation (拉进…群, 邀请进…群) rather than a role raised or the group handed over: Act's first alternative, the only one
    // that ends with the group itself.
    private static bool IsInvitation(string s, int end) => s[end - 1] == '群' || s.AsSpan(0, end).EndsWith("qun");

    // Someone brought into the reader's own group (拉进你孩子的家长群, 用你的微信拉他进群, 你们小区业主群): 你 or 您 in the act
    // or right before it. A community manager bringing customers into the shop's own group (拉进门店的会员群) is paid per group
    // for honest work; only with something kept from view does that invitation read.
    private static bool IntoReadersGroup(string s, int start, int end)
    {
        var from = Math.Max(0, start - ReaderReach);
        return s.AsSpan(from, end - from).IndexOfAny('你', '您') >= 0;
    }

    // How far before the act "you" may stand (用你的微信拉他邀请进群).
    private const int ReaderReach = 12;

    private static ReadOnlySpan<char> Item(string s, int start, int end, out int from)
    {
        from = Math.Max(0, start - ItemReach);
        var to = Math.Min(s.Length, end + ItemReach);
        return s.AsSpan(from, to - from);
    }

    private static bool Pays(PatternContext c) => c.Amounts.Count > 0 || UnaskedReadings.Pays(c);

    // A standing order not to ask (ADR 423) within the item.
    private static bool Unasked(PatternContext c, int from, int to)
    {
        foreach (var (a, b) in c.ToldNotToAsk)
        {
            if (b > from && a < to)
            {
                return true;
            }
        }

        return false;
    }

    // The act on a closed group (群 may be read from zhuyin as qun): someone put into it by the reader — a mover (拉, 邀请, 带, 加,
    // 放) and 进 or 入 before the group within a few characters (拉进你孩子的家长群, 把我们的人邀请进你们班的班级群, 拉他邀请进群,
    // 帮我把这个号拉进你们小区业主群); someone raised to a role in it (把他设为管理员, 给他升成群管, 提为群管); the group's ownership
    // handed over (群主转让给我, 把群主转给我们, 转让群主). English: someone added as (co-)admin, moderator, owner or editor (add our
    // page as co-admin, add my friend as admin), someone made owner or admin (make us owner), admin access or moderator rights
    // bought or sold, ownership transferred, the page or group handed over, groups or servers bought.
    [GeneratedRegex(
        "(?:拉|邀请|邀|带|放|加).{0,12}?(?:进|(?<!收)入).{0,12}?(?:群|qun)"
        + "|(?:升|设|提|封|加)(?:成|为|做|个)(?:群|qun)?(?:管理员|管理|群管|群主|qun管|qun主|管理权限|admin)"
        + "|(?:群主|qun主|管理员|管理权)(?:身份)?(?:转让|转给|让给|移交|交给)|(?:转让|转给|让给|移交)(?:我|我们|他|对方)?(?:的)?(?:群主|qun主|管理权|群)"
        + "|add(?:s|ed|ing)?[a-z0-9]{0,30}?as(?:a|an|the|our)?(?:co|joint)?(?:admin|administrator|moderator|mod|owner|editor)"
        + "|make(?:s)?(?:us|me|him|her|them|my[a-z]{0,10}|our[a-z]{0,10})(?:an?|the)?(?:co)?(?:admin|administrator|moderator|owner)"
        + "|(?:admin|administrator|moderator|owner)(?:access|rights|role|ship)|ownership|(?:handover|handing?over|transfer(?:ring)?)(?:the|your)?(?:page|group|server|channel)"
        + "|(?:buy|buying|purchase|payfor|rent)(?:your|old|active|big|local|community|facebook|fb|discord|telegram|whatsapp|wechat)*(?:groups?|servers?|channels?)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Act();

    // Pay per group or per member: 每个群, 一个群, 拉一个群, 每拉一个群, 一个500人群 with a sum after it (digits, numerals, spoken
    // zeros, 小几百, 三位数, 五张红票子); in English a sum per group, server, channel or member (a few hundred per group, $300 a group,
    // three figures per group, 5 cents per member).
    [GeneratedRegex(
        "(?:每|一)(?:个|拉一个|进一个)?(?:[0-9一二两三四五六七八九十百千万]{1,5}人)?(?:群|qun).{0,4}?[0-9一二两三四五六七八九十百千万洞幺拐壹贰叁肆伍陆柒捌玖拾佰仟弌弍弎小大几]"
        + "|(?:per|each|every|foreach|forevery)(?:group|server|channel|member)|(?:[0-9]|hundreds?|figures|grand|bucks|k)a(?:group|server|channel)",
        RegexOptions.CultureInvariant)]
    private static partial Regex PerGroup();

    // The members kept unaware (so members see nothing new, members don't notice, never tell the members; 别告诉群里, 家长都不知道).
    [GeneratedRegex(
        "(?:dont|donot|never|nottotell)tell(?:the|any|other)?(?:members|group|parents|anyone)|members(?:dont|donot|wont|willnot|never)(?:notice|know|see)|membersseenothing"
        + "|(?:别|不要|不用|不能|不准|莫)(?:告诉|跟|和|让)(?:群友|群里|群员|家长|成员|其他人|别人|大家)|(?:群友|群员|家长|成员|大家)(?:都)?(?:不知道|看不出|发现不了|察觉不到)",
        RegexOptions.CultureInvariant)]
    private static partial Regex MembersUnaware();
}
