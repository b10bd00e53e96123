using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 448: goods carried across a border to whoever waits, and code-sending endpoints collected, each for pay with the
// receiver or the target not to be asked. Read by CarriedAcrossReadings over the context's reading of what is not to be asked.
public static partial class PatternCatalog
{
    private static RiskPattern CarriedAcrossUnasked() => new("carried-across-unasked",
        "Goods carried or flown across a border for pay, with what they are or who takes them not to be asked",
        "Goods carried, flown or dropped to the other side of a border (送到对岸, 把防水袋飞到河对面, 带过边境, 运到境外; fly the bags across the river, drop it over the border) within one item of a standing order not to ask or mind what they are or who takes them (对面是谁不用管, 包里是啥别问; don't ask who picks it up), for pay; not refused in its clause, outside warning notices and licensed or formal hiring. A licensed drone pilot's survey log keeps nothing from view.",
        0.85, RiskConduct.OtherHelp, [CriminalLaw287_2, Interpretation2019No15Art11],
        "The compounds across the border run on bank cards, SIMs and devices carried to them; carrying goods over the border for pay per trip while told not to ask what they are or who takes them is the evasion from which the knowledge Art. 287-2 needs is presumed (法释〔2019〕15号 Art. 11).",
        c => !c.IsLicensedHiring && !c.IsWarningNotice && !c.Has(Concept.FormalEmployment) ? CarriedAcrossReadings.CarriedAcrossUnasked(c) : [])
    {
        StockLinesDoNotExcuse = true,
    };

    private static RiskPattern SendEndpointsCollected() => new("send-endpoints-collected",
        "Others' services' code-sending endpoints collected for pay, with whom they are fired at not to be asked",
        "The sign-in, registration or SMS-code endpoints of others' sites and apps (登录发短信的接口, 注册发验证码的口子; sign-up SMS endpoints, OTP APIs) collected for pay per endpoint, within one item of a standing order not to ask or mind whom they are used on (轰谁别问, 拿去干啥不用管; don't ask who gets hit); not refused in its clause, outside warning notices and licensed or formal hiring. Testing one's own service's endpoint for rate limits keeps nothing from view.",
        0.85, RiskConduct.TechnicalSupport, [CriminalLaw287_2, Interpretation2019No15Art11],
        "SMS bombing buries a victim's bank and platform alerts while a fraud drains him; collecting the endpoints that fire it, paid per endpoint and told not to ask whom they hit, is technical support to that use (Art. 287-2), and the order not to ask is what makes the purpose known (法释〔2019〕15号 Art. 11).",
        c => !c.IsLicensedHiring && !c.IsWarningNotice && !c.Has(Concept.FormalEmployment) ? CarriedAcrossReadings.SendEndpointsCollected(c) : [])
    {
        StockLinesDoNotExcuse = true,
    };
}
