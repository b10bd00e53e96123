using Breakcard.Graph.Temporal;
using Breakcard.Graph.Tracing.Internal;

namespace Breakcard.Graph.Tracing;

/// <summary>
/// Traces money through a <see cref="TemporalGraph"/>, forward (where did it go) or backward
/// (where did it come from), honouring time and amounts under FIFO or proportional apportioning
/// (docs/tracing.md). Each account's history is replayed once per trace into a ledger that says
/// which inflow paid for which outflow; traced money is then pushed through those ledgers in event
/// order, so the traced part of a transfer never exceeds the transfer, money never moves back in
/// time, and every fen ends in a stated <see cref="TraceOutcome"/>. Deterministic. Thread safe:
/// concurrent traces share only the immutable graph and the stop rule.
/// </summary>
public sealed class FundTracer(TemporalGraph graph, IStopRule? stopRule = null)
{
    /// <summary>The graph traced.</summary>
    public TemporalGraph Graph { get; } = graph ?? throw new ArgumentNullException(nameof(graph));

    /// <summary>Where traces stop expanding.</summary>
    public IStopRule StopRule { get; } = stopRule ?? new BehaviourStopRule();

    /// <summary>Runs one trace.</summary>
    /// <exception cref="ArgumentOutOfRangeException">An option is invalid, or the start names an edge or account not in the graph.</exception>
    /// <exception cref="ArgumentException">The start has no transfers to follow.</exception>
    public TraceResult Trace(TraceStart start, TraceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(start);
        options ??= new TraceOptions();
        options.Validate();
        var seeds = start.SeedEdges(Graph, options.Direction);
        if (seeds.Count == 0)
        {
            throw new ArgumentException(options.Direction == TraceDirection.Forward
                ? "The account made no transfers in the period, so there is nothing to trace forward."
                : "The account received no transfers in the period, so there is nothing to trace backward.", nameof(start));
        }

        return new TraceRun(Graph, StopRule, options, start.OriginAccount(Graph, options.Direction), seeds).Execute();
    }

    /// <summary>Traced money waiting to be followed along one transfer.</summary>
    private sealed class Pending
    {
        public long Fen { get; set; }

        public int Layer { get; set; }

        /// <summary>Where the traced fen sit in the transfer (first-in-first-out rules); null under proportional apportioning.</summary>
        public List<FenRange>? Ranges { get; init; }
    }

    /// <summary>The state of one trace.</summary>
    private sealed class TraceRun
    {
        private readonly TemporalGraph _g;
        private readonly IStopRule _stopRule;
        private readonly TraceOptions _options;
        private readonly bool _forward;
        private readonly int _originAccount;
        private readonly IReadOnlyList<int> _seeds;
        private readonly HashSet<int> _seedSet;
        private readonly long[] _ticks;
        private readonly long[] _fen;
        private readonly int[] _from;
        private readonly int[] _to;
        private readonly long _windowStart;
        private readonly long _windowEnd;
        private readonly long _replayEnd;
        private readonly long _openingBefore;
        private readonly Dictionary<int, TraceNode> _nodes = [];
        private readonly HashSet<int> _expanded = [];
        private readonly Dictionary<int, TraceOutcome?> _stops = [];
        private readonly Dictionary<int, Ledger> _ledgers = [];

        // Accounts the replayed ledgers pay fixed-share cuts to: the ring's payout card (ADR 191).
        private readonly HashSet<int> _cutReceivers = [];
        private readonly Dictionary<int, Pending> _pending = [];
        private readonly bool _positional;
        private readonly List<(int Edge, FenRange Range)> _mapped = [];
        private readonly PriorityQueue<int, int> _queue;
        private readonly List<TraceEdge> _edges = [];
        private readonly List<HistoryItem> _history = [];
        private readonly List<(int Edge, long Amount)> _parts = [];
        private long[] _weights = new long[16];
        private long[] _split = new long[16];

        public TraceRun(TemporalGraph g, IStopRule stopRule, TraceOptions options, int originAccount, IReadOnlyList<int> seeds)
        {
            _g = g;
            _stopRule = stopRule;
            _options = options;
            _forward = options.Direction == TraceDirection.Forward;
            _positional = options.Rule != ApportioningRule.Proportional;
            _originAccount = originAccount;
            _seeds = seeds;
            _seedSet = [.. seeds];
            _ticks = g.TicksArray;
            _fen = g.FenArray;
            _from = g.SourceArray;
            _to = g.TargetArray;
            long minSeed = long.MaxValue, maxSeed = long.MinValue;
            foreach (var s in seeds)
            {
                minSeed = Math.Min(minSeed, _ticks[s]);
                maxSeed = Math.Max(maxSeed, _ticks[s]);
            }

            var span = options.MaxSpan.Ticks;
            _windowEnd = maxSeed > long.MaxValue - span ? long.MaxValue : maxSeed + span;
            _windowStart = minSeed < long.MinValue + span ? long.MinValue : minSeed - span;

            // Forward, ledgers see history up to the end of the span; backward, up to the latest
            // start transfer (later events cannot explain earlier money).
            _replayEnd = _forward ? _windowEnd : maxSeed;

            // History before the window only matters as a balance: it is folded into one opening
            // lot (forward, before the earliest start; backward, before the span).
            _openingBefore = _forward ? minSeed : _windowStart;
            var ticks = _ticks;
            _queue = _forward
                ? new PriorityQueue<int, int>(Comparer<int>.Create((a, b) => EdgeOrder.Compare(ticks, a, b)))
                : new PriorityQueue<int, int>(Comparer<int>.Create((a, b) => EdgeOrder.Compare(ticks, b, a)));
        }

        public TraceResult Execute()
        {
            var origin = NodeOf(_originAccount, 0);
            long total = 0;
            foreach (var s in _seeds)
            {
                total = checked(total + _fen[s]);
                origin.Touch(_ticks[s]);
                AddPending(s, _fen[s], 1, new FenRange(0, _fen[s]));
            }

            origin.Amount = new(total);
            while (_queue.TryDequeue(out var edge, out _))
            {
                var pending = _pending[edge];
                _pending.Remove(edge);
                Follow(edge, pending);
            }

            return Finish(origin, total);
        }

        private void Follow(int edge, Pending pending)
        {
            var amount = pending.Fen;
            var layer = pending.Layer;
            var near = _nodes[_forward ? _from[edge] : _to[edge]];
            if (amount < _options.MinAmount.Fen && !_seedSet.Contains(edge))
            {
                near.AddOutcome(TraceOutcome.BelowMinimum, amount);
                return;
            }

            near.Passed += new Breakcard.Core.Money(amount);
            _edges.Add(new TraceEdge(edge, _from[edge], _to[edge], _ticks[edge], new(_fen[edge]), new(amount), layer, _g.ChannelOf(edge)));

            var farAccount = _forward ? _to[edge] : _from[edge];
            var far = NodeOf(farAccount, layer);
            far.Layer = Math.Min(far.Layer, layer);
            if (_options.HopCounting == HopCounting.Layer)
            {
                layer = far.Layer;
            }

            far.Amount += new Breakcard.Core.Money(amount);
            far.Touch(_ticks[edge]);

            var stop = StopAt(edge, farAccount);
            if (stop is { } reason)
            {
                far.AddOutcome(reason, amount);
                far.StopReason = reason;
                return;
            }

            if (layer >= _options.MaxHops)
            {
                far.AddOutcome(TraceOutcome.HopLimit, amount);
                return;
            }

            _expanded.Add(farAccount);
            var ledger = LedgerOf(farAccount, edge);
            if (_positional)
            {
                FenRange.Normalize(pending.Ranges!);
                FollowPositions(edge, far, ledger, pending.Ranges!, layer);
            }
            else if (_forward)
            {
                ledger.TryRow(edge, _parts, out var closing);
                var split = Split(amount, closing);
                for (var j = 0; j < _parts.Count; j++)
                {
                    AddPending(_parts[j].Edge, split[j], layer + 1);
                }

                far.AddOutcome(_windowEnd >= _g.EndTicks ? TraceOutcome.Held : TraceOutcome.TimeLimit, split[_parts.Count]);
            }
            else
            {
                ledger.TryColumn(edge, _parts, out var unobserved);
                var split = Split(amount, unobserved);
                for (var j = 0; j < _parts.Count; j++)
                {
                    FollowBack(far, _parts[j].Edge, split[j], layer, null);
                }

                far.AddOutcome(TraceOutcome.Unobserved, split[_parts.Count]);
            }
        }

        /// <summary>First in, first out: the traced fen keep their positions from transfer to transfer.</summary>
        private void FollowPositions(int edge, TraceNode far, Ledger ledger, List<FenRange> ranges, int layer)
        {
            if (_forward)
            {
                ledger.TryMapRow(edge, ranges, _mapped, out var stays);
                foreach (var (outEdge, range) in _mapped)
                {
                    AddPending(outEdge, range.Length, layer + 1, range);
                }

                far.AddOutcome(_windowEnd >= _g.EndTicks ? TraceOutcome.Held : TraceOutcome.TimeLimit, stays);
            }
            else
            {
                ledger.TryMapColumn(edge, ranges, _mapped, out var unobserved);
                foreach (var (inEdge, range) in _mapped)
                {
                    FollowBack(far, inEdge, range.Length, layer, range);
                }

                far.AddOutcome(TraceOutcome.Unobserved, unobserved);
            }
        }

        /// <summary>Backward: follows the part paid from one lot, unless the lot is from before the span.</summary>
        private void FollowBack(TraceNode far, int inEdge, long fen, int layer, FenRange? range)
        {
            if (inEdge == Ledger.OpeningLot || _ticks[inEdge] < _windowStart)
            {
                far.AddOutcome(TraceOutcome.TimeLimit, fen);
            }
            else
            {
                AddPending(inEdge, fen, layer + 1, range);
            }
        }

        /// <summary>Splits <paramref name="amount"/> over the ledger parts plus one remainder weight.</summary>
        private ReadOnlySpan<long> Split(long amount, long remainder)
        {
            var n = _parts.Count + 1;
            if (_weights.Length < n)
            {
                _weights = new long[n * 2];
                _split = new long[n * 2];
            }

            for (var j = 0; j < _parts.Count; j++)
            {
                _weights[j] = _parts[j].Amount;
            }

            _weights[n - 1] = remainder;
            Apportion.Split(amount, _weights.AsSpan(0, n), _split.AsSpan(0, n));
            return _split.AsSpan(0, n);
        }

        private void AddPending(int edge, long amount, int layer, FenRange? range = null)
        {
            if (amount <= 0)
            {
                return;
            }

            if (!_pending.TryGetValue(edge, out var p))
            {
                p = new Pending { Layer = layer, Ranges = _positional ? [] : null };
                _pending[edge] = p;
                _queue.Enqueue(edge, edge);
            }

            p.Fen = checked(p.Fen + amount);
            p.Layer = Math.Min(p.Layer, layer);
            if (range is { } r)
            {
                p.Ranges?.Add(r);
            }
        }

        private TraceOutcome? StopAt(int edge, int account)
        {
            if (account == _originAccount)
            {
                return TraceOutcome.ReturnedToStart;
            }

            if (_forward && _g.IsCashOut(edge))
            {
                return TraceOutcome.Cash;
            }

            if (!_stops.TryGetValue(account, out var stop))
            {
                stop = _stopRule.StopAt(_g, account);
                _stops[account] = stop;
            }

            return stop;
        }

        /// <summary>The account's ledger, replayed when <paramref name="edge"/> first brings traced money to it.</summary>
        private Ledger LedgerOf(int account, int edge)
        {
            if (!_ledgers.TryGetValue(account, out var ledger))
            {
                // Forward, traced money reaches an account first by its earliest traced inflow
                // (transfers are followed in event order): only what the account held before that
                // can stand ahead of the traced money. Backward there is no such inflow.
                NodeHistory.Collect(_g, account, _replayEnd, _history);
                ledger = Ledger.Replay(_g, account, _history, _options.Rule, _openingBefore, _forward ? edge : -1, _cutReceivers.Contains(account));
                _ledgers[account] = ledger;
                _cutReceivers.UnionWith(ledger.CutReceivers);
            }

            return ledger;
        }

        private TraceNode NodeOf(int account, int layer)
        {
            if (!_nodes.TryGetValue(account, out var node))
            {
                node = new TraceNode(account, _g.Accounts.NameOf(account), _g.FlagsOf(account), layer);
                _nodes[account] = node;
            }

            return node;
        }

        private TraceResult Finish(TraceNode origin, long total)
        {
            foreach (var node in _nodes.Values)
            {
                node.Share = total == 0 ? 0 : (double)node.Amount.Fen / total;
                if (node.StopReason is null && node != origin && !_expanded.Contains(node.Account)
                    && node.OutcomeAmount(TraceOutcome.HopLimit).Fen > 0)
                {
                    node.StopReason = TraceOutcome.HopLimit;
                }
            }

            var nodes = _nodes.Values.OrderBy(n => n.Layer).ThenBy(n => n.FirstTicks).ThenBy(n => n.Account).ToArray();
            var ticks = _ticks;
            _edges.Sort((a, b) => EdgeOrder.Compare(ticks, a.Edge, b.Edge));
            return new TraceResult(_options, _seeds, new(total), origin, nodes, _edges.ToArray());
        }
    }
}
