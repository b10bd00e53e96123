using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 408: others' money paid out through the reader's account for goods the reader never keeps, and transfers of a cent used as
// an advertising channel. Read by MoneyPaidOutReadings; methods, as in PatternCatalog.FraudHelp.cs.
public static partial class PatternCatalog
{
    private static RiskPattern PaidOutForOthers() => new("paid-out-for-others",
        "Others' money paid out through one's own account for goods one never keeps",
        "Money that reaches the reader's own card or account from the recruiter's side (钱先打到你卡上, we wire the funds to your account) paid on by the reader to the sellers of goods or services (扫码付给农户, 当场结清, pay the farmers on the spot), for pay by the sum moved (每付一万给你200, 按流水1%提成, 2% of every $10,000 you pay out) or with whose money it is kept from view (打款人每次都不一样, 钱是谁打的别问) — the arrival and the payment not refused in their clauses, outside licensed or formal hiring and warning notices. A cooperative's or a company's buyer pays from the employer's own account, or from an advance named as the employer's against receipts, for a wage.",
        0.80, RiskConduct.PaymentSettlement, [CriminalLaw287_2, AntiFraudLaw31, Interpretation2019No15Art11],
        "Paying others' money on through one's own account is the payment settlement Art. 287-2 names, whatever is bought with it; a commission by the sum moved and a source not to be asked about are the abnormal terms from which knowledge is presumed (法释〔2019〕15号 Art. 11).",
        c => c.IsLicensedHiring || c.IsWarningNotice || c.Has(Lexicon.Concept.FormalEmployment) || !MoneyPaidOutReadings.MentionsPayoutTerms(c)
            ? [] : MoneyPaidOutReadings.PaidOutForOthers(c));

    private static RiskPattern PennyTransferAdverts() => new("penny-transfer-adverts",
        "Transfers of a cent from one's own account used to carry others' adverts",
        "Tiny sums (0.01元, 一分钱, one cent) sent from the reader's own account with a note the recruiter writes (附言, 备注, 留言, 转账说明, memo), the principal covered by the recruiter (本金我们出, 打出去的钱我们报销, we cover the cents) or the sender paid per transfer, to strangers or a list the recruiter gives (表格里的账户, 对方不认识你) or with an advert in the note (加V, 进群, a link) — outside licensed or formal hiring and warning notices. A platform's or a bank's penny verification pays from its own account to holders who asked for it, with a number in the note and nobody paid per transfer.",
        0.80, RiskConduct.Promotion, [CriminalLaw287_2, AntiFraudLaw31, Interpretation2019No15Art11],
        "Advertising promotion is one of the forms of help Art. 287-2 names; lending one's own account to carry a fraud's adverts to strangers, with the recruiter's money, is also the account put to another's use that Anti-Fraud Law Art. 31 forbids.",
        c => c.IsLicensedHiring || c.IsWarningNotice || c.Has(Lexicon.Concept.FormalEmployment) || !MoneyPaidOutReadings.MentionsNote(c)
            ? [] : MoneyPaidOutReadings.PennyAdverts(c));
}
