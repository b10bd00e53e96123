using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 421: the reader's own job, shop or device made the carrier of a fraud ring's infrastructure, for pay per unit with what
/// is carried kept from view. Three things a ring needs and cannot place itself: its adverts on screens in strangers' rooms
/// (gambling, loan or "investment" apps flashed onto boxes the reader installs or sells: 刷机预装博彩APP, 开机广告位, 桌面推送),
/// its data from passers-by (a box in the reader's shop that harvests phones' numbers or MAC addresses: WiFi探针, 嗅探盒子,
/// 收集附近手机号), and its card kits out of the country (bank cards, U-keys or SIMs hidden in parcels the reader packs:
/// 卡包夹带, 藏在玩具里寄柬埔寨). The honest forms of the same slips — an operator's own box with its own apps, a shop's Wi-Fi
/// that collects nothing, a packer who refuses cards — carry nothing of a stranger's, refuse it in its clause, and hide
/// nothing; so three parts are needed within one item: the thing carried with its carrier, a concealment, and pay.
/// <para>
/// Read over the normalised text folded as <see cref="RegistrationLentReadings"/> folds it, behind the context's cached test for
/// a concealment word (<see cref="PatternContext.MentionsKeptFromView"/>), then a first-character search for the words of what
/// is carried, then the pay test (<see cref="Pays"/>).
/// </para>
/// </summary>
internal static partial class CarriedInfrastructureReadings
{
    // The cheap tests: words any form of each act must hold, searched by first character (ADR 382's addendum).
    private static readonly string[] AdWords = ["娱乐", "博彩", "菠菜", "赌", "返水", "贷款", "贷kuan", "网贷", "投资课", "棋牌", "彩票"];
    private static readonly string[] HarvestWords = ["探针", "嗅探", "手机号", "号码", "mac", "信号", "信hao", "訫号", "信息", "訫息"];
    private static readonly string[] KitWords = ["银行卡", "卡套", "鉲套", "卡包", "u盾", "手机卡", "电话卡", "信封", "訫封", "网银盾", "套件"];

    // And the words of each carrier, as in Screen(), Probe() and Hidden() below (盒 for 盒子 and 电视盒): both lists must be met before pay is
    // tested or the text folded, since 贷款, 号码, 信息 or 银行卡 alone are common.
    private static readonly string[] ScreenWords = ["固件", "桌面", "刷机", "预装", "内置", "机顶盒", "电视", "盒", "投影仪", "开机", "首页", "广告位", "推荐位", "装机"];
    private static readonly string[] ProbeWords = ["探针", "嗅探", "盒子", "设备", "wifi", "路由"];
    private static readonly string[] HideWords = ["藏", "塞", "夹", "缝进", "混进", "混在"];

    private static readonly SearchValues<char> AdFirsts = MerchantAndParcelReadings.FirstCharacters(AdWords);
    private static readonly SearchValues<char> HarvestFirsts = MerchantAndParcelReadings.FirstCharacters(HarvestWords);
    private static readonly SearchValues<char> KitFirsts = MerchantAndParcelReadings.FirstCharacters(KitWords);
    private static readonly SearchValues<char> ScreenFirsts = MerchantAndParcelReadings.FirstCharacters(ScreenWords);
    private static readonly SearchValues<char> ProbeFirsts = MerchantAndParcelReadings.FirstCharacters(ProbeWords);
    private static readonly SearchValues<char> HideFirsts = MerchantAndParcelReadings.FirstCharacters(HideWords);

    // How far the carrier may stand from the thing carried, and the concealment: one item of a digest or a slip's few lines.
    private const int CarrierReach = 80;
    private const int ConcealReach = 260;

    /// <summary>True when the normalised text names a gambling or loan app and a screen or box: the cheap test.</summary>
    public static bool MentionsAds(PatternContext c) =>
        MerchantAndParcelReadings.ContainsAny(c.Text.Text, AdFirsts, AdWords) && MerchantAndParcelReadings.ContainsAny(c.Text.Text, ScreenFirsts, ScreenWords);

    /// <summary>True when the normalised text names numbers or signals and a probe or box: the cheap test.</summary>
    public static bool MentionsHarvest(PatternContext c) =>
        MerchantAndParcelReadings.ContainsAny(c.Text.Text, HarvestFirsts, HarvestWords) && MerchantAndParcelReadings.ContainsAny(c.Text.Text, ProbeFirsts, ProbeWords);

    /// <summary>True when the normalised text names a card kit or envelope and a hiding verb: the cheap test.</summary>
    public static bool MentionsKits(PatternContext c) =>
        MerchantAndParcelReadings.ContainsAny(c.Text.Text, KitFirsts, KitWords) && MerchantAndParcelReadings.ContainsAny(c.Text.Text, HideFirsts, HideWords);

    /// <summary>
    /// True when the text pays (<see cref="OwnChannelReadings.Pays"/>) or names its pay by a noun with a rough sum the amount
    /// reading leaves (一个月大几百补贴, 一箱一张大红票加辛苦费, 报酬：每箱三位数): rent, allowance, commission, wage.
    /// </summary>
    public static bool Pays(PatternContext c) => OwnChannelReadings.Pays(c) || PayNoun().IsMatch(FraudHelpReadings.Plain(c));

    /// <summary>Gambling, loan or "investment" apps or adverts put on boxes, projectors or screens the reader flashes or installs.</summary>
    public static IEnumerable<(int First, int Last)> AdsPreloaded(PatternContext c) => Carried(c, AdApp(), Screen());

    /// <summary>Passers-by's or customers' numbers, MAC addresses or signals collected by a box the reader keeps.</summary>
    public static IEnumerable<(int First, int Last)> NumbersHarvested(PatternContext c) => Carried(c, Harvest(), Probe());

    /// <summary>Bank cards, U-keys, SIMs or sealed envelopes hidden in parcels or goods the reader packs or sends.</summary>
    public static IEnumerable<(int First, int Last)> KitsSmuggled(PatternContext c) => Carried(c, Hidden(), Kit());

    private static IEnumerable<(int First, int Last)> Carried(PatternContext c, Regex carried, Regex carrier)
    {
        var s = UnaskedReadings.Folded(c);
        foreach (var m in carried.EnumerateMatches(s))
        {
            var (start, end) = (m.Index, m.Index + m.Length);
            if (IdentityAndAdReadings.IsRefusedInClause(c, start, end)
                || !RegistrationLentReadings.Within(c, s, carrier, start, end, CarrierReach)
                || !RegistrationLentReadings.Within(c, s, Kept(), start, end, ConcealReach))
            {
                continue;
            }

            return IdentityAndAdReadings.AnchorNear(c, start, end, CarrierReach);
        }

        return [];
    }

    // A gambling, loan or "investment" app or advert: 高返水体育APP, 菠菜和贷款APP, “娱乐”“贷款”广告, 博彩图标, 棋牌推送.
    [GeneratedRegex("(?:娱乐|博彩|菠菜|赌博?|返水|贷(?:款|kuan)|网贷|投资课|棋牌|彩票)[^\\n。]{0,10}?(?:app|图标|广告|应用|软件|推送|弹窗)", RegexOptions.CultureInvariant)]
    private static partial Regex AdApp();

    // The screen it is put on, or the act of putting it there: a box, a projector, its firmware or home screen, flashing.
    [GeneratedRegex("固件|桌面|刷机|预装|内置|机顶盒|电视盒|盒子|投影仪|电视|开机|首页|广告位|推荐位|装机", RegexOptions.CultureInvariant)]
    private static partial Regex Screen();

    // Numbers, device traces or people's information collected: 记下路过的人的mac地址, 收集进店的手机号码, 收集进店的人信息,
    // 采集附近手机号, mac采集, 嗅探.
    [GeneratedRegex("(?:收集|収集|采集|记下|记录|抓取|获取|扫描|嗅探|抓|收|収)[^\\n。；]{0,14}?(?:手机号|号码|mac|信(?:号|hao)|(?:人|手机|顾客|路人)的?信息)|mac(?:地址)?(?:采集|收集)|嗅探", RegexOptions.CultureInvariant)]
    private static partial Regex Harvest();

    // The box that does it: a Wi-Fi probe, a sniffer, a small box or device placed in the shop.
    [GeneratedRegex("探针|嗅探|盒子|设备|wifi|路由", RegexOptions.CultureInvariant)]
    private static partial Regex Probe();

    // Something hidden in goods or a parcel: 藏进玩具包裹, 塞到鞋子包裹中, 塞进玩具肚子里, 夹带, 藏在玩具里寄柬埔寨.
    [GeneratedRegex("(?:藏|塞|夹带|夹在|夹进|缝进|混进|混在)[^\\n。]{0,16}?(?:包裹|箱|玩具|茶叶|罐|鞋|夹层|货|快递|集运)|夹带", RegexOptions.CultureInvariant)]
    private static partial Regex Hidden();

    // The kit: bank cards, card sleeves, U-keys, SIMs, or envelopes, packets or kits whose contents are not named.
    [GeneratedRegex("银行卡|[卡鉲]套|卡包|u盾|网银盾|手机卡|电话卡|信封|訫封|套件|小包", RegexOptions.CultureInvariant)]
    private static partial Regex Kit();

    // Pay named by its noun: rent for the box, an allowance, a commission, a wage, a bonus for the night.
    [GeneratedRegex("租金|补贴|提成|报酬|工钱|辛苦费|佣金", RegexOptions.CultureInvariant)]
    private static partial Regex PayNoun();

    // A cover story for whoever asks or checks (顾客问起就说出厂就有, 海关开箱就说不知道), or what is carried, whose it is or who
    // buys it not to be asked (APP是干啥的不用管, 号码卖给谁别问, 信封里是啥别问), the question word first, or the waiver first.
    [GeneratedRegex("就说|就讲|就称|统一说|(?:什么|啥|谁|哪|干嘛|用途|来路)(?:的|用|用的)?.{0,6}?(?:别问|不用管|不用问|不要问|别管|不要管|别打听|不用知道)"
        + "|(?:别问|不用管|不用问|别管)(?:是)?(?:什么|啥|谁|哪)", RegexOptions.CultureInvariant)]
    private static partial Regex Kept();
}
