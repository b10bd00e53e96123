using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 390: help a fraud buys from people who never touch its money — props of a state authority supplied for callers who
// pose as police or prosecutors, and adverts pushed to strangers' phones by proximity sharing. Read by PropsAndPushReadings;
// methods, not fields, as in PatternCatalog.FraudHelp.cs (the order of static initialisers across parts is not defined).
public static partial class PatternCatalog
{
    private static RiskPattern ImpersonationProps() => new("impersonation-props",
        "Props of a police or prosecutor's office supplied for impersonation",
        "Props that make a caller look like a state authority — a backdrop of a police or prosecutor's office (背景布：“某市公安局办案中心”), uniforms and insignia (警服, 肩章, 警号), stamped freezing orders and warrants (冻结令, 逮捕证, 红章盖好) — made or supplied for pay while who uses them and where is kept from view: what they are for or whether there is a permit not to be asked (拿去拍什么别问), no filming permit or filing (没有拍摄许可), the badge numbers or unit names the buyer's (警号按我们给的), the parcel declared as something else (快递写“服装”), or for video calls — outside licensed hiring and warning notices. A prop house working for a filed production invents its unit names, puts no real numbers on its uniforms, marks its papers as props and takes the uniforms back after the shoot.",
        0.85, RiskConduct.OtherHelp, [CriminalLaw287_2, Interpretation2019No15Art11],
        "Fake-police callers (冒充公检法) need the backdrop, the uniform and the stamped order to make a video call believable: supplying them is help under Art. 287-2 (其他帮助, besides the forms it names), and making police uniforms and insignia or official papers and seals is an offence of its own (Criminal Law Arts. 281, 280); a purpose left unasked, no permit and a disguised parcel are the evasion from which knowledge is presumed.",
        c => !PropsAndPushReadings.MentionsProp(c) || c.IsLicensedHiring || c.IsWarningNotice || !FraudHelpReadings.Pays(c)
            ? [] : PropsAndPushReadings.ImpersonationProps(c));

    private static RiskPattern StrangerPushAds() => new("stranger-push-ads",
        "Adverts pushed to strangers' phones by proximity sharing, for pay",
        "Posters or links pushed to the phones of passers-by by proximity sharing (隔空投送, AirDrop, nearby share) in metro cars, stations and malls, for pay per hour or per acceptance, when they advertise unlawful lending or gambling (秒批贷款, 彩票, 体育预测), what is pushed is not to be asked about (图上是什么不用管), the worker leaves or tells a cover story when asked or reported (保安问就走, 被举报就说手机中毒了), or the sending phone is named as bait (设备名改成“领红包”) — outside licensed or formal hiring and warning notices. An exhibition desk sends its own map and programme to visitors who ask for them and pushes nothing to strangers.",
        0.80, RiskConduct.Promotion, [CriminalLaw287_2, Interpretation2019No15Art11],
        "Advertising promotion is one of the forms of help Art. 287-2 names; pushing a gambling or loan-fraud poster to strangers who never asked for it, and leaving when questioned, is the evasion from which knowledge is presumed.",
        c => !PropsAndPushReadings.MentionsPush(c) || c.IsLicensedHiring || c.Has(Concept.FormalEmployment) || c.IsWarningNotice || !FraudHelpReadings.Pays(c)
            ? [] : PropsAndPushReadings.StrangerPush(c));
}
