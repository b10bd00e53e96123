using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 448: two offers of the same structure as ADR 423's thing handed over with what becomes of it unasked, where nothing is
/// handed to the poster: the reader's work <em>delivers</em> to someone the offer will not name.
/// <para>
/// (1) Goods carried across a border to whoever waits on the other side, paid per trip, with what they are or who takes them
/// not to be asked: a drone flying sealed bags over a border river at night (用一台大疆把防水袋飞到河对面, 一趟五百, 对面是谁不用管),
/// a parcel carried over the line (带到那边, 送到对岸; fly it across the river, drop it over the border). The bank cards and SIMs
/// the compounds across the border use reach them this way; ADR 438's reading reads <em>people</em> led past the checkpoints,
/// and here no checkpoint is named: the crossing itself, the carrying and the receiver kept unknown are the evidence.
/// (2) A service's abuse surface collected for pay per unit, with its target not to be asked: the sign-in or registration
/// endpoints that send an SMS or voice code, collected one by one so that they can be fired at one number without end
/// (收集各个网站登录发短信的接口, 每个二十, 轰谁别问; collect sign-up endpoints that text a code, $5 per endpoint, don't ask who gets
/// hit). Honest security work tests its own service's endpoint for rate limits and asks nothing to be kept from view.
/// </para>
/// Both need, in one item, the act, a standing form of <see cref="PatternContext.ToldNotToAsk"/> and pay; the act not refused
/// in its clause. Behind the context's cached reading of the forms (itself behind the concealment gate, ADR 382).
/// </summary>
internal static partial class CarriedAcrossReadings
{
    // One item of a digest or a slip's few lines: the act and the form stand within this of each other.
    private const int ItemReach = 200;

    /// <summary>Goods carried or flown across a border to the other side, for pay, with contents or receiver not to be asked.</summary>
    public static IEnumerable<(int First, int Last)> CarriedAcrossUnasked(PatternContext c) => Read(c, CarriedAcross());

    /// <summary>Code-sending endpoints of others' services collected for pay, with the target not to be asked.</summary>
    public static IEnumerable<(int First, int Last)> SendEndpointsCollected(PatternContext c) => Read(c, SendEndpoint());

    private static IEnumerable<(int First, int Last)> Read(PatternContext c, Regex act)
    {
        var forms = c.ToldNotToAsk;
        if (forms.Count == 0)
        {
            return [];
        }

        var s = c.FoldedText;
        foreach (var (a, b) in forms)
        {
            var from = Math.Max(0, a - ItemReach);
            var to = Math.Min(s.Length, b + ItemReach);
            foreach (var m in act.EnumerateMatches(s.AsSpan(from, to - from)))
            {
                var (start, end) = (from + m.Index, from + m.Index + m.Length);
                if (IdentityAndAdReadings.IsRefusedInClause(c, start, end) || !Pays(c))
                {
                    continue;
                }

                return IdentityAndAdReadings.AnchorNear(c, start, end, int.MaxValue);
            }
        }

        return [];
    }

    /// <summary>
    /// The pay tests of <see cref="SurfaceCodeReadings.Pays"/>, or a rough sum per trip, person, session or piece the amount
    /// scanner leaves (一趟大几百, 每人三位数, 一次小几百, 每趟八张红票子, 一次五张毛爷爷).
    /// </summary>
    internal static bool Pays(PatternContext c) => SurfaceCodeReadings.Pays(c) || RoughSum().IsMatch(c.FoldedText);

    // A rough sum per trip, person, session or piece: 一趟大几百, 每人三位数, 一次小几百, 每趟八张红票子, 一次五张毛爷爷.
    [GeneratedRegex("(?:每|一)(?:趟|次|人|位|个|条)[^，。；\\n]{0,4}?(?:三位数|四位数|小几百|大几百|几百|小几千|几千|[0-9一二两三四五六七八九十几]张(?:大)?(?:红票|毛爷爷))", RegexOptions.CultureInvariant)]
    private static partial Regex RoughSum();

    // Carried to the other side of a border: a carrying verb (送, 飞, 带, 运, 扔, 抛, 投, 递, 拿) to the far bank, the other side,
    // over the border or abroad (送到对岸, 飞到河对面, 带过边境, 运到境外; 过河送到那边); English: fly, carry, drop, ferry, take
    // … across or over the river, border or line.
    [GeneratedRegex(
        "(?:送|飞|带|运|扔|抛|投|递|拿|吊)(?:到|过|去|至|往)?(?:了)?(?:界河|河|江|边境|国境|境)?(?:的)?(?:对岸|对面|対面|那边|那辺|那头|境外|缅甸|缅北|老挝|越南)"
        + "|(?:送|飞|带|运)(?:过|出)(?:边境|国境|境|界河)"
        + "|(?:fly|flies|flew|flying|carry|carries|carried|carrying|drop|dropping|ferry|ferrying|take|taking|run|running)[a-z]{0,30}?(?:across|over)(?:the)?(?:river|border|water|line|fence)",
        RegexOptions.CultureInvariant)]
    private static partial Regex CarriedAcross();

    // An endpoint that sends a code or a call: an interface or opening (接口, 口子, api, endpoint) with an SMS, a code, a call or
    // a sign-in or registration within a few characters before it (登录发短信的接口, 注册发验证码的口子); English: sign-up, login,
    // SMS, OTP or verification endpoints or APIs.
    [GeneratedRegex(
        "(?:短信|短讯|验证码|验证|验码|发码|语音|电话|登录|登陆|注册|找回密码)[^。；;\\n]{0,8}?(?:接口|口子|api)"
        + "|(?:sms|otp|code|verification|signup|login|register|registration|passwordreset)(?:sending)?(?:endpoints?|apis?)",
        RegexOptions.CultureInvariant)]
    private static partial Regex SendEndpoint();
}
