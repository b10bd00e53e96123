using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

// ADR 401: a registration — a login, a number, a SIM line, a parcel's sender, a collecting card — of the reader's, of a customer
// in the reader's care or of the reader's employer, put to a stranger's use and kept from the one it answers to. Read by
// RegistrationLentReadings; a method, not a field, as in PatternCatalog.FraudHelp.cs.
public static partial class PatternCatalog
{
    private static RiskPattern RegistrationLent() => new("registration-lent",
        "A registration of one's own, a customer's or one's employer's put to a stranger's use, kept from its holder",
        "A login, phone number, SIM line, parcel sender or collecting card registered to the reader (你的学号, 用你本人实名寄件, 货款进你卡), to a customer whose phone is in the reader's care (顾客的号, 机器里的手机卡) or to the reader's employer (公司名义, 集团账户) handed to the recruiter's side or used for it (交给对接人, 验证码转给上家, 卡寄给我们, 转到我们指定的账户, 帮我们注册), the hand-over not refused in its clause, for pay, while the one the registration answers to is kept from knowing: a cover story for whoever checks or asks (网络中心打电话就说自己在用, 运营商回访就说销售团队在用, 有人投诉就说是赠品; not what to tell a customer who asks, which is sales talk), what it is for or where the list came from not to be asked, the holder unaware (本人不知道, 没人查) or the traces deleted (短信删掉) — outside licensed or formal hiring and warning notices. A network centre's renewal slip, a repair shop's work order that keeps customers' SIMs and codes out of the shop, a shop's dispatch list on its own courier account and a company's SIM request for named staff hand nothing to anyone outside the registration and hide nothing from its holder. Also (ADR 410) a broadband line registered to the reader or at the reader's home (你本人办的宽带, 家里有宽带) run or used by the recruiter's side — a box hung on it or a bridge wired to it for us, set up remotely by us, its fee paid by us, tunnelled for outside use (内网穿透, 端口映射), used by whoever (网给谁用) — with a cover story for the operator or the police or what runs on it not to be asked, for pay; a contractor's work order for a householder's own line and an IT firm's slip for a client's own server leave the line with its holder.",
        0.85, RiskConduct.AccountLending, [AntiFraudLaw31, Opinion2021No22Art7, CriminalLaw287_2, Interpretation2019No15Art11],
        "Anti-Fraud Law Art. 31 forbids renting, lending or selling phone cards, accounts and internet logins and opening them under another's identity or a false agency; a registration put to a stranger's use for pay is that help, and a cover story for its holder or checker, a purpose left unasked or traces deleted are the evasion from which knowledge is presumed (法释〔2019〕15号 Art. 11).",
        RegistrationsLent);

    // The cheap tests first (a word that keeps something from view; a line word), then pay, then the readings. ADR 410: the
    // reader's broadband line run by strangers (a box hung on it, a bridge wired to it, a tunnel opened) is read beside ADR
    // 401's registrations.
    private static IEnumerable<(int First, int Last)> RegistrationsLent(PatternContext c)
    {
        if (c.IsLicensedHiring || c.IsWarningNotice || c.Has(Lexicon.Concept.FormalEmployment))
        {
            return [];
        }

        var concealment = RegistrationLentReadings.MentionsConcealment(c);
        var line = LineHostedReadings.MentionsLine(c);
        if (!(concealment || line) || !FraudHelpReadings.Pays(c))
        {
            return [];
        }

        var lent = concealment ? RegistrationLentReadings.RegistrationsLent(c) : [];
        return lent.Any() || !line ? lent : LineHostedReadings.LinesHosted(c);
    }
}
