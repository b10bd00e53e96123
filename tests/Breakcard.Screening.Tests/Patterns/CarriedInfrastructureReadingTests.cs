using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 421, on hand-written sentences that come from no simulator template: the reader's own job, shop or device made the
/// carrier of a fraud ring's infrastructure — gambling or loan apps flashed onto boxes, a probe in one's shop harvesting
/// numbers, card kits hidden in parcels — for pay, with a story or the purpose left unasked; against honest work of the same
/// shape, and against the offer with its concealment missing.
/// </summary>
public sealed class CarriedInfrastructureReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string id) => m.Hits.Any(h => h.Pattern.Id == id && !h.Negated);

    [Theory]
    [InlineData("ads-preloaded", "承接电视盒子刷机：预装我们提供的博彩APP和网贷APP，开机广告位也归我们，刷一台给25元，老板问起就说是系统自带的，APP后台是谁别打听。")]
    [InlineData("ads-preloaded", "门店投影仪桌面推送：店里卖出去的投影仪，桌面加一个“棋牌娱乐”图标，每激活一台8元，客户问就说是厂家推送的。")]
    [InlineData("numbers-harvested", "店里有空插座的老板看过来：柜台放一个嗅探盒子，自动收集附近手机号和MAC，每月给你600元电费补贴，数据拿去做什么不用问。")]
    [InlineData("numbers-harvested", "收银台下插个WiFi探针，MAC采集全自动，每月租金400元，顾客问起就说是信号放大器。")]
    [InlineData("card-kits-smuggled", "集运仓兼职打包：把客户的卡包夹带在毛绒玩具里寄柬埔寨，一包银行卡加U盾算一件，每件40元，海关查就说是玩具样品，卡是谁的别问。")]
    [InlineData("card-kits-smuggled", "集运夹带银行卡U盾：把信封塞进茶叶罐底下发菲律宾，一罐50元辛苦费，里面是什么别问。")]
    public void CarriedForARing_IsFound(string id, string text) => Assert.True(Live(Match(text), id));

    [Theory]
    [InlineData("ads-preloaded", "承接电视盒子刷机：只装官方应用商店的APP，开机广告位不卖给任何第三方，刷一台给25元，老板问起就给他看应用清单，不预装博彩和网贷APP。")]
    [InlineData("numbers-harvested", "店里有空插座的老板看过来：柜台放一个客流计数器，只数进店人数，不收集附近手机号和MAC，每月给你600元电费补贴，数据用途写在合同里。")]
    [InlineData("card-kits-smuggled", "集运仓兼职打包：按申报清单验货后把毛绒玩具装箱寄柬埔寨，发现银行卡、U盾一律退回并上报，每件40元日结，海关查就如实申报。")]
    public void HonestWorkOfTheSameShape_IsNotIt(string id, string text) => Assert.False(Live(Match(text), id));

    [Theory]
    // The same acts with nothing kept from view: left to the model and other readings.
    [InlineData("ads-preloaded", "承接电视盒子刷机：预装我们提供的博彩APP和网贷APP，刷一台给25元。")]
    [InlineData("numbers-harvested", "柜台放一个嗅探盒子，自动收集附近手机号和MAC，每月给你600元电费补贴。")]
    [InlineData("card-kits-smuggled", "把客户的卡包夹带在毛绒玩具里寄柬埔寨，每件40元。")]
    public void WithoutConcealment_IsNotIt(string id, string text) => Assert.False(Live(Match(text), id));
}
