namespace Breakcard.Detection.Reference;

/// <summary>
/// The entity files' profiles as a shard keeps them (ADR 0378): in full (profile, bound phone,
/// holder profile and the holder's accounts and numbers) for the entities it applies — its own
/// holders' and a relay group's it belongs to — and for every other account and number of the
/// files only what any shard reads of another shard's entity: the holder index (a transfer's
/// same-holder test, a place's distinct holders, readiness groups) and the account's flags (a
/// transfer's cash and company tests) or the number's being in the files: 5 B per other account
/// (where every shard held 16 B of profile, 4 B of bound phone and 4 B of holder list) and 4 B per
/// other number (12 B + 4 B), nothing per other holder (12 B + 8 B). Read-only after construction.
/// </summary>
internal sealed class KeptProfiles
{
    private readonly KeptRows _accountRows;
    private readonly AccountProfile[] _accounts;
    private readonly int[] _boundPhones;
    private readonly int[] _accountHolders;
    private readonly byte[] _accountFlags;
    private readonly KeptRows _phoneRows;
    private readonly PhoneProfile[] _phones;
    private readonly int[] _phoneHolders;
    private readonly KeptRows _holderRows;
    private readonly HolderProfile[] _holders;
    private readonly (int[] Start, int[] Items) _holderAccounts;
    private readonly (int[] Start, int[] Items) _holderPhones;

    /// <summary>Keeps, of the full tables given, the holders, accounts and numbers the predicates name in full.</summary>
    public KeptProfiles(
        AccountProfile[] accounts, int[] boundPhones, PhoneProfile[] phones, HolderProfile[] holders,
        Func<int, ReadOnlySpan<int>> accountsOf, Func<int, ReadOnlySpan<int>> phonesOf,
        Func<int, bool> keepHolder, Func<int, bool> keepAccount, Func<int, bool> keepPhone)
    {
        _accountRows = new KeptRows(accounts.Length, keepAccount);
        _accounts = [.. _accountRows.Kept().Select(a => accounts[a])];
        _boundPhones = [.. _accountRows.Kept().Select(a => a < boundPhones.Length ? boundPhones[a] : -1)];
        _accountHolders = [.. accounts.Select(p => p.Holder)];
        // Every flag fits a byte (the enum's highest is 128): one byte per account of the files.
        _accountFlags = [.. accounts.Select(p => (ushort)p.Flags <= byte.MaxValue ? (byte)p.Flags : throw new InvalidOperationException($"account flags {p.Flags} do not fit the byte a shard keeps per account"))];
        _phoneRows = new KeptRows(phones.Length, keepPhone);
        _phones = [.. _phoneRows.Kept().Select(p => phones[p])];
        _phoneHolders = [.. phones.Select(p => p.Holder)];
        _holderRows = new KeptRows(holders.Length, keepHolder);
        _holders = [.. _holderRows.Kept().Select(h => holders[h])];
        _holderAccounts = Lists(_holderRows, accountsOf);
        _holderPhones = Lists(_holderRows, phonesOf);
    }

    /// <summary>Accounts of the files (the indexes covered).</summary>
    public int AccountCount => _accountHolders.Length;

    /// <summary>Numbers of the files (the indexes covered).</summary>
    public int PhoneCount => _phoneHolders.Length;

    /// <summary>
    /// Bytes held: the kept profiles, bound phones and holder lists, the holder and flags of every
    /// account and the holder of every number, and the bitmaps (arrays' contents, no headers).
    /// </summary>
    public long EstimatedBytes =>
        (_accounts.Length * 16L) + (_boundPhones.Length * 4L) + (_accountHolders.Length * 5L) + _accountRows.EstimatedBytes
        + (_phones.Length * 12L) + (_phoneHolders.Length * 4L) + _phoneRows.EstimatedBytes
        + (_holders.Length * 12L) + _holderRows.EstimatedBytes
        + ((_holderAccounts.Start.Length + _holderAccounts.Items.Length + _holderPhones.Start.Length + _holderPhones.Items.Length) * 4L);

    /// <summary>
    /// Account <paramref name="account"/>'s profile (0 ≤ index &lt; <see cref="AccountCount"/>): the
    /// kept one, else the unknown profile with the account's holder and flags.
    /// </summary>
    public AccountProfile Account(int account)
    {
        var row = _accountRows.RowOf(account);
        return row >= 0
            ? _accounts[row]
            : AccountProfile.Unknown with { Holder = _accountHolders[account], Flags = (AccountFlags)_accountFlags[account] };
    }

    /// <summary>Phone <paramref name="phone"/>'s profile (0 ≤ index &lt; <see cref="PhoneCount"/>): the kept one, else the unknown one with its holder, in the files.</summary>
    public PhoneProfile Phone(int phone)
    {
        var row = _phoneRows.RowOf(phone);
        return row >= 0
            ? _phones[row]
            : PhoneProfile.Unknown with { Holder = _phoneHolders[phone], InReference = true };
    }

    /// <summary>The bound phone of a kept account, else −1 (no shard reads another's).</summary>
    public int BoundPhone(int account)
    {
        var row = _accountRows.RowOf(account);
        return row >= 0 ? _boundPhones[row] : -1;
    }

    /// <summary>True when holder <paramref name="holder"/> is kept.</summary>
    public bool HasHolder(int holder) => _holderRows.RowOf(holder) >= 0;

    /// <summary>A kept holder's profile (the empty profile for another's: never read by a shard).</summary>
    public ref readonly HolderProfile Holder(int holder)
    {
        var row = _holderRows.RowOf(holder);
        return ref row >= 0 ? ref _holders[row] : ref Empty;
    }

    /// <summary>A kept holder's accounts (none for another's).</summary>
    public ReadOnlySpan<int> AccountsOf(int holder) => Of(_holderAccounts, holder);

    /// <summary>A kept holder's numbers (none for another's).</summary>
    public ReadOnlySpan<int> PhonesOf(int holder) => Of(_holderPhones, holder);

    private static readonly HolderProfile EmptyHolder;

    private static ref readonly HolderProfile Empty => ref EmptyHolder;

    private ReadOnlySpan<int> Of((int[] Start, int[] Items) lists, int holder)
    {
        var row = _holderRows.RowOf(holder);
        return row < 0 ? [] : lists.Items.AsSpan(lists.Start[row], lists.Start[row + 1] - lists.Start[row]);
    }

    private static (int[] Start, int[] Items) Lists(KeptRows holders, Func<int, ReadOnlySpan<int>> of)
    {
        var start = new List<int>(holders.Count + 1) { 0 };
        var items = new List<int>();
        foreach (var h in holders.Kept())
        {
            foreach (var i in of(h))
            {
                items.Add(i);
            }

            start.Add(items.Count);
        }

        return ([.. start], [.. items]);
    }
}
