using static Breakcard.Screening.Lexicon.Concept;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 375: help beyond the two cards that deceives a check or advertises for a crime — a holder's identity check answered
// by the worker for instruments others use, ad space sold to unlawful lending and gambling while the platform's review is
// evaded, recordings of one's own voice or face sold with the lines that pass a check. Read by IdentityAndAdReadings;
// methods, not fields, as in PatternCatalog.FraudHelp.cs (the order of static initialisers across parts is not defined).
public static partial class PatternCatalog
{
    private static RiskPattern CheckAnswered() => new("check-answered-for-others",
        "A holder's identity check answered by the worker for others' cards or numbers",
        "A bank's, operator's or platform's verification (核实, 回访, 风控来电, verification call) answered with a claim to be the holder (就说“是我本人”, 你的回答：“是我自己转的”, 冒充机主, say it was you) for cards or numbers that are someone else's (卡主不是你, 卡主是谁别问, 我们给你几张手机卡, 看我们给的资料), for pay — outside licensed hiring. A bank's call-back desk asks the holder; it does not answer as one.",
        0.85, RiskConduct.IdentityLending, [AntiFraudLaw31, CriminalLaw287_2, Interpretation2019No15Art11],
        "Helping others pass real-name and identity checks is barred by Anti-Fraud Law Art. 31; answering the bank's risk check for a rented card keeps the card working for the fraud (help under Art. 287-2); a holder left unasked is evasion from which knowledge is presumed.",
        c => c.IsLicensedHiring || c.IsWarningNotice || !FraudHelpReadings.Pays(c) ? [] : CheckAnsweredHits(c));

    private static RiskPattern UnlawfulAdPlacement() => new("unlawful-ad-placement",
        "Ad space sold to unlawful lending or gambling while the platform's review is evaded",
        "Ad placements of one's own app, mini-program or account (广告位, 弹窗, 开屏, 落地页, ad slot, pop-up) given to unlawful lending, gambling or stock-tip business (网贷, 秒批贷款, 彩票计划, 体育预测, 荐股群, casino), outside the platform's ad network or hidden from its review (不走流量主, 审核时先关掉、过审后再打开, 被举报就换个名字), for pay — outside formal hiring. A publisher selling space through the platform, loan and gambling categories blocked (屏蔽“网贷”“博彩”), is not it.",
        0.85, RiskConduct.Promotion, [CriminalLaw287_2, Interpretation2019No15Art11],
        "Advertising promotion is one of the forms of help Art. 287-2 names; hiding the ads from the platform's review is evasion of supervision from which knowledge is presumed.",
        c => c.IsLicensedHiring || c.Has(FormalEmployment) || c.IsWarningNotice || !FraudHelpReadings.Pays(c) ? [] : UnlawfulAdHits(c));

    private static RiskPattern BiometricSale() => new("biometric-sale",
        "Recordings of one's own voice or face sold with the lines that pass a check",
        "Recordings of the worker's own voice or face (录音, 原声, 人脸视频, 眨眼摇头, voice samples) made to the buyer's script and handed over for pay, when the script passes an identity or payment check (“我是本人”, “同意转账”, the digits of a code, it was me) or what the recordings are for is not to be asked (用途别问, 声音给谁用不用管) — outside licensed hiring. Consented speech-data work that refuses such lines (不录“同意转账”这类话) is not it.",
        0.85, RiskConduct.IdentityLending, [AntiFraudLaw31, CriminalLaw287_2, Interpretation2019No15Art11],
        "A voice or face that says the holder's consent is the material of voice cloning and of passing voice and face checks: helping others pass identity checks (Anti-Fraud Law Art. 31), help under Art. 287-2; a use left unasked is evasion from which knowledge is presumed.",
        c => c.IsLicensedHiring || c.IsWarningNotice || !FraudHelpReadings.Pays(c) ? [] : BiometricSaleHits(c));

    private static IEnumerable<(int First, int Last)> CheckAnsweredHits(PatternContext c)
    {
        // The rarest reading first: most texts make no claim to be a holder, and the whole-text readings cost more.
        var plain = FraudHelpReadings.Plain(c);
        var claims = IdentityAndAdReadings.IdentityClaims(c, plain).Where(claim => IdentityAndAdReadings.AnswersCheck(plain, claim)).ToList();
        if (claims.Count == 0 || (!IdentityAndAdReadings.InstrumentIsOthers(plain) && !IdentityAndAdReadings.UseUnasked(plain)))
        {
            return [];
        }

        return claims
            .SelectMany(claim => IdentityAndAdReadings.AnchorNear(c, claim.Start, claim.End))
            .Take(1);
    }

    private static IEnumerable<(int First, int Last)> UnlawfulAdHits(PatternContext c)
    {
        // Placements first: rare words, where the evasion reading is one long alternation over the whole text.
        var plain = FraudHelpReadings.Plain(c);
        var placements = IdentityAndAdReadings.AdPlacements(plain).Where(p => IdentityAndAdReadings.UnlawfulBusinessNear(c, plain, p)).ToList();
        if (placements.Count == 0 || !IdentityAndAdReadings.ReviewEvaded(plain))
        {
            return [];
        }

        return placements
            .SelectMany(p => IdentityAndAdReadings.AnchorNear(c, p.Start, p.End))
            .Take(1);
    }

    private static IEnumerable<(int First, int Last)> BiometricSaleHits(PatternContext c)
    {
        var plain = FraudHelpReadings.Plain(c);
        if (IdentityAndAdReadings.FirstBiometric(c, plain) is not { } recording)
        {
            return [];
        }

        var lines = IdentityAndAdReadings.CheckPassingLines(c, plain).ToList();
        if (lines.Count == 0 && !IdentityAndAdReadings.UseUnasked(plain))
        {
            return [];
        }

        var (start, end) = lines.Count > 0 ? lines[0] : recording;
        return IdentityAndAdReadings.AnchorNear(c, start, end).Take(1);
    }
}
