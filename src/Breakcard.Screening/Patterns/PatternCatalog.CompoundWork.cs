using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 470: work for an unnamed operation abroad in a closed compound, the phone or passport taken and the business not to be
// asked (CompoundWorkReadings), and a screen one manages showing the poster's adverts, switched back when checked
// (SwitchedBackReadings); a method, not a field, as in PatternCatalog.OwnChannel.cs.
public static partial class PatternCatalog
{
    private static RiskPattern CompoundWorkUnasked() => new("compound-work-unasked",
        "Work for an unnamed operation abroad, the phone or passport handed in and its business not to be asked",
        "A destination abroad (柬埔寨, 缅甸, 园区, 西港, 境外), the worker's phone or passport handed in (手机入园交公司, 护照到了统一保管, 电话进园区上交) and what the operation does not to be asked (楼里做什么不用管, 公司什么业务别问), in one item; the order not refused in its clause nor narrated of others, outside licensed hiring and warning notices. A licensed labour-export posting keeps the passport and phone with the worker; a police notice reports the compounds that take them.",
        0.85, RiskConduct.OtherHelp, [CriminalLaw287_2, Interpretation2019No15Art11],
        "The fraud compounds abroad are kept running by cooks, drivers and electricians as well as by typists; working for an operation abroad whose business one is told not to ask, one's phone taken at the gate, is logistical help to the frauds it runs (Art. 287-2), and the secrecy is what makes its purpose known (法释〔2019〕15号 Art. 11).",
        c => c.IsLicensedHiring || c.IsWarningNotice ? [] : CompoundWorkReadings.PhoneTakenBusinessUnasked(c))
    {
        StockLinesDoNotExcuse = true,
    };

    private static RiskPattern ScreenSwitchedBack() => new("screen-switched-back",
        "A screen made to show the poster's adverts for pay, switched back when checked",
        "A screen (广告屏, 液晶屏, 显示屏, 广告位) within one item of a switch back to its ordinary content at a time of checking (白天切回原来的广告, 物业检查时换回, 检查时换回去即可), with pay in the text; not refused in its clause nor narrated of others, outside licensed hiring and warning notices. A media company's schedule checks its advertisers and takes down what residents complain of; it does not switch back for a check.",
        0.85, RiskConduct.OtherHelp, [CriminalLaw287_2, Interpretation2019No15Art11],
        "Art. 287-2 names advertising among the help given to information-network crime; playing a stranger's adverts on a screen one manages and hiding them from whoever checks is that help, and the hiding is what makes their purpose known (法释〔2019〕15号 Art. 11).",
        c => c.IsLicensedHiring || c.IsWarningNotice ? [] : SwitchedBackReadings.ScreenSwitchedBackForChecks(c))
    {
        StockLinesDoNotExcuse = true,
    };
}
