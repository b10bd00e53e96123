using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 417: technical support or one's own real-name accounts put at strangers' service — a copied login page collecting what
// its visitors type, one's own mailboxes sending a stranger's mail to a bought list, one's own meeting account hosting a
// stranger's sessions. Read by StrangersServedReadings; a method, not a field, as in PatternCatalog.FraudHelp.cs.
public static partial class PatternCatalog
{
    private static RiskPattern StrangersServedPattern() => new("service-for-strangers",
        "A copied login page, one's own mailboxes or one's own meeting account put at a stranger's service",
        "Someone else's login or official page copied (仿站, 扒站, 一比一还原, 克隆, clone) with two signs that it serves another's fraud — what visitors type sent to a back end or bot (推到后台, 后台收数据), its use not to be asked, a domain made to look like the real one, the source deleted after delivery, pay in a stablecoin; or mailboxes of the reader's own (你本人的QQ邮箱, 发信号, 授权码) sending the recruiter's text to the recruiter's list or from the recruiter's bulk tool (我们给的名单, 陌生人, 群发软件, 代发), paid by volume (每千封) or with the mail's destination unasked, a cover story for the provider or a blocked mailbox replaced; or a meeting account of the reader's own (你本人实名的腾讯会议号) whose host goes to the recruiter's people or which the reader leaves once open (主持人转给我们的老师, 开好就退出), with who meets unasked, the fee paid by the recruiter, a cover story or a blocked account replaced — none refused in its clause, for pay, outside licensed or formal hiring and warning notices. A web agency copying a layout for a client's own site, a company's newsletter to its subscribers and an office's booking sheet on its own account are not it.",
        0.85, RiskConduct.TechnicalSupport, [CriminalLaw287_2, AntiFraudLaw31, Interpretation2019No15Art11],
        "Technical support such as server hosting and communication transmission, and advertising promotion, are forms of help Art. 287-2 names; an account registered in one's real name lent for others' use is conduct under Anti-Fraud Law Art. 31; a purpose left unasked, a look-alike domain, a cover story and a blocked account replaced are the evasion from which knowledge is presumed (法释〔2019〕15号 Art. 11).",
        StrangersServed)
    {
        StockLinesDoNotExcuse = true,
    };

    // The cheap tests first (a copy, mail or meeting word; licensed hiring and notices out), then pay, then the readings. Formal
    // employment words (社保, 五险一金) leave the mailbox and meeting readings out but not the copied page: a social-security
    // portal is a page fraudsters copy, and no employer copies someone else's login page with what visitors type captured.
    private static IEnumerable<(int First, int Last)> StrangersServed(PatternContext c) =>
        c.IsLicensedHiring || c.IsWarningNotice || !StrangersServedReadings.MentionsService(c) || !FraudHelpReadings.Pays(c)
            ? []
            : StrangersServedReadings.StrangersServed(c, formal: c.Has(Lexicon.Concept.FormalEmployment));
}
