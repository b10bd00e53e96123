using Breakcard.Core.Accounts;
using Breakcard.Core.Truth;

namespace Breakcard.Simulation.World;

/// <summary>What an account is for in its holder's life; drives normal behaviour.</summary>
internal enum AccountUse : byte
{
    /// <summary>Salary, spending and most transfers.</summary>
    Primary = 1,

    /// <summary>A second card at another bank, used lightly.</summary>
    Secondary = 2,

    /// <summary>An electronic (Class II) account that a sweeper moves every inflow into.</summary>
    Wallet = 3,

    /// <summary>An old card unused for months or years.</summary>
    Dormant = 4,

    /// <summary>A company's basic account.</summary>
    Corporate = 5,

    /// <summary>Opened shortly before being sold (never used by its holder).</summary>
    OpenedToSell = 6,

    /// <summary>Opened by an insider in breach of the real-name rules.</summary>
    InsiderOpened = 7,
}

/// <summary>
/// Every account as parallel lists. Index i is the account's handle in events; its number is
/// stored as digits in a 64-bit integer (card numbers have at most 19 digits and never start
/// with 0), so no per-account strings exist until files are written.
/// </summary>
internal sealed class AccountTable
{
    public int Count => Number.Count;

    public List<ulong> Number { get; } = [];

    public List<byte> Bank { get; } = [];

    public List<AccountClass> Class { get; } = [];

    public List<AccountHolderKind> HolderKind { get; } = [];

    /// <summary>Person index, or company index for corporate accounts.</summary>
    public List<int> Holder { get; } = [];

    /// <summary>Day opened, relative to the start (negative: before the period).</summary>
    public List<int> Opened { get; } = [];

    /// <summary>Last customer transaction before the period, relative day; <see cref="int.MinValue"/> if never.</summary>
    public List<int> LastActivity { get; } = [];

    public List<int> Branch { get; } = [];

    /// <summary>Person index of the employee who opened it, or -1.</summary>
    public List<int> OpenedBy { get; } = [];

    public List<bool> HasCard { get; } = [];

    public List<AccountUse> Use { get; } = [];

    public List<Persona> Persona { get; } = [];

    /// <summary>Phone index of the phone the account is bound to (SMS codes), or -1.</summary>
    public List<int> BoundPhone { get; } = [];

    /// <summary>Second from which a ring controls the account (<see cref="long.MaxValue"/> never).</summary>
    public List<long> ControlledFrom { get; } = [];

    /// <summary>Index of the ring the account serves, or -1.</summary>
    public List<int> Ring { get; } = [];

    public int Add(ulong number, int bank, AccountClass accountClass, AccountHolderKind holderKind, int holder, int opened,
        int lastActivity, int branch, int openedBy, bool hasCard, AccountUse use, Persona persona, int boundPhone)
    {
        Number.Add(number);
        Bank.Add((byte)bank);
        Class.Add(accountClass);
        HolderKind.Add(holderKind);
        Holder.Add(holder);
        Opened.Add(opened);
        LastActivity.Add(lastActivity);
        Branch.Add(branch);
        OpenedBy.Add(openedBy);
        HasCard.Add(hasCard);
        Use.Add(use);
        Persona.Add(persona);
        BoundPhone.Add(boundPhone);
        ControlledFrom.Add(long.MaxValue);
        Ring.Add(-1);
        return Number.Count - 1;
    }

    /// <summary>True when the holder (not a ring) uses the account at <paramref name="second"/>.</summary>
    public bool HolderUses(int account, long second) => ControlledFrom[account] > second;

    /// <summary>Status at the end of the period: dormant when untouched for over a year.</summary>
    public AccountStatus StatusAtEnd(int account, int days) =>
        Use[account] == AccountUse.Dormant && ControlledFrom[account] == long.MaxValue && LastActivity[account] < days - 365
            ? AccountStatus.Dormant
            : AccountStatus.Active;
}
