using Breakcard.Core;
using Breakcard.Core.Events;
using Breakcard.Graph.Temporal.Internal;

namespace Breakcard.Graph.Temporal;

/// <summary>
/// An immutable snapshot of the transaction graph: accounts are dense integers (see
/// <see cref="Accounts"/>), transactions are edges numbered in arrival order, and each account's
/// out- and in-edges are sorted by (time, id). Edge attributes live in parallel arrays (time in UTC
/// ticks, amount in fen, channel, source, target), so there is no object per edge.
/// </summary>
/// <remarks>
/// Implementation note: adjacency is compressed sparse rows built by the last compaction, plus
/// per-account chains of the edges added since (see <see cref="TemporalGraphBuilder"/>, ADR 0194),
/// so taking a snapshot while events stream in costs only the events that arrived since the last
/// one. Snapshots are safe to read from many threads as long as the builder is not modified at the
/// same time.
/// </remarks>
public sealed class TemporalGraph
{
    private readonly long[] _ticks;
    private readonly long[] _fen;
    private readonly byte[] _channel;
    private readonly int[] _from;
    private readonly int[] _to;
    private readonly Csr _out;
    private readonly Csr _in;
    private readonly PendingChains _pendingOut;
    private readonly PendingChains _pendingIn;

    internal TemporalGraph(
        AccountTable accounts, int accountCount, int edgeCount,
        long[] ticks, long[] fen, byte[] channel, int[] from, int[] to,
        Csr outCsr, Csr inCsr, PendingChains pendingOut, PendingChains pendingIn, int compactedEdges,
        long startTicks, long endTicks)
    {
        Accounts = accounts;
        AccountCount = accountCount;
        EdgeCount = edgeCount;
        _ticks = ticks;
        _fen = fen;
        _channel = channel;
        _from = from;
        _to = to;
        _out = outCsr;
        _in = inCsr;
        _pendingOut = pendingOut;
        _pendingIn = pendingIn;
        PendingEdgeCount = edgeCount - compactedEdges;
        StartTicks = startTicks;
        EndTicks = endTicks;
    }

    /// <summary>The account ids and flags (shared with the builder; ids ≥ <see cref="AccountCount"/> are not in this snapshot).</summary>
    public AccountTable Accounts { get; }

    /// <summary>Number of accounts in this snapshot.</summary>
    public int AccountCount { get; }

    /// <summary>Number of transactions (edges) in this snapshot; edge ids are 0…EdgeCount−1 in arrival order.</summary>
    public int EdgeCount { get; }

    /// <summary>Edges added since the last compaction (served from the per-account pending chains).</summary>
    public int PendingEdgeCount { get; }

    /// <summary>Earliest event time, UTC ticks (0 when empty).</summary>
    public long StartTicks { get; }

    /// <summary>Latest event time, UTC ticks (0 when empty).</summary>
    public long EndTicks { get; }

    /// <summary>Earliest event time.</summary>
    public DateTimeOffset Start => new(StartTicks, TimeSpan.Zero);

    /// <summary>Latest event time.</summary>
    public DateTimeOffset End => new(EndTicks, TimeSpan.Zero);

    /// <summary>Event times in UTC ticks by edge id (length ≥ <see cref="EdgeCount"/>), for hot loops.</summary>
    internal long[] TicksArray => _ticks;

    /// <summary>Amounts in fen by edge id, for hot loops.</summary>
    internal long[] FenArray => _fen;

    /// <summary>Sources by edge id, for hot loops.</summary>
    internal int[] SourceArray => _from;

    /// <summary>Targets by edge id, for hot loops.</summary>
    internal int[] TargetArray => _to;

    /// <summary>Paying account of an edge.</summary>
    public int SourceOf(int edge) => _from[Check(edge)];

    /// <summary>Receiving account of an edge.</summary>
    public int TargetOf(int edge) => _to[Check(edge)];

    /// <summary>Event time of an edge in UTC ticks.</summary>
    public long TicksOf(int edge) => _ticks[Check(edge)];

    /// <summary>Event time of an edge (UTC offset).</summary>
    public DateTimeOffset TimeOf(int edge) => new(_ticks[Check(edge)], TimeSpan.Zero);

    /// <summary>Amount of an edge in fen (positive).</summary>
    public long FenOf(int edge) => _fen[Check(edge)];

    /// <summary>Amount of an edge.</summary>
    public Money AmountOf(int edge) => new(_fen[Check(edge)]);

    /// <summary>Channel of an edge.</summary>
    public Channel ChannelOf(int edge) => (Channel)_channel[Check(edge)];

    /// <summary>True when the edge takes money out of the banking system: a cash pseudo-account
    /// as receiver, an ATM cash transaction or a POS purchase. Counter business ends the money's
    /// path only into a cash point: a transfer made at a branch counter to another account (a
    /// victim told to move savings to a "safe account") is a transfer like any other (ADR 169).</summary>
    public bool IsCashOut(int edge)
    {
        if ((Accounts.FlagsOf(_to[Check(edge)]) & AccountFlags.Cash) != 0)
        {
            return true;
        }

        var channel = ChannelOf(edge);
        return channel != Channel.Counter && CashPoints.IsCashOutChannel(channel);
    }

    /// <summary>Out-edges of an account in (time, id) order.</summary>
    public EdgeRuns OutEdges(int account) => Runs(_out, _pendingOut, CheckAccount(account));

    /// <summary>In-edges of an account in (time, id) order.</summary>
    public EdgeRuns InEdges(int account) => Runs(_in, _pendingIn, CheckAccount(account));

    /// <summary>Number of out-edges of an account.</summary>
    public int OutDegree(int account) => OutEdges(account).Count;

    /// <summary>Number of in-edges of an account.</summary>
    public int InDegree(int account) => InEdges(account).Count;

    /// <summary>Flags of an account.</summary>
    public AccountFlags FlagsOf(int account) => Accounts.FlagsOf(CheckAccount(account));

    /// <summary>True for a cash pseudo-account (unchecked id, for hot loops).</summary>
    internal bool IsCashAccount(int account) => (Accounts.FlagsArray[account] & AccountFlags.Cash) != 0;

    /// <summary>
    /// Bytes held by this snapshot's arrays (edge attributes at their allocated length, adjacency,
    /// pending chains, which an earlier snapshot may share with later ones); excludes the account id strings, reported by <see cref="AccountTable.ApproximateBytes"/>.
    /// </summary>
    public long GraphBytes =>
        (8L * _ticks.Length) + (8L * _fen.Length) + _channel.Length + (4L * _from.Length) + (4L * _to.Length)
        + _out.Bytes + _in.Bytes + _pendingOut.Bytes + _pendingIn.Bytes;

    private EdgeRuns Runs(Csr csr, PendingChains pending, int account) => PendingEdgeCount == 0
        ? new(csr.Of(account), _ticks)
        : new(csr.Of(account), pending.Head(account), pending.Next, pending.FirstEdge, EdgeCount, _ticks);

    private int Check(int edge)
    {
        if ((uint)edge >= (uint)EdgeCount)
        {
            throw new ArgumentOutOfRangeException(nameof(edge), edge, $"Edge ids are 0..{EdgeCount - 1}.");
        }

        return edge;
    }

    private int CheckAccount(int account)
    {
        if ((uint)account >= (uint)AccountCount)
        {
            throw new ArgumentOutOfRangeException(nameof(account), account, $"Account ids are 0..{AccountCount - 1}.");
        }

        return account;
    }
}
