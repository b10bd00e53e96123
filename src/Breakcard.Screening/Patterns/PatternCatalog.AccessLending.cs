using static Breakcard.Screening.Patterns.LegalReferences;

namespace Breakcard.Screening.Patterns;

public static partial class PatternCatalog
{
    // ADR 372: the reader's own access — a login, a mailbox, an account, a computer or a connection — lent to others for
    // pay, in words the card and wallet patterns do not hold (an e-mail login, a laptop kept on for a remote team). Its own
    // pattern, read by AccessLendingReadings: the act, the pay and what is kept from view are all needed, because every
    // office hands out logins and administers laptops remotely.
    private static RiskPattern AccessLending() => new("access-lending", "One's own login, mailbox, account or computer lent to others' use",
        "Your login, password, mailbox or account handed to someone else (lend us your login, share the password, 账号密码交给我们), someone else acting as you (send as you, in your name, from your address, logins by our team, 以你的名义发), or your own computer or connection kept on for others' remote use (keep your laptop on with a remote tool installed, a local IP for a team abroad, 电脑一直开着装远程), for pay, while what is done with it is kept from view: its purpose or content not to be asked about, a cover story for whoever asks, or the account's alerts switched off — outside licensed or formal hiring. An assistant with delegate access to a manager's mailbox, IT staff administering the company's laptops and a repair shop working on a customer's PC do not lend their own access.",
        0.80, RiskConduct.AccountLending, [AntiFraudLaw31, CriminalLaw287_2, Interpretation2019No15Art11],
        "Lending, renting or selling one's accounts and internet accounts is the conduct of Anti-Fraud Law Art. 31; a computer or connection hosted for others' remote use is internet access and hosting, technical support under Art. 287-2; a purpose left unasked, a cover story and silenced alerts are evasion from which knowledge is presumed.",
        AccessLendingReadings.Find);
}
