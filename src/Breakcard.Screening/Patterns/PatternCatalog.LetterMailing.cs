using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 400: letters posted in bulk for a stranger who keeps their content, their addressees or their posting from view — the
// way fake court summonses and "asset freeze" notices reach old people. Read by LetterMailingReadings; a method, not a
// field, as in PatternCatalog.FraudHelp.cs (the order of static initialisers across parts is not defined).
public static partial class PatternCatalog
{
    private static RiskPattern LettersPostedForOthers() => new("letters-posted-for-others",
        "Letters posted in bulk for others while their content, addressees or posting is kept from view",
        "Letters the recruiter prints, folded, stuffed, stamped and posted by the reader (装好贴邮票寄到邮局, 投到邮筒, post them) for pay per letter or per batch, with one sign not refused in its clause that what they say or whom they reach is kept from view: what is inside or to whom not to be asked (信里写什么不用管, 寄给谁别问, don't read them), the address list the recruiter's and its source not to be asked (名单哪来的别问), the letters spread over many post boxes (分几个邮筒投, 同一个邮筒别寄太多), a cover story for the post office (邮局问起就说公司寄的通知), or an authority's notice printed with the recruiter's own number or code (“法院传票”……“咨询电话”（我们的号）) — outside licensed hiring. A court's registry, a bank or a company posting its own papers to the parties or customers its records name, through EMS or registered post, pays no one per letter and hides nothing.",
        0.85, RiskConduct.OtherHelp, [CriminalLaw287_2, Interpretation2019No15Art11],
        "Fake summonses, freezing orders and benefit-review notices posted to a bought list of old people carry a fraud's number or code to its victims: posting them in bulk for pay is help to that fraud (其他帮助 under Art. 287-2, and complicity in fraud under Criminal Law Art. 266 when known); contents and addressees not to be asked, posting spread over post boxes and a cover story for the post office are the evasion from which knowledge is presumed.",
        c => !c.MentionsMail || c.IsLicensedHiring ? [] : LetterMailingReadings.PostedForOthers(c));
}
