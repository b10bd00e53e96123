using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 421: the reader's own job, shop or device made the carrier of a fraud ring's infrastructure — its adverts flashed onto
// boxes sold into strangers' rooms, its harvest of passers-by's numbers from a box in one's own shop, its card kits hidden in
// parcels one packs — for pay per unit, with what is carried kept from view. Read by CarriedInfrastructureReadings; methods,
// not fields, as in PatternCatalog.OwnChannel.cs.
public static partial class PatternCatalog
{
    private static RiskPattern AdsPreloadedOnScreens() => new("ads-preloaded",
        "Gambling or loan apps flashed onto boxes or screens one installs or sells, for pay",
        "Gambling, loan or \"investment\" apps or adverts (博彩, 菠菜, 返水, 娱乐, 贷款, 投资课 with APP, 图标, 广告, 推送) put on TV boxes, projectors or screens the reader flashes, installs or sells (刷机, 固件, 桌面, 预装, 开机广告位, 首页推荐位), not refused in its clause, for pay per box, while a buyer is told a story (顾客问起就说出厂就有) or whose the apps are is not to be asked (APP是谁家的别问) — outside licensed or formal hiring and warning notices. An operator's own box with its own apps and no third-party advert is not it.",
        0.85, RiskConduct.Promotion, [CriminalLaw287_2, Interpretation2019No15Art11],
        "Advertising promotion is one of the forms of help Art. 287-2 names; gambling and loan apps nobody can uninstall, put on cheap boxes for pay per activation with their owner left unasked, is the evasion from which knowledge is presumed (法释〔2019〕15号 Art. 11).",
        c => Screens(c, CarriedInfrastructureReadings.MentionsAds) ? CarriedInfrastructureReadings.AdsPreloaded(c) : [])
    {
        StockLinesDoNotExcuse = true,
    };

    private static RiskPattern NumbersHarvestedInOwnShop() => new("numbers-harvested",
        "A box in one's own shop that harvests passers-by's numbers or MAC addresses, for pay",
        "A Wi-Fi probe, sniffer or small box (WiFi探针, 嗅探盒子, 小盒子) kept in the reader's shop that collects passers-by's or customers' phone numbers, MAC addresses or signals (收集附近手机号, 记下路过的人的MAC地址, MAC采集), not refused in its clause, for monthly rent or pay per number, while customers are told a story (问起就说是路由器) or who buys the numbers is not to be asked (号码卖给谁别问) — outside licensed or formal hiring and warning notices. A shop's Wi-Fi that collects no numbers is not it.",
        0.85, RiskConduct.TechnicalSupport, [CriminalLaw287_2, Interpretation2019No15Art11],
        "Technical support is one of the forms of help Art. 287-2 names, and strangers' numbers collected unseen for a buyer's call lists are personal information taken unlawfully; rent for a hidden box with the buyer left unasked is the evasion from which knowledge is presumed (法释〔2019〕15号 Art. 11).",
        c => Screens(c, CarriedInfrastructureReadings.MentionsHarvest) ? CarriedInfrastructureReadings.NumbersHarvested(c) : [])
    {
        StockLinesDoNotExcuse = true,
    };

    private static RiskPattern CardKitsInParcels() => new("card-kits-smuggled",
        "Bank cards, U-keys or SIMs hidden in parcels one packs, for pay",
        "Bank cards, card sleeves, U-keys, SIMs or sealed envelopes (银行卡, 卡套, U盾, 手机卡, 信封) hidden in goods or parcels the reader packs or sends (藏进玩具, 塞到茶叶罐底下, 鞋垫夹层, 夹带), not refused in its clause, for pay per box, while customs or the courier is told a story (海关开箱就说不知道) or what is inside or whose the cards are is not to be asked (信封里是啥别问) — outside licensed or formal hiring and warning notices. A consolidation packer who checks contents against the declaration and refuses cards is not it.",
        0.85, RiskConduct.CardTrade, [CriminalLaw287_2, Opinion2021No22Art7, Interpretation2019No15Art11],
        "Opinion (II) Art. 7 counts trading in bank cards, online-banking keys and phone cards as help under Art. 287-2; carrying them abroad hidden in goods, for pay per box with their contents left unasked, is the evasion from which knowledge is presumed (法释〔2019〕15号 Art. 11).",
        c => Screens(c, CarriedInfrastructureReadings.MentionsKits) ? CarriedInfrastructureReadings.KitsSmuggled(c) : [])
    {
        StockLinesDoNotExcuse = true,
    };

    // The shared gates, cheapest first: not licensed hiring or a warning, a concealment word (cached), the act's words, pay.
    private static bool Screens(PatternContext c, Func<PatternContext, bool> mentions) =>
        !c.IsLicensedHiring && !c.IsWarningNotice && !c.Has(Concept.FormalEmployment) && c.MentionsKeptFromView && mentions(c) && CarriedInfrastructureReadings.Pays(c);
}
