using Breakcard.Core.Events;
using Breakcard.Graph.Temporal.Internal;

namespace Breakcard.Graph.Temporal;

/// <summary>
/// Builds a <see cref="TemporalGraph"/> in bulk or incrementally as events arrive. Edges are
/// appended to parallel arrays (amortised O(1)); <see cref="Snapshot"/> returns a graph over
/// everything added so far: it links the edges that arrived since the previous snapshot into
/// per-account chains (O(1) per edge in time order; ADR 0194) and folds the chains into the
/// compressed adjacency only when they exceed half of it, so a snapshot costs what arrived
/// since the last one and compaction stays amortised linear. Not thread safe.
/// </summary>
public sealed class TemporalGraphBuilder
{
    /// <summary>Pending edges below this count never trigger a compaction on their own.</summary>
    public const int MinimumPendingForCompaction = 1 << 16;

    private long[] _ticks;
    private long[] _fen;
    private byte[] _channel;
    private int[] _from;
    private int[] _to;
    private int _count;
    private long _startTicks = long.MaxValue;
    private long _endTicks = long.MinValue;

    // The last edge that arrived earlier in time than an edge added before it, or −1: a compaction
    // whose new edges all come after it can append them to the runs in arrival order (ADR 0250).
    private int _lastLateEdge = -1;

    /// <summary>
    /// A snapshot compacts once the pending edges exceed the compacted ones divided by this: each
    /// edge is then copied about three times over all compactions, and the chains (8 bytes per
    /// pending edge) stay under a third of the graph.
    /// </summary>
    private const int CompactionDivisor = 2;

    /// <summary>New edges per snapshot from which the two directions are linked on two threads.</summary>
    private const int ParallelLinkBatch = 4096;

    /// <summary>Account keys interned together (two per edge).</summary>
    private const int InternBatch = 128;

    private readonly AccountTable _accounts;
    private readonly ulong[] _queuedKeys = new ulong[InternBatch];

    // False: an account number; true: a packed text id (AccountTable.TryKey).
    private readonly bool[] _queuedText = new bool[InternBatch];

    // Edge id × 2, + 1 for the receiving end.
    private readonly int[] _queuedEnds = new int[InternBatch];
    private int _queued;
    private readonly int _minimumPending;
    private readonly long _lateStepAllowance;
    private Csr _out = Csr.Empty;
    private Csr _in = Csr.Empty;
    private int _compactedEdges;
    private PendingChains _pendingOut = PendingChains.Empty;
    private PendingChains _pendingIn = PendingChains.Empty;
    private TemporalGraph? _lastSnapshot;

    /// <summary>Creates a builder; capacities avoid regrowth when the sizes are known (bulk loads).</summary>
    public TemporalGraphBuilder(int expectedEdges = 0, int expectedAccounts = 0)
        : this(expectedEdges, expectedAccounts, MinimumPendingForCompaction, MinimumPendingForCompaction)
    {
    }

    /// <summary>
    /// A builder that may compact from <paramref name="minimumPending"/> pending edges on, and
    /// gives up linking late edges once they have walked more chain steps than the compacted
    /// edges plus <paramref name="lateStepAllowance"/> (tests use small values to compact often).
    /// </summary>
    internal TemporalGraphBuilder(int expectedEdges, int expectedAccounts, int minimumPending, long lateStepAllowance)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedEdges);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(minimumPending);
        ArgumentOutOfRangeException.ThrowIfNegative(lateStepAllowance);
        _minimumPending = minimumPending;
        _lateStepAllowance = lateStepAllowance;
        var capacity = Math.Max(expectedEdges, 16);
        _ticks = new long[capacity];
        _fen = new long[capacity];
        _channel = new byte[capacity];
        _from = new int[capacity];
        _to = new int[capacity];
        _accounts = new AccountTable(expectedAccounts);
    }

    /// <summary>
    /// The account interning table shared by every snapshot of this builder. Reading it first
    /// interns the account keys still queued by <see cref="Add(ReadOnlySpan{char}, ReadOnlySpan{char}, long, long, Channel)"/>,
    /// so ids are always those of interning every account in order of appearance.
    /// </summary>
    public AccountTable Accounts
    {
        get
        {
            ResolveQueuedKeys();
            return _accounts;
        }
    }

    /// <summary>Number of edges added.</summary>
    public int EdgeCount => _count;

    /// <summary>Adds a transaction, interning both accounts; returns its edge id (arrival order).</summary>
    public int Add(TransactionEvent transaction)
    {
        return Add(transaction.Debit, transaction.Credit, transaction.Time.UtcTicks, transaction.Amount.Fen, transaction.Channel);
    }

    /// <summary>
    /// Adds a transaction between two account ids as read from a file (fields of a line, say),
    /// interning both; returns its edge id. Account numbers (1–19 digits, no leading zero) and
    /// short text ids (1–9 printable ASCII characters, packed into a 64-bit key; ADR 0225) are
    /// queued and interned in batches of <see cref="InternBatch"/> keys whose table slots are
    /// fetched together, so a large table costs one memory latency per batch rather than per key
    /// (ADR 0195); ids come out exactly as interning each account in order of appearance. Other
    /// ids are interned at once. No string is allocated for an account seen before.
    /// </summary>
    /// <exception cref="ArgumentException">An account id is empty or whitespace (nothing is added).</exception>
    public int Add(ReadOnlySpan<char> debit, ReadOnlySpan<char> credit, long utcTicks, long amountFen, Channel channel)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amountFen);
        if (!AccountTable.TryKey(debit, out var fromKey, out var fromText) | !AccountTable.TryKey(credit, out var toKey, out var toText))
        {
            // A text id is interned now, so everything before it must be interned first.
            ResolveQueuedKeys();
            var from = _accounts.Intern(debit);
            var to = _accounts.Intern(credit);
            return Append(from, to, utcTicks, amountFen, channel);
        }

        if (_queued + 2 > InternBatch)
        {
            ResolveQueuedKeys();
        }

        // The slots are fetched while the next edges are read (where prefetching is available).
        _accounts.Touch(fromKey, fromText);
        _accounts.Touch(toKey, toText);
        var e = Append(-1, -1, utcTicks, amountFen, channel);
        _queuedKeys[_queued] = fromKey;
        _queuedText[_queued] = fromText;
        _queuedEnds[_queued++] = e << 1;
        _queuedKeys[_queued] = toKey;
        _queuedText[_queued] = toText;
        _queuedEnds[_queued++] = (e << 1) | 1;
        return e;
    }

    /// <summary>Adds a transaction between interned accounts; returns its edge id.</summary>
    /// <param name="from">Paying account (from <see cref="Accounts"/>).</param>
    /// <param name="to">Receiving account.</param>
    /// <param name="utcTicks">Event time as UTC ticks.</param>
    /// <param name="amountFen">Amount in fen; must be positive.</param>
    /// <param name="channel">Channel.</param>
    public int Add(int from, int to, long utcTicks, long amountFen, Channel channel)
    {
        if ((uint)from >= (uint)_accounts.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(from), from, "Not an interned account.");
        }

        if ((uint)to >= (uint)_accounts.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "Not an interned account.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amountFen);
        return Append(from, to, utcTicks, amountFen, channel);
    }

    private int Append(int from, int to, long utcTicks, long amountFen, Channel channel)
    {
        if (_count == _ticks.Length)
        {
            Grow();
        }

        var e = _count;
        _ticks[e] = utcTicks;
        _fen[e] = amountFen;
        _channel[e] = (byte)channel;
        _from[e] = from;
        _to[e] = to;
        _count = e + 1;
        if (utcTicks < _endTicks)
        {
            _lastLateEdge = e;
        }

        _startTicks = Math.Min(_startTicks, utcTicks);
        _endTicks = Math.Max(_endTicks, utcTicks);
        _lastSnapshot = null;
        return e;
    }

    /// <summary>
    /// A graph over every edge added so far. Compacts when the pending edges exceed half of the
    /// compacted ones (and <see cref="MinimumPendingForCompaction"/>), or when late arrivals
    /// have cost more chain steps than a compaction would; otherwise links the edges added since
    /// the previous snapshot into the pending chains, O(1) each when they arrive in time order.
    /// Returns the same instance while nothing was added; earlier snapshots stay valid.
    /// </summary>
    public TemporalGraph Snapshot()
    {
        ResolveQueuedKeys();
        if (_lastSnapshot is not null)
        {
            return _lastSnapshot;
        }

        var pending = _count - _compactedEdges;
        if ((pending >= _minimumPending && pending > _compactedEdges / CompactionDivisor) || (pending > 0 && !LinkPending()))
        {
            Compact();
        }

        return _lastSnapshot = Create();
    }

    /// <summary>Compacts everything and returns the fully compressed graph.</summary>
    public TemporalGraph Build()
    {
        ResolveQueuedKeys();
        if (_compactedEdges != _count || _out.AccountCount != _accounts.Count)
        {
            Compact();
            _lastSnapshot = null;
        }

        return _lastSnapshot ??= Create();
    }

    /// <summary>Shrinks the edge arrays to their used length (after a bulk load, before measuring memory).</summary>
    public void TrimExcess()
    {
        ResolveQueuedKeys();
        if (_ticks.Length == _count)
        {
            return;
        }

        var n = Math.Max(_count, 1);
        Array.Resize(ref _ticks, n);
        Array.Resize(ref _fen, n);
        Array.Resize(ref _channel, n);
        Array.Resize(ref _from, n);
        Array.Resize(ref _to, n);
        _lastSnapshot = null;
    }

    private void Compact()
    {
        var accounts = _accounts.Count;
        Csr? outCsr = null, inCsr = null;

        // New edges that arrived in time order are appended to the runs as they came; otherwise
        // chains linked in (time, id) order are appended run by run, and without them (chains
        // given up on late arrivals, or a bulk load out of order) a counting sort places them.
        var inOrder = _lastLateEdge < _compactedEdges;
        var chained = !inOrder && _pendingOut.FirstEdge == _compactedEdges && _pendingOut != PendingChains.Empty && LinkPending();
        var (pendingOut, pendingIn) = (_pendingOut, _pendingIn);
        Action buildOut = inOrder ? () => outCsr = CsrCompactor.MergeInOrder(_out, _compactedEdges, _count, accounts, _from)
            : chained ? () => outCsr = CsrCompactor.MergeChains(_out, pendingOut, _count, accounts, _ticks)
            : () => outCsr = CsrCompactor.Merge(_out, _compactedEdges, _count, accounts, _from, _ticks);
        Action buildIn = inOrder ? () => inCsr = CsrCompactor.MergeInOrder(_in, _compactedEdges, _count, accounts, _to)
            : chained ? () => inCsr = CsrCompactor.MergeChains(_in, pendingIn, _count, accounts, _ticks)
            : () => inCsr = CsrCompactor.Merge(_in, _compactedEdges, _count, accounts, _to, _ticks);
        Both(_count - _compactedEdges >= MinimumPendingForCompaction, buildOut, buildIn);
        _out = outCsr!;
        _in = inCsr!;
        _compactedEdges = _count;

        // Earlier snapshots keep the old chains; the next one starts empty chains.
        _pendingOut = PendingChains.Empty;
        _pendingIn = PendingChains.Empty;
    }

    /// <summary>Interns the queued account keys in order and fills in their edges' ends.</summary>
    private void ResolveQueuedKeys()
    {
        if (_queued == 0)
        {
            return;
        }

        var keys = _queuedKeys.AsSpan(0, _queued);
        var text = _queuedText.AsSpan(0, _queued);
        if (!AccountTable.TouchPrefetches)
        {
            _accounts.Prefetch(keys, text);
        }

        for (var i = 0; i < keys.Length; i++)
        {
            var id = _accounts.Intern(keys[i], text[i]);
            var end = _queuedEnds[i];
            (((end & 1) == 0) ? _from : _to)[end >> 1] = id;
        }

        _queued = 0;
    }

    /// <summary>
    /// Links the edges not yet in the pending chains; false when late arrivals have walked more
    /// chain steps than a compaction costs (linear in the graph), and the caller should compact.
    /// </summary>
    private bool LinkPending()
    {
        if (_pendingOut == PendingChains.Empty)
        {
            _pendingOut = new PendingChains(_compactedEdges, _accounts.Count);
            _pendingIn = new PendingChains(_compactedEdges, _accounts.Count);
        }

        var (pendingOut, pendingIn, end, accounts) = (_pendingOut, _pendingIn, _count, _accounts.Count);
        var budget = _compactedEdges + _lateStepAllowance;
        bool linkedOut = true, linkedIn = true;
        Both(
            end - pendingOut.LinkedEnd >= ParallelLinkBatch,
            () => linkedOut = pendingOut.Link(end, accounts, _from, _ticks, budget),
            () => linkedIn = pendingIn.Link(end, accounts, _to, _ticks, budget));
        return linkedOut && linkedIn;
    }

    /// <summary>Runs the two directions' work, side by side when there is enough of it to pay for a second thread.</summary>
    private static void Both(bool parallel, Action first, Action second)
    {
        if (parallel)
        {
            Parallel.Invoke(first, second);
        }
        else
        {
            first();
            second();
        }
    }

    private TemporalGraph Create() => new(
        _accounts, _accounts.Count, _count, _ticks, _fen, _channel, _from, _to, _out, _in, _pendingOut, _pendingIn, _compactedEdges,
        _count == 0 ? 0 : _startTicks, _count == 0 ? 0 : _endTicks);

    private void Grow()
    {
        var n = checked(Math.Max(_ticks.Length * 2, 16));
        Array.Resize(ref _ticks, n);
        Array.Resize(ref _fen, n);
        Array.Resize(ref _channel, n);
        Array.Resize(ref _from, n);
        Array.Resize(ref _to, n);
    }
}
