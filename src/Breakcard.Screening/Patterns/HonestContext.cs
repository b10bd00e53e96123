namespace Breakcard.Screening.Patterns;

/// <summary>
/// Honest-context evidence found in a text, in general form rather than per kind of job (ADR 233). It
/// lowers a score only when the text shows no offence structure: a recruiter can borrow any of these
/// framings, but not while also asking for the reader's card or passing money through it.
/// </summary>
[Flags]
public enum HonestContext
{
    /// <summary>None found.</summary>
    None = 0,

    /// <summary>A prohibition or warning governs the risky act (不得他人代收, 严禁私下收款, Do not sell, rent or hand over your card).</summary>
    Prohibition = 1 << 0,

    /// <summary>The whole text reads as an anti-fraud warning notice.</summary>
    WarningNotice = 1 << 1,

    /// <summary>What is named is to be reported or refused (发现……马上告知负责人, 及时报警, 一律拒绝).</summary>
    ReportFraming = 1 << 2,

    /// <summary>Pay goes into the worker's own card or account and nothing sends money on (每月15号打到你自己卡上).</summary>
    OwnAccountPay = 1 << 3,

    /// <summary>An institution or a contract speaks (派出所, 学生资助中心, 甲方/乙方, a licensed bank hiring).</summary>
    InstitutionVoice = 1 << 4,

    /// <summary>The worker helps a person with that person's own phone or account (帮老人操作, 帮客户查询).</summary>
    ServedPersonHelp = 1 << 5,

    /// <summary>
    /// A record keeps what it names with its holder (ADR 475): the holder's own account, card or contract named, others refused
    /// (不收第三方代付, 仅交给本人, *no third-party payments*), and no one else named to receive anything outside a sentence that
    /// refuses or reports. Read only for a text the score would otherwise flag (<see cref="OwnHolderRecord"/>).
    /// </summary>
    OwnHolder = 1 << 6,
}
