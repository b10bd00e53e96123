using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 352: help given to a fraud by its public face — staged endorsement in groups and stores, and victims silenced —
// read by FraudHelpReadings. Methods, not fields: the catalogue's list is built in another part of this class, and the
// order of static initialisers across the parts of a partial class is not defined.
public static partial class PatternCatalog
{
    private static RiskPattern FakeEndorsement() => new("fake-endorsement",
        "Posing as satisfied customers, users or investors for others, for pay",
        "Reviews, ratings or testimony (好评, 五星, 晒收益, 收益截图, 气氛组, five-star, testimonial) posted under a false identity (扮老股民, 换几个身份, 用5个号, 昵称改成…, pose as a customer) or with proof the recruiter supplies (截图我们给, 统一发的图, screenshots we provide), for pay, while the business served is not to be asked about or its doubters are silenced — outside formal hiring. An honest reviewer discloses and shows their own experience; a shop asks its own customers.",
        0.85, RiskConduct.Promotion, [CriminalLaw287_2, Interpretation2019No15Art11],
        "Advertising promotion is one of the forms of help Art. 287-2 names; a false identity and a business left unasked are the evasion from which knowledge is presumed.",
        c => !FraudHelpReadings.HasAnchor(c, FraudHelpReadings.EndorsementAnchors) || c.IsLicensedHiring || c.Has(Concept.FormalEmployment) || !FraudHelpReadings.Pays(c)
            || !(FraudHelpReadings.Poses(c) || FraudHelpReadings.ShowsSuppliedProof(c))
            || !(FraudHelpReadings.LegitimacyUnasked(c) || c.LiveHas(Concept.Secrecy) || FraudHelpReadings.DrownsDissent(c) || c.OrdersSuppression)
                ? []
                : FraudHelpReadings.Anchors(c, FraudHelpReadings.EndorsementAnchors));

    private static RiskPattern VictimSilencing() => new("victim-silencing",
        "Victims' complaints withdrawn, buried or kept from the police, for pay",
        "Complaints got withdrawn or reported away, posts deleted or pushed down, doubters in a group drowned out (撤诉, 删帖, 举报删除, 压下去, 刷屏盖过去, 稳住; withdraw the complaint) for pay per act or quick settlement, while the business served is not to be asked about or complainants are kept from the police (要报警的先稳住) — outside formal hiring. A complaint desk counts what its customers withdrew and is paid a salary; a moderator deletes spam in the open.",
        0.85, RiskConduct.OtherHelp, [CriminalLaw287_2, Interpretation2019No15Art11],
        "Keeping victims from complaining and from the police helps the fraud continue: help under Art. 287-2 (其他帮助, besides the forms it names); a business left unasked is the evasion from which knowledge is presumed.",
        c => !FraudHelpReadings.HasAnchor(c, FraudHelpReadings.SilencingAnchors) || c.IsLicensedHiring || c.Has(Concept.FormalEmployment) || !FraudHelpReadings.Pays(c)
            || !(FraudHelpReadings.LegitimacyUnasked(c) || FraudHelpReadings.KeepsFromPolice(c) || c.LiveHas(Concept.Secrecy))
                ? []
                : FraudHelpReadings.Anchors(c, FraudHelpReadings.SilencingAnchors).Where(h => !FraudHelpReadings.IsRefused(c, h.First)));
}
