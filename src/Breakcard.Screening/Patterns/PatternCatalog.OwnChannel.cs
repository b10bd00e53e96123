using Breakcard.Screening.Lexicon;
using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 416: the reader's own channel or licence made to carry or vouch for strangers' traffic — strangers' clips posted from
// one's own account with their watermark or link left in, strangers' numbers given a display name filed on one's own licence
// — for pay, with the platform or the provider told a story or the purpose left unasked. Read by OwnChannelReadings; methods,
// not fields, as in PatternCatalog.FraudHelp.cs.
public static partial class PatternCatalog
{
    private static RiskPattern MarkCarriedOnOwnChannel() => new("mark-carried",
        "Strangers' watermark, link or QR code carried on one's own account, for pay",
        "Clips, films, match highlights or posts supplied by the recruiter's side and posted from the reader's own account (你本人的抖音号, 用你实名的视频号, 你的小红书, your TikTok) with a mark that sends viewers elsewhere left in — a watermark, a web address, a QR code, a link (角落水印别裁掉, 挂链接, 引流到群) — not refused in its clause, for pay per clip or per view, while the platform is told a story (平台限流就说自己剪的, 审核问起就讲素材是网上的; if the platform flags it, say you made it) or what the mark is or leads to is not to be asked (水印是谁的别问, 网址通向哪不用管) — outside licensed or formal hiring and warning notices. A brand's own clips with its own logo on its own account, with no outside address or code and nothing hidden, are not it.",
        0.85, RiskConduct.Promotion, [CriminalLaw287_2, Interpretation2019No15Art11],
        "Advertising promotion is one of the forms of help Art. 287-2 names; an unnamed site's address burned into clips posted under one's own name, with the platform lied to or the site left unasked, is the evasion from which knowledge is presumed (法释〔2019〕15号 Art. 11).",
        c => c.IsLicensedHiring || c.IsWarningNotice || c.Has(Concept.FormalEmployment) || !c.MentionsKeptFromView || !OwnChannelReadings.MentionsMark(c) || !OwnChannelReadings.Pays(c)
            ? [] : OwnChannelReadings.MarksCarried(c));

    private static RiskPattern CallerNameOnOwnLicence() => new("caller-name-lent",
        "A caller-ID name filed on one's own licence for strangers' numbers, for pay",
        "A caller-ID filing — number authentication, a caller card, a display name (号码认证, 来电名片, 号码标注, caller name, CNAM) — made on the reader's own business licence, sole-tradership or company (你名下的个体户, 用你的执照, 营业执照在你名下, your LLC) for numbers the recruiter's side gives, not refused in its clause, for pay per number, while the provider is told a story (服务商回访就说号码是员工的; if the carrier calls, say they are staff phones) or whom the numbers call or what the name is for is not to be asked (打给谁别问, 显示名干什么用不用管) — outside licensed or formal hiring and warning notices. A company's own lines shown under its licence's own name, filed by its own staff with nothing hidden, are not it.",
        0.85, RiskConduct.PhoneCardTrade, [CriminalLaw287_2, AntiFraudLaw31, Interpretation2019No15Art11],
        "Communication transmission is one of the forms of help Art. 287-2 names, and Anti-Fraud Law Art. 31 forbids lending one's identity or licence for others' telecom registrations; a trusted name put on strangers' numbers for pay, with the provider lied to or the calls left unasked, is the evasion from which knowledge is presumed (法释〔2019〕15号 Art. 11).",
        c => c.IsLicensedHiring || c.IsWarningNotice || c.Has(Concept.FormalEmployment) || !c.MentionsKeptFromView || !OwnChannelReadings.MentionsCallerName(c) || !OwnChannelReadings.Pays(c)
            ? [] : OwnChannelReadings.CallerNamesLent(c));
}
