using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 429: the reader's own surface (receipts, a wall he paints, packaging, a counter, a screen) made to carry a stranger's
// code, link or slogan for pay, with what it leads to unasked or its owner and customers kept uninformed. Read by
// SurfaceCodeReadings; a method, not a field, as in PatternCatalog.OwnChannel.cs.
public static partial class PatternCatalog
{
    private static RiskPattern SurfaceCarriesStrangersCode() => new("surface-code-unasked",
        "A stranger's code, link or slogan put on one's own receipts, walls or packaging for pay, what it leads to unasked",
        "A QR code, link, web address or slogan (二维码, 链接, 网址, 标语, 大字; QR code, link, URL, slogan) the reader prints, paints or sticks on a surface he controls or works on — his shop's receipts or order slips, a wall, a shutter, packaging, bags, a counter, a menu, a screen (小票底部加印, 墙上刷, 餐盒上贴; on your receipts, on the wall) — not refused in its clause, for pay per month, wall or registration, within one item of a standing order not to ask what it is or whose (二维码是干嘛的别问, 网址是谁家的不用管, don't ask where the link goes) or a story for whoever asks (有人投诉就说是平台活动), or of the owner or customers kept uninformed of a code that is the poster's or a loan's or casino's (别找房主, 不用跟顾客解释, don't tell the customers) — outside licensed or formal hiring and warning notices. A shop's own membership code, or a client's own advert on a wall whose owner signed, is not it.",
        0.85, RiskConduct.Promotion, [CriminalLaw287_2, Interpretation2019No15Art11],
        "Advertising promotion is one of the forms of help Art. 287-2 names; putting a stranger's loan or gambling code in front of one's customers or a village for pay, with what it leads to left unasked or the owner left untold, is the evasion from which knowledge is presumed (法释〔2019〕15号 Art. 11).",
        c => !c.IsLicensedHiring && !c.IsWarningNotice && !c.Has(Concept.FormalEmployment) && SurfaceCodeReadings.Mentions(c) && SurfaceCodeReadings.Pays(c)
            ? SurfaceCodeReadings.SurfaceCarriesCode(c) : [])
    {
        StockLinesDoNotExcuse = true,
    };
}
