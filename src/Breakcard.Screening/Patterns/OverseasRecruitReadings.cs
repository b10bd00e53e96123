using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 430: other people recruited, per head, for an unnamed employer abroad, with the work kept from them. The fraud compounds
/// of South-East Asia (园区, the "company" in quotes) fill their desks through referrers at home: whoever brings a young person
/// who can type is paid per head (人头费, 介绍费, 一个人多少) once the recruit "arrives", the fare is paid by the other side, and
/// the referrer is told not to ask what the company does and not to tell the recruit or the family what the work is. Who acts:
/// the reader, as referrer; whose person: someone else's (a friend, a young person); for whom: an employer abroad nobody names;
/// what is kept from view: the work — from the referrer and, by him, from the recruit.
/// <para>
/// The honest forms use the same words: a licensed labour-export firm's referral form (对外劳务合作经营资格证书, the contract
/// signed by the worker, the passport kept by the worker), and the consulate's or the police's warning that describes the
/// scheme (有不法中介…收人头费, 是帮信). So the reading needs, in one item, the pay per person referred, a destination abroad,
/// and the work kept from view — what the reader is told not to ask (ADR 423's <see cref="PatternContext.ToldNotToAsk"/>) or
/// not to tell the recruits (别跟他们说太细, 不用跟家里说实话) — the pay not refused right before it nor narrated of someone else (a refusal after the list is not read: 不用跟家里说太细 is the
/// secrecy itself, not a refusal of the pay).
/// </para>
/// Behind a first-character search for the per-head words (ADR 382).
/// </summary>
internal static partial class OverseasRecruitReadings
{
    // The cheap test: pay per person referred, in one of these words (人头费 by its 头费, 按人头算 by 头算, 介绍费, 推荐费 …) or a
    // referrer's role (推荐人, 介绍人). Not by 人: the commonest first character in Chinese text would make the test a scan.
    private static readonly string[] HeadWords = ["头费", "头钱", "头算", "头结", "介绍费", "推荐费", "推荐人", "介绍人", "推荐表", "拉人", "带人"];

    private static readonly SearchValues<char> HeadFirsts = MerchantAndParcelReadings.FirstCharacters(HeadWords);

    private static readonly SearchValues<string> HeadLatin = SearchValues.Create(["perhead", "perrecruit", "finder", "referralfee", "bounty"], StringComparison.Ordinal);

    // How far the destination and the kept-from-view clause may stand from the pay: one item of a digest or a form's lines.
    private const int ItemReach = 160;

    /// <summary>True when the normalised text names pay per person referred or a referrer's role: the cheap test.</summary>
    public static bool MentionsPerHead(PatternContext c) =>
        MerchantAndParcelReadings.ContainsAny(c.Text.Text, HeadFirsts, HeadWords) || c.Text.Text.AsSpan().ContainsAny(HeadLatin);

    /// <summary>Where others are recruited per head for work abroad kept from view: the pay, the destination and the secrecy in one item.</summary>
    public static IEnumerable<(int First, int Last)> RecruitedPerHead(PatternContext c)
    {
        var s = UnaskedReadings.Folded(c);
        foreach (var m in PerHead().EnumerateMatches(s))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (RefusedBefore(s, start) || Narrated(c, start, end))
            {
                continue;
            }

            var from = Math.Max(0, start - ItemReach);
            var to = Math.Min(s.Length, end + ItemReach);
            var item = s.AsSpan(from, to - from);
            if (Abroad().IsMatch(item) && (KeptFromRecruits().IsMatch(item) || ToldNotToAskWithin(c, from, to)))
            {
                return IdentityAndAdReadings.AnchorNear(c, start, end, ItemReach);
            }
        }

        return [];
    }

    // A refusal right before the pay (不收人头费, 拒绝介绍费, 严禁收取推荐费; no referral fee). Not the clause's or the sentence's
    // refusal reading: the secrecy itself (不用跟他们说太细) is a negation in the same sentence.
    private static bool RefusedBefore(string s, int start)
    {
        var from = Math.Max(0, start - 4);
        return s.AsSpan(from, start - from).IndexOfAny(Refusals) >= 0 || (start >= 2 && s.AsSpan(start - 2, 2).SequenceEqual("no"));
    }

    private static readonly SearchValues<char> Refusals = SearchValues.Create("不拒禁无免");

    internal static bool ToldNotToAskWithin(PatternContext c, int from, int to)
    {
        foreach (var (start, end) in c.ToldNotToAsk)
        {
            if (end > from && start < to)
            {
                return true;
            }
        }

        return false;
    }

    // A report of someone else's scheme in the pay's clause (有不法中介…收人头费; scammers pay a bounty per recruit).
    private static bool Narrated(PatternContext c, int start, int end) => Wrongdoer().IsMatch(IdentityAndAdReadings.ClauseBefore(c, start, end));

    // Pay per person referred: 人头费, 按人头, 介绍费, 推荐费, 拉一个人…; a referrer's role (推荐人：你) with pay per person
    // (每人3000, 一个人5000, 一人30张); in English a fee per head or recruit, a finder's fee, a referral bounty.
    [GeneratedRegex("人头(?:费|钱|结|算)?|(?:介绍|推荐|拉人|带人)费|(?:推荐人|介绍人|推荐表|拉人|带人)(?:.{0,120}?)(?:每|一)个?人[0-9一二两三四五六七八九十百千万洞幺拐壹贰叁肆伍陆柒捌玖拾佰仟小几]"
        + "|per(?:head|recruit|referral)|finder.?s?fee|referral(?:fee|bounty)|bounty(?:per|for each)", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex PerHead();

    // A destination abroad: a region or a country of the compounds, the compound itself, or "abroad".
    [GeneratedRegex("海外|东南亚|境外|出国|出境|国外|泰国|柬埔寨|缅甸|缅北|老挝|菲律宾|迪拜|园区|西港|妙瓦底|金三角"
        + "|overseas|abroad|southeastasia|cambodia|myanmar|burma|laos|thailand|philippines|dubai", RegexOptions.CultureInvariant)]
    internal static partial Regex Abroad();

    // The work kept from the recruits or their families: 别跟他们说太细, 不用跟家里说实话, 别告诉家里人具体在哪, 家属问起就说…,
    // 去干嘛别跟人讲; don't tell them (too much | what the job is), tell their families it's ….
    [GeneratedRegex("(?:别|不用|不要|不必|莫|勿)(?:跟|告诉|和|对|给)(?:他们|她们|他|她|人家|人|家里人?|家人|家属|对方|朋友)(?:说|讲|透露|解释)?(?:太细|太多|实话|真话|实情|具体|做什么|干什么|干嘛|在哪|是什么)"
        + "|(?:家属|家里人?|家人|有人)(?:问起|问|找)(?:来)?就说|(?:去|过去|具体|那边)(?:干嘛|做什么|干什么|做啥|干啥)(?:的)?(?:别|不要|不用)(?:跟人|跟他们|跟家里人?)?(?:讲|说)"
        + "|don.?t(?:tell|explain)(?:them|the(?:ir)?famil(?:y|ies)|recruits|anyone)(?:too(?:much|many)|what|where|the(?:real|actual))|tell(?:their|the)famil(?:y|ies)(?:it.?s|that)", RegexOptions.CultureInvariant)]
    private static partial Regex KeptFromRecruits();

    [GeneratedRegex("有人|不法|犯罪分子|骗子|团伙|中介|\\b(?:fraudsters?|scammers?|criminals?|traffickers?|gangs?)\\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Wrongdoer();
}
