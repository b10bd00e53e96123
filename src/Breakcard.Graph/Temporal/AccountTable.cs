using Breakcard.Core.Events;
using Breakcard.Graph.Temporal.Internal;

namespace Breakcard.Graph.Temporal;

/// <summary>
/// Interns account ids (strings) as dense integers 0…<see cref="Count"/>−1 and keeps a flag byte
/// per account. Cash pseudo-accounts (<see cref="CashPoints.IsCash"/>) are flagged on interning.
/// Numeric account numbers (1–19 digits, no leading zero: bank cards and accounts) are kept in an
/// open-addressing table keyed by their value (ADR 0131), short text ids (1–9 printable ASCII
/// characters) in a second such table keyed by their packed text (ADR 0225), other ids in a string
/// dictionary. Each id has one way in, decided by its text alone, so the three never overlap.
/// Not thread safe: one writer, and readers only while nothing is being added.
/// </summary>
public sealed class AccountTable
{
    private readonly Dictionary<string, int> _ids;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _spanLookup;
    private readonly NumericKeyTable _numeric;
    private readonly NumericKeyTable _packed;
    private ulong _prefetchSink;
    private readonly List<string> _names;
    private AccountFlags[] _flags;

    /// <summary>Creates an empty table sized for <paramref name="capacity"/> accounts.</summary>
    public AccountTable(int capacity = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _ids = new Dictionary<string, int>(StringComparer.Ordinal);
        _numeric = new NumericKeyTable(capacity);
        _packed = new NumericKeyTable(capacity);
        _spanLookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();
        _names = new List<string>(capacity);
        _flags = new AccountFlags[Math.Max(capacity, 16)];
    }

    /// <summary>Number of accounts interned.</summary>
    public int Count => _names.Count;

    /// <summary>The dense id of <paramref name="accountId"/>, interning it if new.</summary>
    /// <exception cref="ArgumentException">The id is empty or whitespace.</exception>
    public int Intern(string accountId)
    {
        if (TryKey(accountId, out var key, out var text))
        {
            var table = text ? _packed : _numeric;
            if (table.TryGet(key, out var found))
            {
                return found;
            }

            var id = Add(accountId);
            AddTo(text).Add(key, id);
            return id;
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        if (_ids.TryGetValue(accountId, out var existing))
        {
            return existing;
        }

        var added = Add(accountId);
        _ids.Add(accountId, added);
        return added;
    }

    /// <summary>
    /// The dense id of the account id in <paramref name="accountId"/> (a field just read from a
    /// file, say), interning it if new; a string is allocated only for an account not seen before.
    /// </summary>
    /// <exception cref="ArgumentException">The id is empty or whitespace.</exception>
    public int Intern(ReadOnlySpan<char> accountId)
    {
        if (TryKey(accountId, out var key, out var text))
        {
            var table = text ? _packed : _numeric;
            if (table.TryGet(key, out var found))
            {
                return found;
            }

            var id = Add(accountId.ToString());
            AddTo(text).Add(key, id);
            return id;
        }

        return _spanLookup.TryGetValue(accountId, out var existing) ? existing : Intern(accountId.ToString());
    }

    /// <summary>
    /// The key of an account id that is interned through a key table: an account number
    /// (<see cref="NumericKeyTable.TryKey"/>, <paramref name="text"/> false) or else a short text
    /// id (<see cref="PackedTextKey.TryPack"/>, <paramref name="text"/> true); false for the ids
    /// that go to the dictionary.
    /// </summary>
    internal static bool TryKey(ReadOnlySpan<char> accountId, out ulong key, out bool text)
    {
        if (NumericKeyTable.TryKey(accountId, out key))
        {
            text = false;
            return true;
        }

        text = PackedTextKey.TryPack(accountId, out key);
        return text;
    }

    /// <summary>
    /// The dense id of the key <paramref name="key"/> of <see cref="TryKey"/>, interning it if new;
    /// its id string is the one text that gives this key (the number's decimal digits, or the
    /// unpacked text).
    /// </summary>
    internal int Intern(ulong key, bool text)
    {
        var table = text ? _packed : _numeric;
        if (table.TryGet(key, out var found))
        {
            return found;
        }

        var id = Add(text ? PackedTextKey.Unpack(key) : key.ToString(System.Globalization.CultureInfo.InvariantCulture));
        AddTo(text).Add(key, id);
        return id;
    }

    /// <summary>True when <see cref="Touch"/> prefetches, so a batch needs no <see cref="Prefetch"/>.</summary>
    internal static bool TouchPrefetches => NumericKeyTable.TouchPrefetches;

    /// <summary>Hints that the table slot of <paramref name="key"/> (of <see cref="TryKey"/>) will be read soon.</summary>
    internal void Touch(ulong key, bool text) => (text ? _packed : _numeric).Touch(key);

    /// <summary>Reads the table slots of <paramref name="keys"/> (of the kinds in <paramref name="text"/>)
    /// together, so that the lookups that follow find them in cache.</summary>
    internal void Prefetch(ReadOnlySpan<ulong> keys, ReadOnlySpan<bool> text)
    {
        // The loads do not depend on each other, so the processor keeps many cache misses in
        // flight at once (ADR 0195); the sum is kept only so they cannot be optimised away.
        var sink = 0UL;
        for (var i = 0; i < keys.Length; i++)
        {
            sink ^= (text[i] ? _packed : _numeric).FirstSlotKey(keys[i]);
        }

        _prefetchSink = sink;
    }

    /// <summary>
    /// The key table for a new key of the kind <paramref name="text"/>. The first of the two tables
    /// to receive a key gets the slots for every expected account; the other, receiving its first
    /// key after that (a few short text ids among card numbers, say), grows by doubling instead of
    /// taking 16 bytes per expected account that its ids will almost never need.
    /// </summary>
    private NumericKeyTable AddTo(bool text)
    {
        var (table, other) = text ? (_packed, _numeric) : (_numeric, _packed);
        if (table.Count == 0 && other.Count > 0)
        {
            table.GrowOnDemand();
        }

        return table;
    }

    private int Add(string accountId)
    {
        var id = _names.Count;
        _names.Add(accountId);
        if (id == _flags.Length)
        {
            Array.Resize(ref _flags, checked(_flags.Length * 2));
        }

        _flags[id] = CashPoints.IsCash(accountId) ? AccountFlags.Cash : AccountFlags.None;
        return id;
    }

    /// <summary>Looks up an account id without interning it.</summary>
    public bool TryGetId(ReadOnlySpan<char> accountId, out int id) =>
        TryKey(accountId, out var key, out var text) ? (text ? _packed : _numeric).TryGet(key, out id) : _spanLookup.TryGetValue(accountId, out id);

    /// <summary>The account id string of dense id <paramref name="id"/> (personal data: mask before printing).</summary>
    public string NameOf(int id) => _names[id];

    /// <summary>The flags of an account.</summary>
    public AccountFlags FlagsOf(int id)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, Count);
        return _flags[id];
    }

    /// <summary>The flag array (indexed by account, at least <see cref="Count"/> long) for hot loops;
    /// fetch it again after interning, which may replace it.</summary>
    internal AccountFlags[] FlagsArray => _flags;

    /// <summary>True when the account carries every flag in <paramref name="flags"/>.</summary>
    public bool Has(int id, AccountFlags flags) => (FlagsOf(id) & flags) == flags;

    /// <summary>Adds flags to an account (for example <see cref="AccountFlags.External"/> from reference data).</summary>
    public void Mark(int id, AccountFlags flags)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, Count);
        _flags[id] |= flags;
    }

    /// <summary>Removes flags from an account. The <see cref="AccountFlags.Cash"/> flag follows the id and cannot be removed.</summary>
    public void Unmark(int id, AccountFlags flags)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(id, Count);
        _flags[id] &= ~(flags & ~AccountFlags.Cash);
    }

    /// <summary>Approximate bytes held: the strings, the dictionary and the flags.</summary>
    public long ApproximateBytes()
    {
        long strings = 0;
        foreach (var name in _names)
        {
            // Object header + length + UTF-16 characters, rounded to 8 bytes.
            strings += ((22 + (2L * name.Length)) + 7) & ~7L;
        }

        // Dictionary entry (hash, next, key, value) + bucket; key-table slots; list slot and flag byte.
        return strings + (_ids.Count * (24L + 4L)) + _numeric.Bytes + _packed.Bytes + (_names.Count * (8L + 1L));
    }
}
