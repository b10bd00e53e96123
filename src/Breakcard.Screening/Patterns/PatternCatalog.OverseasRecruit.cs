using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 430: other people recruited per head for an unnamed employer abroad, the work kept from them. Read by
// OverseasRecruitReadings; a method, not a field, as in PatternCatalog.OwnChannel.cs.
public static partial class PatternCatalog
{
    private static RiskPattern RecruitedAbroadPerHead() => new("recruited-abroad-per-head",
        "Others recruited per head for an unnamed employer abroad, the work kept from them",
        "Pay per person referred (人头费, 介绍费, 推荐人… 每人3000; a fee per head or recruit) for sending others to a destination abroad (海外, 东南亚, 园区, 柬埔寨, 缅北; overseas, Cambodia) with the work kept from view — what the reader is told not to ask (公司干啥的别问) or not to tell the recruits or their families (别跟他们说太细, 家属问起就说在海外上班) — in one item, not refused, not narrated of someone else, outside licensed hiring and warning notices. A licensed labour-export firm's referral form and a consulate's warning that describes the scheme are not it.",
        0.85, RiskConduct.OtherHelp, [CriminalLaw287_2, Interpretation2019No15Art11],
        "The fraud compounds abroad are staffed through referrers paid per head; a per-head fee for sending young people to an unnamed \"company\" abroad, with the work kept from them and their families, is help to the frauds those desks run (Art. 287-2), and the secrecy and the pay are what makes the purpose known (法释〔2019〕15号 Art. 11).",
        c => c.IsLicensedHiring || c.IsWarningNotice || !OverseasRecruitReadings.MentionsPerHead(c) ? [] : OverseasRecruitReadings.RecruitedPerHead(c))
    {
        StockLinesDoNotExcuse = true,
    };
}
