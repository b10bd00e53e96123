using System.Buffers;
using System.Text.RegularExpressions;
using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// Readings of help given to a fraud by its public face rather than by its money (ADR 352): posing as satisfied customers,
/// users or investors in a group or a store, and silencing the victims who complain. Each act has honest work of the
/// same shape — a shop asks for reviews, a reviewer is paid and says so, a moderator deletes spam, a complaint desk
/// counts withdrawn complaints — so the readings ask what makes it help to another's crime: the endorsement is staged
/// (the worker poses as someone else, or shows proof the recruiter made), the worker is paid per act, and the business
/// served is not to be asked about, or its complainants are kept from the police. They read characters of the
/// normalised text (simplified, lower case, spaces and punctuation removed), because the phrasing varies more than a
/// word list can hold.
/// </summary>
internal static partial class FraudHelpReadings
{
    /// <summary>Anchors of staged endorsement: reviews, ratings and testimony (terms.tsv, ADR 352 block) and forged proofs of payout (ADR 283).</summary>
    public static readonly HashSet<string> EndorsementAnchors = new(StringComparer.Ordinal)
    {
        "好评", "五星", "晒收益", "晒单", "气氛组", "水军", "控评", "托儿", "当托", "带节奏", "老股民", "老用户", "老会员",
        "收益截图", "到账截图", "fivestar", "5star", "testimonial", "testimonials", "fakereview", "fakereviews",
    };

    /// <summary>Anchors of silencing: complaints withdrawn, posts deleted, dissent drowned out, complainants calmed.</summary>
    public static readonly HashSet<string> SilencingAnchors = new(StringComparer.Ordinal)
    {
        "撤诉", "撤回投诉", "撤销投诉", "删帖", "举报删除", "删差评", "删投诉", "压下去", "盖过去", "刷屏", "稳住",
    };

    /// <summary>True when one of <paramref name="anchors"/> is among the text's terms: the cheap test, made before any reading.</summary>
    public static bool HasAnchor(PatternContext c, HashSet<string> anchors) => Anchors(c, anchors).Any();

    /// <summary>The anchors of <paramref name="anchors"/> among the text's terms, each as its own span.</summary>
    public static IEnumerable<(int First, int Last)> Anchors(PatternContext c, HashSet<string> anchors)
    {
        for (var i = 0; i < c.Terms.Count; i++)
        {
            if (IsAnchor(c, i, anchors))
            {
                yield return (i, i);
            }
        }
    }

    /// <summary>True when term <paramref name="i"/> of <paramref name="c"/> is one of <paramref name="anchors"/> (its canonical form, spaces and hyphens dropped).</summary>
    public static bool IsAnchor(PatternContext c, int i, HashSet<string> anchors) =>
        anchors.Contains(c.Terms[i].Term.Text.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal));

    /// <summary>
    /// True when the worker poses as someone else (扮老股民, 假装用户, 冒充客户, 换几个身份, 用5个微信号, 昵称改成…, pose as a
    /// customer): endorsement under a false identity. 打扮 is dress, not a role.
    /// </summary>
    public static bool Poses(PatternContext c) => Posing().IsMatch(Plain(c));

    /// <summary>
    /// True when the proof the worker shows is the recruiter's (截图我们给, 画面是我们做的, 统一发的图, 素材我们给, screenshots we
    /// provide): a testimony of payouts nobody received.
    /// </summary>
    public static bool ShowsSuppliedProof(PatternContext c) => SuppliedProof().IsMatch(Plain(c));

    /// <summary>
    /// True when the worker is told not to ask or mind what the business is or whether it is honest (平台做什么的不用管,
    /// APP正不正规别问, 背后是谁不用管, 是不是骗局别问, don't ask what it is): the purpose left unasked, as in ADR 260, with the
    /// question of legitimacy added — an honest client has no reason to forbid it.
    /// </summary>
    public static bool LegitimacyUnasked(PatternContext c)
    {
        var s = Plain(c);
        foreach (Match w in Waiver().Matches(s))
        {
            var from = Math.Max(0, w.Index - LegitimacyGap);
            var to = Math.Min(s.Length, w.Index + w.Length + LegitimacyGap);
            if (Legitimacy().IsMatch(s[from..to]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when those who doubt, complain or ask for their money in a group are drowned out or removed (新人问提现就刷屏压下去,
    /// 有人说是骗子就发别的盖过去, anyone who says scam gets buried): the victims of the group silenced.
    /// </summary>
    public static bool DrownsDissent(PatternContext c) => Dissent().IsMatch(Plain(c));

    /// <summary>True when a complainant is kept from the police (要报警的先稳住, 说要报警的说能全退, keep them from calling the police).</summary>
    public static bool KeepsFromPolice(PatternContext c) => PoliceKept().IsMatch(Plain(c));

    /// <summary>
    /// True when the text pays: an amount or a unit of trade outside quotation, daily pay or easy money, or a sum whose
    /// digits are spoken or written as numerals before a currency (两洞洞元, 三百块, 二百米), which the amount reading leaves.
    /// </summary>
    public static bool Pays(PatternContext c) => c.HasOffer || c.Has(Concept.DailyPay | Concept.EasyMoney | Concept.TradeUnit)
        || (!c.IsWarningNotice && c.NamesSpokenSum);

    /// <summary>True when <paramref name="plain"/> names a sum in spoken digits or numerals before a currency (两洞洞元, 幺五洞元; ADR 407).</summary>
    internal static bool HasSpokenSum(ReadOnlySpan<char> plain) => SpokenSum().IsMatch(plain);

    /// <summary>
    /// True when the worker is told to act against complaints or doubters right after a refusal (不删帖, 不撤诉, 禁止刷屏,
    /// never delete): a pledge or a rule, not an order.
    /// </summary>
    public static bool IsRefused(PatternContext c, int i)
    {
        var s = Plain(c);
        var at = c.Terms[i].Start;
        var before = s[Math.Max(0, at - 4)..at];
        return before.IndexOfAny(['不', '别', '禁', '勿', '莫']) >= 0
            || s[Math.Max(0, at - 8)..at].Contains("never", StringComparison.Ordinal) || s[Math.Max(0, at - 8)..at].Contains("dont", StringComparison.Ordinal);
    }

    // Rarer look-alike and Martian forms (火星文) of the function words these readings rest on, which the normaliser leaves
    // (硪们给, 芣用管, 甪莪们给嘚): folded one character for one, so positions stay those of the normalised text.
    private const string MartianForms = "硪莪芣吥甪嘚旳媞昰伱沵莋庅恏兲呿菿箌洅芐丅侑洧尛弌叻孒俬訫";
    private const string PlainForms = "我我不不用的的是是你你做么好天去到到再下下有有小一了了私信";

    // A string of thirty characters passed to IndexOfAny builds its lookup on every call; built once here (ADR 426).
    private static readonly SearchValues<char> MartianSearch = SearchValues.Create(MartianForms);

    /// <summary>The normalised text with <see cref="MartianForms"/> folded: computed once per context (<see cref="PatternContext.PlainText"/>).</summary>
    internal static string Plain(PatternContext c) => c.PlainText;

    /// <summary><paramref name="s"/> with <see cref="MartianForms"/> folded; <paramref name="s"/> itself when it has none.</summary>
    internal static string Fold(string s)
    {
        if (s.AsSpan().IndexOfAny(MartianSearch) < 0)
        {
            return s;
        }

        var chars = s.ToCharArray();
        for (var k = 0; k < chars.Length; k++)
        {
            var at = MartianForms.IndexOf(chars[k], StringComparison.Ordinal);
            chars[k] = at >= 0 ? PlainForms[at] : chars[k];
        }

        return new string(chars);
    }

    // How far the waiver may lie from what it waives: 平台是做什么的不用管 (a question of six characters, then the waiver).
    private const int LegitimacyGap = 10;

    [GeneratedRegex("(?<!打)扮(成|演|作)?(老|新)?(股民|用户|客户|会员|买家|顾客|投资|学员|粉丝|宝妈)|假装(是)?|冒充|装成|伪装成|换.{0,4}身份|(几|多|[2-9两三四五六七八九十])个(身份|号|账号|小号|微信号|微号|马甲)"
        + "|小号|马甲号|(昵称|头像|名字|网名)(都)?(改|换)成|poseas|posingas|pretendtobe|pretendingtobe|actasa(happy|satisfied|real)|(several|multiple)accounts", RegexOptions.CultureInvariant)]
    private static partial Regex Posing();

    [GeneratedRegex("(截图|画面|页面|图片|素材|模板|截屏|录屏|图)(都|是|由|用|发)?(我们|统一|平台)(给|发|做|提供|出)|(我们|统一)(给|发|做|提供)(的|好的)?(截图|画面|页面|图|素材|模板)|统一发的|模板我们|素材我们"
        + "|(screenshots?|proofs?)(that)?we(provide|give|send|make)|we(provide|give|send)(you)?the(screenshots?|proofs?)", RegexOptions.CultureInvariant)]
    private static partial Regex SuppliedProof();

    [GeneratedRegex("[0-9两洞幺拐勾一二三四五六七八九十百千壹贰叁肆伍陆柒捌玖拾佰零〇]{2,}(元|块|米)", RegexOptions.CultureInvariant)]
    private static partial Regex SpokenSum();

    [GeneratedRegex("别问|不用问|不要问|不许问|勿问|不用管|别管|不要管|不归你管|不关你事|别打听|不用知道|dontask|donotask|nevermind|dontworryabout", RegexOptions.CultureInvariant)]
    private static partial Regex Waiver();

    [GeneratedRegex("正规|骗|合法|真假|靠谱|背后|是谁|干嘛|干什么|做什么|是什么|什么的|怎么样|用途|项目|what|who|legit", RegexOptions.CultureInvariant)]
    private static partial Regex Legitimacy();

    [GeneratedRegex("(新人|有人|群友|用户|客户|投资人|成员|谁)[^。\\n]{0,8}(问提现|提现|说.{0,3}骗|喊.{0,2}骗|质疑|维权|投诉|退款)[^。\\n]{0,12}(刷屏|盖过去|压下去|压过去|发别的|刷别的|踢出|移出|踢了)"
        + "|(saysscam|callsitascam|asksaboutwithdraw|complains)[a-z]{0,30}(drown|bury|buried|spam|kick)", RegexOptions.CultureInvariant)]
    private static partial Regex Dissent();

    [GeneratedRegex("报警[^。\\n]{0,8}(稳住|劝住|拦住|劝退|说能全退|先退)|(稳住|劝住|拦住|阻止|不让|别让)[^。\\n]{0,4}(报警|报案)|(keep|stop)(them|victims|people)from(calling|going)(the)?police", RegexOptions.CultureInvariant)]
    private static partial Regex PoliceKept();
}
