using Breakcard.Core.Events;
using Breakcard.Graph.Temporal.Internal;

namespace Breakcard.Graph.Temporal;

/// <summary>
/// Builds a <see cref="TemporalGraph"/> in bulk or incrementally as events arrive. Edges are
/// appended to parallel arrays (amortised O(1)); <see cref="Snapshot"/> returns a graph over
/// everything added so far, folding new edges into the compressed adjacency only when they
/// exceed a quarter of it (so snapshots stay cheap while events stream in) and otherwise serving
/// them from a small sorted index. Not thread safe.
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

    private Csr _out = Csr.Empty;
    private Csr _in = Csr.Empty;
    private int _compactedEdges;
    private TemporalGraph? _lastSnapshot;

    /// <summary>Creates a builder; capacities avoid regrowth when the sizes are known (bulk loads).</summary>
    public TemporalGraphBuilder(int expectedEdges = 0, int expectedAccounts = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(expectedEdges);
        var capacity = Math.Max(expectedEdges, 16);
        _ticks = new long[capacity];
        _fen = new long[capacity];
        _channel = new byte[capacity];
        _from = new int[capacity];
        _to = new int[capacity];
        Accounts = new AccountTable(expectedAccounts);
    }

    /// <summary>The account interning table shared by every snapshot of this builder.</summary>
    public AccountTable Accounts { get; }

    /// <summary>Number of edges added.</summary>
    public int EdgeCount => _count;

    /// <summary>Adds a transaction; returns its edge id (arrival order).</summary>
    public int Add(TransactionEvent transaction)
    {
        var from = Accounts.Intern(transaction.Debit);
        var to = Accounts.Intern(transaction.Credit);
        return Add(from, to, transaction.Time.UtcTicks, transaction.Amount.Fen, transaction.Channel);
    }

    /// <summary>Adds a transaction between interned accounts; returns its edge id.</summary>
    /// <param name="from">Paying account (from <see cref="Accounts"/>).</param>
    /// <param name="to">Receiving account.</param>
    /// <param name="utcTicks">Event time as UTC ticks.</param>
    /// <param name="amountFen">Amount in fen; must be positive.</param>
    /// <param name="channel">Channel.</param>
    public int Add(int from, int to, long utcTicks, long amountFen, Channel channel)
    {
        if ((uint)from >= (uint)Accounts.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(from), from, "Not an interned account.");
        }

        if ((uint)to >= (uint)Accounts.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(to), to, "Not an interned account.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amountFen);
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
        _startTicks = Math.Min(_startTicks, utcTicks);
        _endTicks = Math.Max(_endTicks, utcTicks);
        _lastSnapshot = null;
        return e;
    }

    /// <summary>
    /// A graph over every edge added so far. Compacts when the pending edges exceed a quarter of
    /// the compacted ones (and <see cref="MinimumPendingForCompaction"/>); otherwise indexes them
    /// in O(p log p). Returns the same instance while nothing was added.
    /// </summary>
    public TemporalGraph Snapshot()
    {
        if (_lastSnapshot is not null)
        {
            return _lastSnapshot;
        }

        var pending = _count - _compactedEdges;
        if (pending >= MinimumPendingForCompaction && pending > _compactedEdges / 4)
        {
            Compact();
        }

        return _lastSnapshot = Create(
            PendingIndex.Build(_compactedEdges, _count, _from, _ticks),
            PendingIndex.Build(_compactedEdges, _count, _to, _ticks));
    }

    /// <summary>Compacts everything and returns the fully compressed graph.</summary>
    public TemporalGraph Build()
    {
        if (_compactedEdges != _count || _out.AccountCount != Accounts.Count)
        {
            Compact();
            _lastSnapshot = null;
        }

        return _lastSnapshot ??= Create(PendingIndex.Empty, PendingIndex.Empty);
    }

    /// <summary>Shrinks the edge arrays to their used length (after a bulk load, before measuring memory).</summary>
    public void TrimExcess()
    {
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
        var accounts = Accounts.Count;
        Csr? outCsr = null, inCsr = null;

        // The two directions are independent: build them side by side when there is enough work.
        Action buildOut = () => outCsr = CsrCompactor.Merge(_out, _compactedEdges, _count, accounts, _from, _ticks);
        Action buildIn = () => inCsr = CsrCompactor.Merge(_in, _compactedEdges, _count, accounts, _to, _ticks);
        if (_count - _compactedEdges >= MinimumPendingForCompaction)
        {
            Parallel.Invoke(buildOut, buildIn);
        }
        else
        {
            buildOut();
            buildIn();
        }

        _out = outCsr!;
        _in = inCsr!;
        _compactedEdges = _count;
    }

    private TemporalGraph Create(PendingIndex pendingOut, PendingIndex pendingIn) => new(
        Accounts, Accounts.Count, _count, _ticks, _fen, _channel, _from, _to, _out, _in, pendingOut, pendingIn,
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
