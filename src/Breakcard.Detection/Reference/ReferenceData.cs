using Breakcard.Core.Events;

namespace Breakcard.Detection.Reference;

/// <summary>
/// The institution's reference data in the form the engine reads: every account, phone number,
/// device, IP address, cell and holder interned to a dense index, with a small static profile per
/// account, number and holder, and each holder's accounts and numbers (for unified risk).
/// Entities first seen in events (counterparties at other institutions, callees) are added with
/// an unknown profile. Built by <see cref="ReferenceDataBuilder"/>; not thread safe.
/// </summary>
public sealed class ReferenceData
{
    private AccountProfile[] _accounts;
    private PhoneProfile[] _phones;
    private HolderProfile[] _holders;
    private int[] _holderAccountStart;
    private int[] _holderAccounts;
    private int[] _holderPhoneStart;
    private int[] _holderPhones;
    private readonly int[] _deviceOwners;
    private int[] _boundPhones;
    private readonly int _holderCount;

    // A shard's entity files' profiles, kept in full for the entities it applies only (ADR 0378);
    // null in a single process and at the gateway, which read the arrays above.
    private KeptProfiles? _kept;

    // Identifiers first seen in the stream have the unknown profile, an account the cash flag too
    // when its number says so (ADR 0358): once the profiles are frozen (a shard), those are not
    // stored per identifier, only the indexes of cash accounts.
    private static readonly AccountProfile UnknownAccount = AccountProfile.Unknown;
    private static readonly AccountProfile UnknownCash = AccountProfile.Unknown with { Flags = AccountFlags.Cash };
    private static readonly PhoneProfile UnknownPhone = PhoneProfile.Unknown;
    private HashSet<int>? _streamCash;

    internal ReferenceData(
        StringInterner accounts, AccountProfile[] accountProfiles,
        StringInterner phones, PhoneProfile[] phoneProfiles,
        StringInterner holders, HolderProfile[] holderProfiles,
        StringInterner devices, int[] deviceOwners, int[] boundPhones,
        (int[] Start, int[] Items) holderAccounts, (int[] Start, int[] Items) holderPhones)
    {
        Accounts = accounts;
        Phones = phones;
        Holders = holders;
        Devices = devices;
        _accounts = accountProfiles;
        _phones = phoneProfiles;
        _holders = holderProfiles;
        _holderCount = holderProfiles.Length;
        _deviceOwners = deviceOwners;
        _boundPhones = boundPhones;
        (_holderAccountStart, _holderAccounts) = holderAccounts;
        (_holderPhoneStart, _holderPhones) = holderPhones;
    }

    // A shard's reference data over shared entity files (Over, ADR 0451): the shared tables by
    // reference, its own interners, no stream identifier yet.
    private ReferenceData(ReferenceData shared, Func<int, bool> holdAccount, Func<int, bool> holdPhone, Func<int, bool> holdHolder)
        : this(
            StringInterner.Over(shared.Accounts, holdAccount), shared._accounts,
            StringInterner.Over(shared.Phones, holdPhone), shared._phones,
            StringInterner.Over(shared.Holders, holdHolder), shared._holders,
            StringInterner.Numbered(shared.Devices.Count), shared._deviceOwners, shared._boundPhones,
            (shared._holderAccountStart, shared._holderAccounts), (shared._holderPhoneStart, shared._holderPhones))
    {
        Ips = StringInterner.Numbered(shared.Ips.Count);
        Cells = StringInterner.Numbered(shared.Cells.Count);
        _streamCash = [];
        Shared = true;
    }

    /// <summary>
    /// A shard's reference data over <paramref name="shared"/>, the entity files' reference data
    /// shared read-only by the shards of one process (ADR 0451): its profiles, holder lists and keys
    /// are read from <paramref name="shared"/>, not copied; this one holds the texts of the accounts,
    /// numbers and holders the predicates select (as <see cref="StringInterner.Retain"/> on a copy
    /// would, ADR 0358), numbers the devices, IP addresses and cells without their texts, and has its
    /// profiles frozen (<see cref="FreezeProfiles"/>), so every identifier it adds is its own.
    /// <paramref name="shared"/> must have its profiles frozen, keep them in full, number no
    /// identifier without its text, and never change again; then any number of reference data over
    /// it may be used on any threads, each by one at a time.
    /// </summary>
    public static ReferenceData Over(ReferenceData shared, Func<int, bool> holdAccount, Func<int, bool> holdPhone, Func<int, bool> holdHolder)
    {
        ArgumentNullException.ThrowIfNull(shared);
        ArgumentNullException.ThrowIfNull(holdAccount);
        ArgumentNullException.ThrowIfNull(holdPhone);
        ArgumentNullException.ThrowIfNull(holdHolder);
        if (shared._streamCash is not { Count: 0 } || shared._kept is not null || shared.Accounts.Count != shared._accounts.Length || shared.Phones.Count != shared._phones.Length)
        {
            throw new ArgumentException("shared reference data has its profiles frozen and kept in full, and no identifier of a stream", nameof(shared));
        }

        return new ReferenceData(shared, holdAccount, holdPhone, holdHolder);
    }

    /// <summary>An empty reference (no profiles, as with AMLSim data): every entity is learned from events.</summary>
    public static ReferenceData Empty() => new ReferenceDataBuilder().Build(new DateOnly(2000, 1, 1));

    /// <summary>Account numbers ↔ indexes.</summary>
    public StringInterner Accounts { get; }

    /// <summary>Phone numbers (and SMS service codes) ↔ indexes.</summary>
    public StringInterner Phones { get; }

    /// <summary>Holder ids (people and companies) ↔ indexes.</summary>
    public StringInterner Holders { get; }

    /// <summary>Device ids ↔ indexes.</summary>
    public StringInterner Devices { get; }

    /// <summary>IP addresses ↔ indexes.</summary>
    public StringInterner Ips { get; } = new();

    /// <summary>Cell ids ↔ indexes.</summary>
    public StringInterner Cells { get; } = new();

    /// <summary>True for reference data made by <see cref="Over"/>: its profiles and the files' keys are shared (ADR 0451).</summary>
    public bool Shared { get; private init; }

    /// <summary>Number of holders (fixed after loading).</summary>
    public int HolderCount => _holderCount;

    /// <summary>The index of an account, adding it (unknown profile; cash when it has the cash prefix) when new.</summary>
    public int InternAccount(ReadOnlySpan<char> accountNumber)
    {
        var before = Accounts.Count;
        var i = Accounts.Intern(accountNumber);
        if (i == before)
        {
            EnsureAccount(i, CashPoints.IsCash(accountNumber));
        }

        return i;
    }

    /// <summary>The index of a phone number or service code, adding it when new.</summary>
    public int InternPhone(ReadOnlySpan<char> number)
    {
        var before = Phones.Count;
        var i = Phones.Intern(number);
        if (i == before && i >= _phones.Length && _streamCash is null)
        {
            var grown = Grow(_phones, i + 1);
            for (var k = _phones.Length; k < grown.Length; k++)
            {
                grown[k] = PhoneProfile.Unknown;
            }

            _phones = grown;
        }

        return i;
    }

    /// <summary>
    /// True once <see cref="FreezeProfiles"/> was called: identifiers added since have no stored
    /// profile (and, when added by <see cref="AddAccount"/> or <see cref="AddPhone"/> without
    /// holding, no text).
    /// </summary>
    public bool ProfilesFrozen => _streamCash is not null;

    /// <summary>
    /// From now on, profiles are not stored per identifier (ADR 0358): every identifier added after
    /// this point is first seen in the stream, so its profile is the unknown one (an account's cash
    /// flag aside, kept as a set of indexes). Used by a shard, which numbers every identifier of the
    /// stream but should hold memory only for its own.
    /// </summary>
    public void FreezeProfiles()
    {
        if (_streamCash is not null)
        {
            return;
        }

        _streamCash = [];
        // Trimmed to the loaded identifiers, so that every later index reads the shared profiles.
        Array.Resize(ref _accounts, Accounts.Count);
        Array.Resize(ref _phones, Phones.Count);
    }

    /// <summary>
    /// With <see cref="FreezeProfiles"/> in force, adds the account <paramref name="accountNumber"/>
    /// (new to this reference data) at the next index, keeping its text only when
    /// <paramref name="hold"/>; returns the index.
    /// </summary>
    public int AddAccount(ReadOnlySpan<char> accountNumber, bool hold)
    {
        var cash = _streamCash ?? throw new InvalidOperationException("accounts are added without a profile only once the profiles are frozen");
        var i = hold ? Accounts.Intern(accountNumber) : Accounts.Skip();
        if (CashPoints.IsCash(accountNumber))
        {
            cash.Add(i);
        }

        return i;
    }

    /// <summary>As <see cref="AddAccount"/> for a phone number or service code.</summary>
    public int AddPhone(ReadOnlySpan<char> number, bool hold)
    {
        _ = _streamCash ?? throw new InvalidOperationException("phones are added without a profile only once the profiles are frozen");
        return hold ? Phones.Intern(number) : Phones.Skip();
    }

    /// <summary>The cash accounts among the identifiers added since <see cref="FreezeProfiles"/> (for a checkpoint).</summary>
    public IEnumerable<int> StreamCash => _streamCash ?? [];

    /// <summary>Marks account <paramref name="account"/> (added since <see cref="FreezeProfiles"/>) a cash point (restoring a checkpoint).</summary>
    public void MarkStreamCash(int account)
    {
        var cash = _streamCash ?? throw new InvalidOperationException("the profiles are not frozen");
        ArgumentOutOfRangeException.ThrowIfLessThan(account, _kept?.AccountCount ?? _accounts.Length);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(account, Accounts.Count);
        cash.Add(account);
    }

    /// <summary>
    /// Bytes of the identifier tables, estimated from their structures (ADR 0358): every interner's
    /// strings, dictionary and index entries (<see cref="StringInterner.EstimatedBytes"/>) and the
    /// static tables by identifier (<see cref="ProfileBytes"/>).
    /// </summary>
    public long IdentifierBytes() => TextBytes() + ProfileBytes();

    /// <summary>The interners' part of <see cref="IdentifierBytes"/>: strings, dictionaries, index lists.</summary>
    public long TextBytes() =>
        Accounts.EstimatedBytes() + Phones.EstimatedBytes() + Holders.EstimatedBytes() + Devices.EstimatedBytes()
        + Ips.EstimatedBytes() + Cells.EstimatedBytes();

    /// <summary>
    /// The profiles' part of <see cref="IdentifierBytes"/>: every static table by identifier — the
    /// account, phone and holder profiles (16 B, 12 B, 12 B), bound phones and device owners (4 B
    /// each), the holders' lists of accounts and numbers (4 B an entry and a holder), a frozen
    /// reference's cash accounts (≈ 16 B each) — or, on a shard that keeps profiles for the entities
    /// it applies only, <see cref="KeepProfiles"/>'s tables in their place; over shared tables
    /// (<see cref="Over"/>, ADR 0451) its cash accounts only, the process holding the tables once.
    /// </summary>
    public long ProfileBytes()
    {
        var cash = (_streamCash?.Count ?? 0) * 16L;
        if (Shared)
        {
            return cash;
        }

        var devices = _deviceOwners.Length * 4L;
        if (_kept is not null)
        {
            return _kept.EstimatedBytes + devices + cash;
        }

        return (_accounts.Length * 16L) + (_phones.Length * 12L) + (_holders.Length * 12L) + (_boundPhones.Length * 4L) + devices
            + ((_holderAccountStart.Length + _holderAccounts.Length + _holderPhoneStart.Length + _holderPhones.Length) * 4L) + cash;
    }

    /// <summary>
    /// With <see cref="FreezeProfiles"/> in force, keeps the entity files' profiles in full only for
    /// the holders, accounts and numbers the predicates name — the ones this shard applies — and of
    /// every other account and number of the files only its holder and flags, which a shard reads of
    /// another's (ADR 0378). Every later read of a profile not kept answers with those and the
    /// unknown profile's other fields; a holder not kept has no profile, accounts or numbers, and an
    /// account not kept no bound phone. Called once, after everything that reads every profile
    /// (ownership, relay groups, readiness) has read them.
    /// </summary>
    public void KeepProfiles(Func<int, bool> holder, Func<int, bool> account, Func<int, bool> phone)
    {
        ArgumentNullException.ThrowIfNull(holder);
        ArgumentNullException.ThrowIfNull(account);
        ArgumentNullException.ThrowIfNull(phone);
        if (_streamCash is null || _kept is not null || Accounts.Count != _accounts.Length || Phones.Count != _phones.Length)
        {
            throw new InvalidOperationException("profiles are kept once, right after they are frozen and before any identifier of the stream is numbered");
        }

        _kept = new KeptProfiles(_accounts, _boundPhones, _phones, _holders, AccountsOf, PhonesOf, holder, account, phone);
        // Let go of the full tables: every read now goes through the kept ones.
        _accounts = [];
        _phones = [];
        _holders = [];
        _boundPhones = [];
        (_holderAccountStart, _holderAccounts, _holderPhoneStart, _holderPhones) = ([], [], [], []);
    }

    /// <summary>Static profile of account <paramref name="account"/>.</summary>
    public AccountProfile Account(int account)
    {
        if ((uint)account < (uint)_accounts.Length)
        {
            return _accounts[account];
        }

        if (_kept is not null && (uint)account < (uint)_kept.AccountCount)
        {
            return _kept.Account(account);
        }

        return StreamAccount(account);
    }

    /// <summary>Hints that account <paramref name="account"/>'s profile will be read soon.</summary>
    internal void PrefetchAccount(int account)
    {
        // A shard's kept profiles are found through a bitmap: nothing to prefetch by index.
        if ((uint)account < (uint)_accounts.Length)
        {
            State.Prefetch.Range(ref _accounts[account], 16);
        }
    }

    /// <summary>Static profile of phone <paramref name="phone"/>.</summary>
    public PhoneProfile Phone(int phone)
    {
        if ((uint)phone < (uint)_phones.Length)
        {
            return _phones[phone];
        }

        if (_kept is not null && (uint)phone < (uint)_kept.PhoneCount)
        {
            return _kept.Phone(phone);
        }

        if (_streamCash is null || (uint)phone >= (uint)Phones.Count)
        {
            throw new IndexOutOfRangeException($"phone {phone} is not numbered");
        }

        return UnknownPhone;
    }

    /// <summary>Static profile of holder <paramref name="holder"/> (on a shard, of a holder it keeps, ADR 0378).</summary>
    public ref readonly HolderProfile Holder(int holder) => ref _kept is null ? ref _holders[holder] : ref _kept.Holder(holder);

    /// <summary>The owner (holder index) of device <paramref name="device"/>, or -1.</summary>
    public int DeviceOwner(int device) => device >= 0 && device < _deviceOwners.Length ? _deviceOwners[device] : -1;

    /// <summary>The phone number an account sends its verification codes to (account-phone link), or -1.</summary>
    public int BoundPhone(int account) =>
        _kept is not null ? _kept.BoundPhone(account) : account >= 0 && account < _boundPhones.Length ? _boundPhones[account] : -1;

    /// <summary>The accounts of holder <paramref name="holder"/>.</summary>
    public ReadOnlySpan<int> AccountsOf(int holder) => _kept is not null ? _kept.AccountsOf(holder) :
        _holderAccounts.AsSpan(_holderAccountStart[holder], _holderAccountStart[holder + 1] - _holderAccountStart[holder]);

    /// <summary>The phone numbers of holder <paramref name="holder"/>.</summary>
    public ReadOnlySpan<int> PhonesOf(int holder) => _kept is not null ? _kept.PhonesOf(holder) :
        _holderPhones.AsSpan(_holderPhoneStart[holder], _holderPhoneStart[holder + 1] - _holderPhoneStart[holder]);

    /// <summary>True when both accounts are known to belong to the same holder.</summary>
    public bool SameHolder(int accountA, int accountB)
    {
        var a = Account(accountA).Holder;
        return a >= 0 && a == Account(accountB).Holder;
    }

    private AccountProfile StreamAccount(int account)
    {
        if (_streamCash is null || (uint)account >= (uint)Accounts.Count)
        {
            throw new IndexOutOfRangeException($"account {account} is not numbered");
        }

        return _streamCash.Contains(account) ? UnknownCash : UnknownAccount;
    }

    private void EnsureAccount(int i, bool cash)
    {
        if (_streamCash is not null)
        {
            if (cash)
            {
                _streamCash.Add(i);
            }

            return;
        }

        if (i >= _accounts.Length)
        {
            var grown = Grow(_accounts, i + 1);
            for (var k = _accounts.Length; k < grown.Length; k++)
            {
                grown[k] = AccountProfile.Unknown;
            }

            _accounts = grown;
        }

        if (cash)
        {
            _accounts[i].Flags |= AccountFlags.Cash;
        }
    }

    private static T[] Grow<T>(T[] array, int atLeast)
    {
        var grown = new T[Math.Max(atLeast, Math.Max(16, array.Length * 2))];
        array.CopyTo(grown, 0);
        return grown;
    }
}
