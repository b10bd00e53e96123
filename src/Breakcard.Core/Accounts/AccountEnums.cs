namespace Breakcard.Core.Accounts;

/// <summary>
/// Personal account classes under PBOC 银发〔2015〕392号 and 〔2016〕261号: one Class I account per
/// person per bank; Class II and III are electronic accounts with lower limits. Corporate accounts
/// are recorded as Class I (the basic deposit account, 基本存款账户).
/// </summary>
public enum AccountClass
{
    /// <summary>Class I: full-function account, normally with a physical debit card.</summary>
    ClassI = 1,

    /// <summary>Class II: electronic account for savings, investment and limited payments.</summary>
    ClassII = 2,

    /// <summary>Class III: small-value electronic payment account.</summary>
    ClassIII = 3,
}

/// <summary>Whether an account belongs to a natural person or to a unit.</summary>
public enum AccountHolderKind
{
    /// <summary>个人账户.</summary>
    Personal = 1,

    /// <summary>对公账户 (unit or company account).</summary>
    Corporate = 2,
}

/// <summary>An account's status at the bank.</summary>
public enum AccountStatus
{
    /// <summary>Open and usable.</summary>
    Active = 1,

    /// <summary>Open but unused for a long time (久悬 / 睡眠).</summary>
    Dormant = 2,

    /// <summary>Some business restricted (for example non-counter business stopped).</summary>
    Restricted = 3,

    /// <summary>All business suspended pending re-verification.</summary>
    Suspended = 4,

    /// <summary>Closed.</summary>
    Closed = 5,
}
