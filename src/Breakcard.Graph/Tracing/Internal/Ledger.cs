using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Tracing.Internal;

/// <summary>
/// Replays one account's history and records which inflow ("lot") every outflow was paid from,
/// under FIFO, standing-balance FIFO or proportional apportioning. The result is exact in fen: every outflow's parts
/// plus its unobserved part equal the outflow, and every lot's parts plus what it still held at
/// the end equal the inflow. Money paid out with no observed balance comes from the unobserved
/// opening balance. Forward tracing reads rows (inflow → outflows), backward tracing columns
/// (outflow → inflows).
/// </summary>
/// <remarks>
/// Implementation note: inflows before <c>openingBefore</c> are folded into one opening lot
/// (edge <see cref="OpeningLot"/>) holding the balance at that moment. Under FIFO that lot is
/// consumed exactly as the individual lots would be (all of them are older than anything after);
/// under proportional apportioning shares are linear in the lots, so only the rounding of the
/// fen differs. It keeps a ledger to the lots of the trace's window — a few dozen for a mule
/// instead of every inflow since the data began.
/// </remarks>
internal sealed class Ledger
{
    private readonly List<int> _lotEdge = [];
    private readonly List<long> _lotRemaining = [];
    private readonly List<long> _lotLeft = [];
    private readonly List<Segment> _segments = [];
    private readonly Dictionary<int, int> _lotOfEdge = [];
    private readonly Dictionary<int, OutInfo> _outs = [];
    private readonly Dictionary<int, int> _batchOf = [];
    private readonly List<Batch> _batches = [];
    private readonly HashSet<int> _cutReceivers = [];
    private long[] _fen = [];
    private int[]? _rowStart;
    private int[]? _rowSegments;

    private Ledger(int account) => Account = account;

    public int Account { get; }

    /// <summary>Edge id reported for the opening lot (money received before the ledger's window).</summary>
    public const int OpeningLot = -1;

    public int LotCount => _lotEdge.Count;

    /// <summary>Accounts this account pays fixed-share cuts to (forward standing-FIFO replays).</summary>
    public IReadOnlyCollection<int> CutReceivers => _cutReceivers;

    /// <summary>
    /// Replays <paramref name="history"/> (one account's, in order) under <paramref name="rule"/>,
    /// folding everything before <paramref name="openingBefore"/> (UTC ticks) into the opening lot.
    /// Under standing-balance FIFO, <paramref name="firstTracedInflow"/> (an in-edge of the history,
    /// or -1) caps the standing money at the balance held just before it: only money already in
    /// the account when the traced money arrived can stand ahead of it (ADR 169). With
    /// <paramref name="pooledPayer"/> (an account that receives fixed-share cuts: the ring's payout
    /// card), outflows made together are read as one batch paid pro rata (ADR 191).
    /// </summary>
    public static Ledger Replay(TemporalGraph graph, int account, List<HistoryItem> history, ApportioningRule rule, long openingBefore = long.MinValue, int firstTracedInflow = -1, bool pooledPayer = false)
    {
        var ledger = new Ledger(account);
        var fen = graph.FenArray;
        ledger._fen = fen;
        var ticks = graph.TicksArray;

        // The observed balance before the window; an outflow beyond it was paid from money the data
        // does not show, so the balance never goes below zero.
        long opening = 0;
        var first = 0;
        while (first < history.Count && ticks[history[first].Edge] < openingBefore)
        {
            var item = history[first++];
            opening = item.IsIn ? checked(opening + fen[item.Edge]) : Math.Max(0, opening - fen[item.Edge]);
        }

        if (opening > 0)
        {
            ledger._lotEdge.Add(OpeningLot);
            ledger._lotRemaining.Add(opening);
            ledger._lotLeft.Add(0);
        }

        if (rule == ApportioningRule.Fifo)
        {
            ledger.ReplayFifo(history, first, fen);
        }
        else if (rule == ApportioningRule.StandingFifo)
        {
            ledger.ReplayStandingFifo(history, first, fen, StandingBalances(history, first, fen, opening, firstTracedInflow));
            if (firstTracedInflow >= 0)
            {
                ledger.FindFixedShareCuts(graph, history, first, opening);
                if (pooledPayer)
                {
                    ledger.FindPayoutRounds(graph, history, first);
                }
            }
        }
        else
        {
            ledger.ReplayProportional(history, first, fen, opening);
        }

        return ledger;
    }

    /// <summary>
    /// Where inflow <paramref name="inEdge"/> went: appends (out edge, amount) pairs to
    /// <paramref name="parts"/> and returns what the lot still held at the end of the replay.
    /// False when the edge is not an inflow of this replay.
    /// </summary>
    public bool TryRow(int inEdge, List<(int Edge, long Amount)> parts, out long closing)
    {
        parts.Clear();
        closing = 0;
        if (!_lotOfEdge.TryGetValue(inEdge, out var lot))
        {
            return false;
        }

        BuildRows();
        for (var k = _rowStart![lot]; k < _rowStart[lot + 1]; k++)
        {
            var s = _segments[_rowSegments![k]];
            parts.Add((s.OutEdge, s.Amount));
        }

        closing = _lotRemaining[lot];
        return true;
    }

    /// <summary>
    /// What outflow <paramref name="outEdge"/> was paid from: appends (in edge, amount) pairs to
    /// <paramref name="parts"/> and returns the part paid from the unobserved opening balance.
    /// False when the edge is not an outflow of this replay.
    /// </summary>
    public bool TryColumn(int outEdge, List<(int Edge, long Amount)> parts, out long unobserved)
    {
        parts.Clear();
        unobserved = 0;
        if (!_outs.TryGetValue(outEdge, out var info))
        {
            return false;
        }

        for (var k = info.Start; k < info.Start + info.Count; k++)
        {
            var s = _segments[k];
            parts.Add((_lotEdge[s.Lot], s.Amount));
        }

        unobserved = info.Unobserved;
        return true;
    }

    /// <summary>
    /// Where the traced fen <paramref name="traced"/> (positions in inflow <paramref name="inEdge"/>,
    /// normalized) went: appends the positions they occupy in each outflow to <paramref name="into"/>
    /// and returns the traced fen the lot still held at the end. Under the first-in-first-out rules
    /// a lot's fen leave in order, so traced money keeps its place. False when the edge is not an
    /// inflow of this replay.
    /// </summary>
    public bool TryMapRow(int inEdge, List<FenRange> traced, List<(int Edge, FenRange Range)> into, out long stays)
    {
        into.Clear();
        if (!_lotOfEdge.TryGetValue(inEdge, out var lot))
        {
            stays = traced.Sum(r => r.Length);
            return false;
        }

        BuildRows();
        stays = MapThrough(traced, _rowSegments.AsSpan(_rowStart![lot], _rowStart[lot + 1] - _rowStart[lot]), 0, 0, fromLot: true, into);
        if (_batches.Count > 0)
        {
            SpreadBatches(into);
        }

        return true;
    }

    /// <summary>
    /// What paid for the traced fen <paramref name="traced"/> (positions in outflow
    /// <paramref name="outEdge"/>): appends the positions in each lot (edge <see cref="OpeningLot"/>
    /// for the opening balance) to <paramref name="into"/> and returns the traced fen paid from the
    /// unobserved opening balance. False when the edge is not an outflow of this replay.
    /// </summary>
    public bool TryMapColumn(int outEdge, List<FenRange> traced, List<(int Edge, FenRange Range)> into, out long unobserved)
    {
        into.Clear();
        if (!_outs.TryGetValue(outEdge, out var info))
        {
            unobserved = traced.Sum(r => r.Length);
            return false;
        }

        unobserved = MapThrough(traced, default, info.Start, info.Count, fromLot: false, into);
        return true;
    }

    /// <summary>
    /// Maps fen positions through segments — those listed in <paramref name="rows"/>, or when it
    /// is empty the <paramref name="count"/> consecutive segments from <paramref name="start"/> —
    /// from a lot's leaving order into its outflows (<paramref name="fromLot"/>), or from an
    /// outflow into its lots. Returns the traced fen no segment covers.
    /// </summary>
    private long MapThrough(List<FenRange> traced, ReadOnlySpan<int> rows, int start, int count, bool fromLot, List<(int Edge, FenRange Range)> into)
    {
        var n = rows.IsEmpty ? count : rows.Length;
        long missing = 0;
        foreach (var r in traced)
        {
            var placed = 0L;
            for (var j = 0; j < n; j++)
            {
                var seg = _segments[rows.IsEmpty ? start + j : rows[j]];
                var (from, to, edge) = fromLot ? (seg.LotOffset, seg.OutOffset, seg.OutEdge) : (seg.OutOffset, seg.LotOffset, _lotEdge[seg.Lot]);
                var a = Math.Max(r.Start, from);
                var b = Math.Min(r.End, from + seg.Amount);
                if (a < b)
                {
                    into.Add((edge, new FenRange(to + a - from, to + b - from)));
                    placed += b - a;
                }
            }

            missing += r.Length - placed;
        }

        return missing;
    }

    /// <summary>Longest gap between a cut and the transfer of the rest of its batch (one hour, in ticks).</summary>
    private const long CutGapTicks = 36_000_000_000L;

    /// <summary>Fewest cuts to one receiver, and the widest spread of their shares, that make a fixed-share cut.</summary>
    private const int MinCuts = 3;

    private const double MaxCutShare = 0.10, MaxShareSpread = 0.002;

    /// <summary>
    /// Finds fixed-share cuts (ADR 183, amended by ADR 191): an outflow of at most 10% of the
    /// balance held just before it, immediately followed — no inflow between, within an hour — by a
    /// larger outflow to another account, the first transfer of the rest of the batch; the account
    /// pays the cut's receiver at least <see cref="MinCuts"/> outflows whose shares of the balance
    /// before them agree within 0.2 points (the largest such group, holding at least half of the
    /// receiver's candidates). A ring's centre pays 3% of what it holds to the payout card this way,
    /// whether it then sends the rest on in one transfer, scatters it over cash-out cards or sends
    /// part round a cycle first; the cut is a share of the batch, not its oldest fen.
    /// </summary>
    private void FindFixedShareCuts(TemporalGraph graph, List<HistoryItem> history, int first, long opening)
    {
        var ticks = graph.TicksArray;
        var to = graph.TargetArray;
        Dictionary<int, List<(int Index, double Share)>>? byReceiver = null;
        var balance = opening;
        for (var h = Math.Max(first, 0); h < history.Count; h++)
        {
            var item = history[h];
            var amount = _fen[item.Edge];
            if (item.IsIn)
            {
                balance = checked(balance + amount);
                continue;
            }

            if (balance > 0 && amount <= balance * MaxCutShare)
            {
                byReceiver ??= [];
                if (!byReceiver.TryGetValue(to[item.Edge], out var list))
                {
                    byReceiver[to[item.Edge]] = list = [];
                }

                list.Add((h, (double)amount / balance));
            }

            balance = Math.Max(0, balance - amount);
        }

        if (byReceiver is null)
        {
            return;
        }

        foreach (var list in byReceiver.Values)
        {
            if (list.Count < MinCuts)
            {
                continue;
            }

            // The largest group of shares within the spread: a batch cut while money was still
            // arriving, or a one-off small payment to the same receiver, does not hide the rule.
            list.Sort((x, y) => x.Share.CompareTo(y.Share));
            int best = 0, bestFrom = 0;
            for (int i = 0, j = 0; j < list.Count; j++)
            {
                while (list[j].Share - list[i].Share > MaxShareSpread)
                {
                    i++;
                }

                if (j - i + 1 > best)
                {
                    (best, bestFrom) = (j - i + 1, i);
                }
            }

            if (best < MinCuts || best * 2 < list.Count)
            {
                continue;
            }

            for (var k = bestFrom; k < bestFrom + best; k++)
            {
                var h = list[k].Index;
                if (h + 1 >= history.Count)
                {
                    continue;
                }

                var (cut, rest) = (history[h], history[h + 1]);
                if (!rest.IsIn && to[cut.Edge] != to[rest.Edge] && _fen[cut.Edge] < _fen[rest.Edge] && ticks[rest.Edge] - ticks[cut.Edge] <= CutGapTicks
                    && !_batchOf.ContainsKey(cut.Edge) && !_batchOf.ContainsKey(rest.Edge))
                {
                    AddBatch([cut.Edge, rest.Edge]);
                    _cutReceivers.Add(to[cut.Edge]);
                }
            }
        }
    }

    /// <summary>
    /// Finds payout rounds at an account that pools fixed-share cuts (ADR 191): two or more transfers
    /// out to different accounts, none a cash-out, with no inflow between and within an hour of the
    /// first. The payout card pays the ring's helpers this way, weekly, from cuts of many batches;
    /// which victim's fen pays which helper is the order of the payments, not of the victims, so
    /// the round is read as one batch and every victim in it pays every helper pro rata.
    /// </summary>
    private void FindPayoutRounds(TemporalGraph graph, List<HistoryItem> history, int first)
    {
        var ticks = graph.TicksArray;
        var to = graph.TargetArray;
        var round = new List<int>();
        for (var h = Math.Max(first, 0); h < history.Count; h++)
        {
            var item = history[h];
            var extends = round.Count > 0 && !item.IsIn && !graph.IsCashOut(item.Edge) && !_batchOf.ContainsKey(item.Edge)
                && ticks[item.Edge] - ticks[round[0]] <= CutGapTicks && !round.Exists(e => to[e] == to[item.Edge]);
            if (extends)
            {
                round.Add(item.Edge);
                continue;
            }

            if (round.Count >= 2)
            {
                AddBatch([.. round]);
            }

            round.Clear();
            if (!item.IsIn && !graph.IsCashOut(item.Edge) && !_batchOf.ContainsKey(item.Edge))
            {
                round.Add(item.Edge);
            }
        }

        if (round.Count >= 2)
        {
            AddBatch([.. round]);
        }
    }

    private void AddBatch(int[] edges)
    {
        var starts = new long[edges.Length + 1];
        for (var k = 0; k < edges.Length; k++)
        {
            starts[k + 1] = checked(starts[k] + _fen[edges[k]]);
            _batchOf[edges[k]] = _batches.Count;
        }

        _batches.Add(new Batch(edges, starts));
    }

    /// <summary>
    /// Re-places traced fen that a batch carries (a cut and the rest after it, or a payout round):
    /// the batch read as one transfer, each fen range gives the batch's first transfer its share
    /// pro rata, by cumulative rounding, the rest the remainder, which is split the same way over
    /// the next transfer and the ones after it. Every step is an order-keeping one-to-one map of
    /// fen positions, so lengths are kept exactly and the images stay disjoint and inside each
    /// transfer.
    /// </summary>
    private void SpreadBatches(List<(int Edge, FenRange Range)> into)
    {
        var n = into.Count;
        for (var i = 0; i < n; i++)
        {
            var (edge, range) = into[i];
            if (!_batchOf.TryGetValue(edge, out var index))
            {
                continue;
            }

            var batch = _batches[index];
            var shift = batch.Starts[Array.IndexOf(batch.Edges, edge)];
            var (a, b) = (range.Start + shift, range.End + shift);
            var replaced = false;
            for (var k = 0; k < batch.Edges.Length && a < b; k++)
            {
                // [a, b) counted from the start of transfer k, in the (Starts[^1] - Starts[k]) fen
                // left from there; transfer k takes its share, the rest moves on to k + 1.
                var left = batch.Starts[^1] - batch.Starts[k];
                var share = batch.Starts[k + 1] - batch.Starts[k];
                var (ca, cb) = k == batch.Edges.Length - 1 ? (a, b) : ((long)((Int128)a * share / left), (long)((Int128)b * share / left));
                if (cb > ca)
                {
                    var piece = (batch.Edges[k], new FenRange(ca, cb));
                    if (replaced)
                    {
                        into.Add(piece);
                    }
                    else
                    {
                        into[i] = piece;
                        replaced = true;
                    }
                }

                (a, b) = (a - ca, b - cb);
            }
        }
    }

    /// <summary>Transfers out read as one batch, in order; <paramref name="Starts"/> where each starts in the batch
    /// (one more entry: the batch's total).</summary>
    private sealed record Batch(int[] Edges, long[] Starts);

    private void ReplayFifo(List<HistoryItem> history, int first, long[] fen)
    {
        // Lots are consumed in arrival order, so the queue is the lot list plus a front index.
        var front = 0;
        for (var h = first; h < history.Count; h++)
        {
            var item = history[h];
            var amount = fen[item.Edge];
            if (item.IsIn)
            {
                AddLot(item.Edge, amount);
                continue;
            }

            var start = _segments.Count;
            while (amount > 0 && front < _lotEdge.Count)
            {
                var take = Math.Min(amount, _lotRemaining[front]);
                if (take > 0)
                {
                    Pay(front, item.Edge, take, start);
                    _lotRemaining[front] -= take;
                    amount -= take;
                }

                if (_lotRemaining[front] == 0)
                {
                    front++;
                }
            }

            _outs[item.Edge] = new OutInfo(start, _segments.Count - start, amount);
        }
    }

    /// <summary>
    /// The standing balance after each event from <paramref name="first"/>: the lowest balance the
    /// account holds from then to the end of the history (suffix minimum of the balances, which,
    /// as in the replay, never go below zero), capped at the balance just before
    /// <paramref name="capBefore"/> when that in-edge is in the history. A constant cap keeps the
    /// standing balance non-decreasing, which the replay relies on.
    /// </summary>
    private static long[] StandingBalances(List<HistoryItem> history, int first, long[] fen, long opening, int capBefore)
    {
        var standing = new long[history.Count];
        var balance = opening;
        var cap = long.MaxValue;
        for (var h = first; h < history.Count; h++)
        {
            var item = history[h];
            if (item.IsIn && item.Edge == capBefore)
            {
                cap = balance;
            }

            balance = item.IsIn ? checked(balance + fen[item.Edge]) : Math.Max(0, balance - fen[item.Edge]);
            standing[h] = balance;
        }

        if (history.Count > first)
        {
            standing[^1] = Math.Min(standing[^1], cap);
        }

        for (var h = history.Count - 2; h >= first; h--)
        {
            standing[h] = Math.Min(Math.Min(standing[h], standing[h + 1]), cap);
        }

        return standing;
    }

    private void ReplayStandingFifo(List<HistoryItem> history, int first, long[] fen, long[] standing)
    {
        // The standing money is the oldest money held and never leaves (the standing balance only
        // grows), so it is a prefix of the lots that only grows: lots before `edgeLot` and
        // `edgeFen` fen of lot `edgeLot`. Money above it is paid first in first out; lots in
        // (edgeLot, front) are used up.
        int edgeLot = 0, front = 1;
        long edgeFen = 0, reserved = 0;
        for (var h = first; h < history.Count; h++)
        {
            var item = history[h];
            var amount = fen[item.Edge];
            if (item.IsIn)
            {
                AddLot(item.Edge, amount);
                continue;
            }

            while (reserved < standing[h] && edgeLot < _lotEdge.Count)
            {
                var free = _lotRemaining[edgeLot] - edgeFen;
                if (free > standing[h] - reserved)
                {
                    edgeFen += standing[h] - reserved;
                    reserved = standing[h];
                }
                else
                {
                    reserved += free;
                    edgeLot++;
                    edgeFen = 0;
                }
            }

            front = Math.Max(front, edgeLot + 1);
            var start = _segments.Count;
            if (edgeLot < _lotEdge.Count)
            {
                var take = Math.Min(amount, _lotRemaining[edgeLot] - edgeFen);
                if (take > 0)
                {
                    Pay(edgeLot, item.Edge, take, start);
                    _lotRemaining[edgeLot] -= take;
                    amount -= take;
                }
            }

            while (amount > 0 && front < _lotEdge.Count)
            {
                var take = Math.Min(amount, _lotRemaining[front]);
                if (take > 0)
                {
                    Pay(front, item.Edge, take, start);
                    _lotRemaining[front] -= take;
                    amount -= take;
                }

                if (_lotRemaining[front] == 0)
                {
                    front++;
                }
            }

            _outs[item.Edge] = new OutInfo(start, _segments.Count - start, amount);
        }
    }

    private void ReplayProportional(List<HistoryItem> history, int first, long[] fen, long opening)
    {
        // Live lots in arrival order; each outflow takes from all of them in proportion to what
        // they hold, by cumulative rounding so the parts add up to the outflow exactly.
        var live = new List<int>();
        if (opening > 0)
        {
            live.Add(0);
        }

        var balance = opening;
        for (var h = first; h < history.Count; h++)
        {
            var item = history[h];
            var amount = fen[item.Edge];
            if (item.IsIn)
            {
                live.Add(AddLot(item.Edge, amount));
                balance += amount;
                continue;
            }

            var start = _segments.Count;
            long unobserved = 0;
            if (amount >= balance)
            {
                foreach (var lot in live)
                {
                    Pay(lot, item.Edge, _lotRemaining[lot], start);
                    _lotRemaining[lot] = 0;
                }

                unobserved = amount - balance;
                live.Clear();
                balance = 0;
            }
            else
            {
                Int128 running = 0;
                Int128 previous = 0;
                var kept = 0;
                for (var i = 0; i < live.Count; i++)
                {
                    var lot = live[i];
                    var held = _lotRemaining[lot];
                    running += held;
                    var cumulative = running * amount / balance;
                    var take = (long)(cumulative - previous);
                    previous = cumulative;
                    if (take > 0)
                    {
                        Pay(lot, item.Edge, take, start);
                        _lotRemaining[lot] = held - take;
                    }

                    if (_lotRemaining[lot] > 0)
                    {
                        live[kept++] = lot;
                    }
                }

                live.RemoveRange(kept, live.Count - kept);
                balance -= amount;
            }

            _outs[item.Edge] = new OutInfo(start, _segments.Count - start, unobserved);
        }
    }

    /// <summary>Records that <paramref name="amount"/> of a lot paid part of an outflow whose segments start at <paramref name="outStart"/>.</summary>
    private void Pay(int lot, int outEdge, long amount, int outStart)
    {
        long outOffset = 0;
        if (_segments.Count > outStart)
        {
            var last = _segments[^1];
            outOffset = last.OutOffset + last.Amount;
        }

        _segments.Add(new Segment(lot, outEdge, amount, _lotLeft[lot], outOffset));
        _lotLeft[lot] += amount;
    }

    private int AddLot(int edge, long amount)
    {
        var lot = _lotEdge.Count;
        _lotEdge.Add(edge);
        _lotRemaining.Add(amount);
        _lotLeft.Add(0);
        _lotOfEdge[edge] = lot;
        return lot;
    }

    private void BuildRows()
    {
        if (_rowStart is not null)
        {
            return;
        }

        // Counting sort of segment indices by lot; emission order is kept within a lot, which is
        // the outflows' time order.
        var start = new int[_lotEdge.Count + 1];
        foreach (var s in _segments)
        {
            start[s.Lot + 1]++;
        }

        for (var i = 0; i < _lotEdge.Count; i++)
        {
            start[i + 1] += start[i];
        }

        var cursor = (int[])start.Clone();
        var rows = new int[_segments.Count];
        for (var k = 0; k < _segments.Count; k++)
        {
            rows[cursor[_segments[k].Lot]++] = k;
        }

        _rowStart = start;
        _rowSegments = rows;
    }

    /// <summary>A part of a lot paying a part of an outflow: <paramref name="LotOffset"/> is where it
    /// starts in the lot's leaving order, <paramref name="OutOffset"/> where it starts in the outflow.</summary>
    private readonly record struct Segment(int Lot, int OutEdge, long Amount, long LotOffset, long OutOffset);

    private readonly record struct OutInfo(int Start, int Count, long Unobserved);
}
