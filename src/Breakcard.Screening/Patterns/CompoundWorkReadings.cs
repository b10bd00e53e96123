using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 470: work for an unnamed operation abroad in a closed compound, the worker's phone or passport taken and what the
/// operation does not to be asked. The fraud compounds of South-East Asia need cooks, drivers and electricians as well as
/// typists; the offer names the trade (做饭, 开车, 修电路) and leaves the operation unnamed, and the two facts that make its
/// purpose known are the ones it cannot leave out: the phone or passport handed in at the gate (手机入园交公司, 护照到了统一保管),
/// so the worker cannot call out, and what the people inside do not to be asked (楼里做什么不用管, 公司什么业务别问).
/// <para>
/// The honest forms use the same words: a licensed labour-export firm's posting confirmation keeps the passport with the
/// worker and the phone in his hand (护照本人保管 ✔, 手机自己用不上交 ✔) and warns of the compounds that take them; the
/// police's notice reports the compounds that take phones at the gate. Neither tells the reader not to ask what the employer
/// does. So the reading needs, in one item, a destination abroad, the phone or passport handed over — the noun followed by a
/// handing-in, so the honest 不上交 and 本人保管 do not read — and the operation's business not to be asked, that order neither
/// refused in its clause nor narrated of others; outside warning notices and licensed hiring (the pattern's gate).
/// </para>
/// Behind the waiver words' first-character search (<see cref="UnaskedReadings.MentionsWaiver"/>, ADR 382).
/// </summary>
internal static partial class CompoundWorkReadings
{
    // One item of a digest or a posting form's few lines: the destination and the hand-over stand within this of the order.
    private const int ItemReach = 160;

    // The quote may stand anywhere: the offers name their act in words the lexicon does not hold (ADR 399's reach).
    private const int QuoteReach = int.MaxValue;

    /// <summary>Where the reader is offered work abroad with his phone or passport taken and the operation's business unasked.</summary>
    public static IEnumerable<(int First, int Last)> PhoneTakenBusinessUnasked(PatternContext c)
    {
        var s = UnaskedReadings.Folded(c);
        if (!UnaskedReadings.MentionsWaiver(s))
        {
            return [];
        }

        foreach (var m in BusinessUnasked().EnumerateMatches(s))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (IdentityAndAdReadings.IsRefusedInClause(c, start, end) || Narrated(c, start, end))
            {
                continue;
            }

            var from = Math.Max(0, start - ItemReach);
            var to = Math.Min(s.Length, end + ItemReach);
            var item = s.AsSpan(from, to - from);
            if (OverseasRecruitReadings.Abroad().IsMatch(item) && DeviceHandedIn().IsMatch(item))
            {
                return IdentityAndAdReadings.AnchorNear(c, start, end, QuoteReach);
            }
        }

        return [];
    }

    // A report of others' conduct in the order's clause (有团伙…别问, 骗子说公司做什么不用管); ADR 470's screen reading shares it.
    internal static bool Narrated(PatternContext c, int start, int end) => Wrongdoer().IsMatch(IdentityAndAdReadings.ClauseBefore(c, start, end));

    // What the operation does, not to be asked: a place or party (楼里, 楼上, 公司, 他们, 园区, 老板), a word for its business
    // (什么, 啥, 神马, 乜嘢, 业务, 干嘛) and a waiver, a few characters apart (楼里干什么别问, 公司什么业务不用管, 他们做乜嘢业务别问).
    [GeneratedRegex("(?:楼里|楼上|楼内|公司|他们|园区|老板)[^，。；,;\\n]{0,6}?(?:什么|啥|神马|乜嘢|业务|干嘛|做嘛)[^，。；,;\\n]{0,4}?"
        + "(?:别问|不用管|不要问|不用问|不必问|别管|不要管|不用理|不过问|莫问|别打听|不用打听|不用知道|与你无关|不关你)", RegexOptions.CultureInvariant)]
    private static partial Regex BusinessUnasked();

    // The worker's phone or passport handed in: the noun, at most an arrival (到了, 入园, 进园区, 进门, 一到), then a handing-in
    // or a keeping by others (交, 上交, 交公司, 统一保管, 公司保管, 收走). Not the noun followed by 本人 or 自己 (护照本人保管).
    [GeneratedRegex("(?:手机|电话|护照|证件)(?:到了|入园|进园区?|进门|入场|一到|到园区?)?(?:就|要|须|需|得|必须)?(?:统一)?(?:上交|交给?|统一保管|公司保管|由公司保管|收走|没收|扣下|扣押)",
        RegexOptions.CultureInvariant)]
    private static partial Regex DeviceHandedIn();

    [GeneratedRegex("有人|不法|犯罪分子|骗子|团伙|中介|诈骗", RegexOptions.CultureInvariant)]
    private static partial Regex Wrongdoer();
}
