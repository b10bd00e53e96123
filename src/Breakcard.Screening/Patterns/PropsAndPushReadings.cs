using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// Readings of two kinds of help a fraud buys from people who never touch its money or its victims' cards (ADR 390).
/// <para>
/// Props of a state authority supplied for impersonation: uniforms and insignia, a backdrop of a police or prosecutor's
/// office, stamped freezing orders and warrants, made or supplied for pay, while who uses them and where is kept from
/// view — what they are for or whether there is a filming permit is not to be asked, there is no permit or filing, the
/// identifiers on them (badge numbers, unit names) are the buyer's, the parcel is declared as something else, or they
/// are for video calls. A film or TV prop house makes the same kinds of props for a filed production, with invented
/// unit names and no real numbers, marks its papers as props and takes its uniforms back after the shoot.
/// </para>
/// <para>
/// Adverts pushed to strangers' phones by proximity sharing (隔空投送, AirDrop, nearby share), for pay, when the adverts
/// are for unlawful lending or gambling and go to passers-by, or what is pushed is not to be asked about, or the worker
/// leaves or tells a cover story when asked or reported, or the sending device is named as bait (领红包). An exhibition
/// desk sends its own map and programme to visitors who ask for them, refuses to push to strangers and sends no ads.
/// </para>
/// Both read the normalised text with FraudHelpReadings' fold of Martian forms, each behind a first-character search for
/// its anchor words (MerchantAndParcelReadings.ContainsAny), so a text naming no prop and no proximity share costs one
/// vectorised scan each.
/// </summary>
internal static partial class PropsAndPushReadings
{
    // Words without which no prop of an authority is named: a backdrop, a uniform or insignia, an authority's paper.
    // Latin words go to a SearchValues<string> of ASCII, which is vectorised; Chinese ones to a first-character search
    // (ADR 382's addendum: a SearchValues<string> of non-ASCII words falls back to a per-character lookup).
    private static readonly string[] PropWords =
        ["背景布", "背景墙", "背景板", "置景", "布景", "警服", "制服", "执勤服", "常服", "肩章", "臂章", "警号", "警徽", "警衔", "冻结令", "通缉令", "逮捕证", "拘留证", "协查通报", "红头文件"];

    private static readonly SearchValues<string> PropLatin = SearchValues.Create(["uniform", "badge", "backdrop", "warrant", "arrestnotice", "freezeorder", "freezingorder"], StringComparison.Ordinal);

    // Proximity sharing: pushing a file to phones nearby, whoever holds them.
    private static readonly string[] PushWords = ["隔空", "快传", "蓝牙"];

    private static readonly SearchValues<string> PushLatin = SearchValues.Create(["airdrop", "nearbyshare", "quickshare", "bluetooth"], StringComparison.Ordinal);

    private static readonly SearchValues<char> PropFirsts = MerchantAndParcelReadings.FirstCharacters(PropWords);

    private static readonly SearchValues<char> PushFirsts = MerchantAndParcelReadings.FirstCharacters(PushWords);

    // The signs that props are for impersonation, of which a reading needs one.
    private static readonly Regex[] ImpersonationSigns = [PermitAbsent(), IdentifiersSupplied(), DeclaredAsOther(), ForVideoCalls()];

    // How far from a reading the term it quotes may lie: the props texts name their terms (公安局, 逮捕证) a line away.
    private const int QuoteReach = 60;

    /// <summary>True when the normalised text names a prop of an authority: the cheap test.</summary>
    public static bool MentionsProp(PatternContext c) =>
        MerchantAndParcelReadings.ContainsAny(c.Text.Text, PropFirsts, PropWords) || c.Text.Text.AsSpan().IndexOfAny(PropLatin) >= 0;

    /// <summary>True when the normalised text names proximity sharing: the cheap test.</summary>
    public static bool MentionsPush(PatternContext c) =>
        MerchantAndParcelReadings.ContainsAny(c.Text.Text, PushFirsts, PushWords) || c.Text.Text.AsSpan().IndexOfAny(PushLatin) >= 0;

    /// <summary>
    /// Where props of an authority (a police or prosecutor's backdrop, uniforms, stamped orders) are supplied for
    /// impersonation: an authority is named beside them, and what they are for is not to be asked, or there is no permit,
    /// or the identifiers on them are the buyer's, or the parcel is declared as something else, or they serve video calls.
    /// </summary>
    public static IEnumerable<(int First, int Last)> ImpersonationProps(PatternContext c)
    {
        var plain = FraudHelpReadings.Plain(c);
        var prop = Prop().Match(plain);
        if (!prop.Success || !Authority().IsMatch(plain))
        {
            return [];
        }

        var signed = PurposeUnasked(plain);
        foreach (var reading in ImpersonationSigns)
        {
            // A sign refused in its clause (道具不得用于视频通话) is a rule of the prop house, not a sign.
            signed = signed || Unrefused(c, plain, reading);
        }

        return signed ? IdentityAndAdReadings.AnchorNear(c, prop.Index, prop.Index + prop.Length, QuoteReach) : [];
    }

    /// <summary>
    /// Where adverts are pushed to strangers' phones by proximity sharing: what is pushed is not to be asked about, the
    /// worker leaves or tells a cover story when asked or reported, the sending device is named as bait, or unlawful
    /// lending or gambling is advertised to passers-by — none of them refused in its clause.
    /// </summary>
    public static IEnumerable<(int First, int Last)> StrangerPush(PatternContext c)
    {
        var plain = FraudHelpReadings.Plain(c);
        var push = Push().Match(plain);
        if (!push.Success)
        {
            return [];
        }

        var pushed = ContentUnasked(plain) || Unrefused(c, plain, FleesWhenAsked()) || Unrefused(c, plain, BaitDeviceName())
            || (Unrefused(c, plain, Strangers()) && IdentityAndAdReadings.UnlawfulBusinessNear(c, plain, (0, plain.Length)));
        return pushed ? IdentityAndAdReadings.AnchorNear(c, push.Index, push.Index + push.Length, QuoteReach) : [];
    }

    // A waiver (别问, 不用管, don't ask) with a question of purpose or permit right before it (拿去拍什么别问, 有没有拍摄许可不用管).
    private static bool PurposeUnasked(string plain)
    {
        foreach (var w in Waiver().EnumerateMatches(plain))
        {
            var from = Math.Max(0, w.Index - 12);
            if (PurposeOrPermit().IsMatch(plain.AsSpan(from, w.Index - from)))
            {
                return true;
            }
        }

        return false;
    }

    // A waiver with what is pushed or to whom right before it (图上是什么不用管, 发的什么别问) or, in English, right after it
    // (don't ask what's on them).
    private static bool ContentUnasked(string plain)
    {
        foreach (var w in Waiver().EnumerateMatches(plain))
        {
            var from = Math.Max(0, w.Index - 10);
            var to = Math.Min(plain.Length, w.Index + w.Length + 12);
            if (PushedContent().IsMatch(plain.AsSpan(from, w.Index - from)) || PushedContentAfter().IsMatch(plain.AsSpan(w.Index + w.Length, to - w.Index - w.Length)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Unrefused(PatternContext c, string plain, Regex reading)
    {
        // ValueMatch: no Match object per hit on the path every text with an anchor word takes.
        foreach (var m in reading.EnumerateMatches(plain))
        {
            if (!IdentityAndAdReadings.IsRefusedInClause(c, m.Index, m.Index + m.Length))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("背景布|背景墙|背景板|置景|布景|警服|制服|执勤服|常服|肩章|臂章|警号|警徽|警衔|冻结令|通缉令|逮捕证|拘留证|协查通报|红头文件|policeuniform|uniforms?|badges?|backdrop|warrants?|arrestnotice|freez(e|ing)order", RegexOptions.CultureInvariant)]
    private static partial Regex Prop();

    // The authority the props stand for.
    [GeneratedRegex("公安|警|检察|法院|派出所|刑侦|经侦|办案中心|询问室|审讯室|police|prosecutor|procuratorate|court|detective", RegexOptions.CultureInvariant)]
    private static partial Regex Authority();

    [GeneratedRegex("别问|不用问|不要问|不许问|勿问|不用管|别管|不要管|不归你管|不关你事|别打听|不用知道|dontask|donotask|noquestions|noneedtoknow|dontworryabout", RegexOptions.CultureInvariant)]
    private static partial Regex Waiver();

    // 有没有 asks whether a permit or a filing exists (有没有拍摄许可别问), whatever the homophone that follows it.
    [GeneratedRegex("用途|用在|用于|哪里|拍什么|拍啥|拍哪|干什么|干嘛|做什么|拿去|给谁|谁用|许可|拍摄许|备案|立项|有没有|什么剧|哪个剧|whatitsfor|whatfor|whouses|whatyoushoot|permit", RegexOptions.CultureInvariant)]
    private static partial Regex PurposeOrPermit();

    // No filming permit or filing (没有拍摄许可, 不给立项备案, 无需报备, no permit): a production that is not one.
    [GeneratedRegex("(没有|没|无|不给|不用|不需要|无需|不要|不办|未办|不走)(拍摄|摄制|剧组的?)?(许可|立项|备案|批文|报备)|no(filming)?permit|withoutapermit|(unlicensed|unregistered)(shoot|production|crew)", RegexOptions.CultureInvariant)]
    private static partial Regex PermitAbsent();

    // The identifiers on the props are the buyer's (警号按我们给的, 号码我们给, 单位名我们定, badge numbers we give): real numbers
    // and real units, which a prop house leaves off.
    [GeneratedRegex("(警号|编号|号码|单位名称?|机关名称?|番号)(按|照|用|填|印)?(我们给|我们定|我们提供|我们发|指定|要求|客户给)|badgenumbers?(we|you)(give|provide|supply|send)|(numbers|names)weprovide", RegexOptions.CultureInvariant)]
    private static partial Regex IdentifiersSupplied();

    // The parcel declared as something else (快递写“服装”, 面单填布料, declare it as clothing).
    [GeneratedRegex("(快递|寄件|面单|运单|托寄物|物品|包裹)(单)?(上)?(写|填|报|标)(成|为|作)?(服装|布料|衣服|样品|工艺品|文件|日用品|礼品)|declare(it|them)?as(clothing|clothes|fabric|samples|gifts)", RegexOptions.CultureInvariant)]
    private static partial Regex DeclaredAsOther();

    // For video calls with whoever is called (视频通话用, 视频连线时挂在身后, for video calls).
    [GeneratedRegex("视频通话|视频聊天|视频连线|视频电话|videocalls?|facetime", RegexOptions.CultureInvariant)]
    private static partial Regex ForVideoCalls();

    [GeneratedRegex("隔空投送|隔空传送|隔空投|airdrop|nearbyshare|quickshare|面对面快传|蓝牙(推送|投送|发送|广告)|bluetooth(push|ads?)", RegexOptions.CultureInvariant)]
    private static partial Regex Push();

    // What is pushed or to whom (图上是什么, 发的什么, 推的啥, 发给谁, what's on it).
    [GeneratedRegex("是什么|是啥|什么内容|内容|发的什么|发什么|推什么|图上|发给谁|推给谁", RegexOptions.CultureInvariant)]
    private static partial Regex PushedContent();

    [GeneratedRegex("^(about)?(whats|whatis|whatsin|whatson|whatitsays|whatyousend|whattheyare|whotheyare|whoitgoes|thecontent|theposters|theimages)", RegexOptions.CultureInvariant)]
    private static partial Regex PushedContentAfter();

    // Leaving, or a cover story, when someone asks or reports (保安问就走, 有人问换个地方, 被举报就说手机中毒了, walk away if
    // security asks).
    [GeneratedRegex("(问|查|管|赶|拦)[^。]{0,3}?(就走|就跑|快走|走开|换个地方|换地方|换个站|离开|就撤)|(举报|报警|投诉|保安|警察|城管)[^。]{0,6}?(就说|说是|你就说)|if(security|staff|anyone|someone|police)(asks?|comes|complains)(just)?(walkaway|leave|move|switch)|(reported|complains?)(just)?say", RegexOptions.CultureInvariant)]
    private static partial Regex FleesWhenAsked();

    // The sending device named as bait (设备名改成“领红包”, rename the phone to Free Gift).
    [GeneratedRegex("(设备名|设备名称|手机名|名字|名称|昵称|devicename|phonename)(都)?(改成|改为|设成|设为|叫|写成|renameitto|setto)[^。]{0,3}?(红包|免费|领取|中奖|福利|返现|freegift|freemoney|prize|winner|bonus)", RegexOptions.CultureInvariant)]
    private static partial Regex BaitDeviceName();

    // Passers-by: strangers in public places (陌生人, 路人, 人多的地方, 地铁车厢, 商场, strangers, metro).
    [GeneratedRegex("陌生人|路人|路过的?人|过往|人多|人流|地铁|车厢|商场|广场|步行街|公交|候车|高铁|strangers?|passersby|crowds?|everyone|metro|subway|tube|mall|trains?|carriages?|stations?", RegexOptions.CultureInvariant)]
    private static partial Regex Strangers();
}
