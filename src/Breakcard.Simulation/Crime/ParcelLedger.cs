using System.Diagnostics.CodeAnalysis;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;

namespace Breakcard.Simulation.Crime;

/// <summary>
/// Where each victim's money is, first in first out in event time. Every account a ring controls
/// holds its parcels (source payment, fen, arrival time) in order of arrival; moving money at a
/// time takes the parcels that had arrived by then, oldest first, and puts them on the receiver's
/// queue arriving at that time, so the truth can say exactly which cash-out, commission or payout
/// each fen of each victim payment ended in. Money is conserved by construction: parcels are only
/// split, never created or lost.
/// </summary>
/// <remarks>
/// Implementation note: the simulator runs an action (a hub's scatter, a centre's cut and batch)
/// at one instant but emits its transfers seconds or minutes apart, so parcels are booked in the
/// order actions run, not in event time: a parcel can be booked for a transfer later than one
/// booked after it. Before ADR 253 the ledger was a plain queue in booking order, and a
/// withdrawal could carry victim money that arrived after it (seed 7: 12 withdrawals, ¥31,599).
/// Keeping each queue sorted by (arrival, booking order) and taking only parcels that had arrived
/// makes the truth what a replay of the transactions in event order (time, then file order) over
/// victim money only gives. Ties in time keep booking order, which is the files' order within a
/// second (the day is sorted stably by second, in the order events were emitted).
/// </remarks>
internal sealed class ParcelLedger
{
    private readonly Dictionary<int, ParcelQueue> _queues = [];
    private readonly List<(EventLabel Source, long Fen)> _taken = [];

    /// <summary>Victim money in <paramref name="account"/> that had arrived by <paramref name="time"/>, in fen.</summary>
    public long Balance(int account, long time) => _queues.TryGetValue(account, out var q) ? q.ArrivedBy(time) : 0;

    /// <summary>Records a victim payment of <paramref name="fen"/> arriving in <paramref name="account"/> at <paramref name="time"/>.</summary>
    public void Receive(int account, EventLabel source, long fen, long time) => Queue(account).Add(new Parcel(source, fen, time));

    /// <summary>
    /// A transfer of <paramref name="fen"/> at <paramref name="time"/>: carries the victim money that had arrived in
    /// <paramref name="from"/> by then, oldest first, to <paramref name="to"/>, where it arrives at <paramref name="time"/>.
    /// Returns the victim fen carried; the rest of a larger transfer is the account's other money.
    /// </summary>
    public long Move(int from, int to, long fen, long time)
    {
        var carried = 0L;
        foreach (var (source, part) in Take(from, fen, time))
        {
            Queue(to).Add(new Parcel(source, part, time));
            carried += part;
        }

        return carried;
    }

    /// <summary>Removes up to <paramref name="fen"/> of the victim money that had arrived in <paramref name="account"/> by
    /// <paramref name="time"/> because it left the chain (cash-out, commission, payout), adding the truth rows to
    /// <paramref name="flows"/>. Returns the victim fen ended.</summary>
    public long End(int account, long fen, long time, string end, EventLabel? endEvent, int endAccount, List<FundFlowRow> flows)
    {
        var ended = 0L;
        foreach (var (source, part) in Take(account, fen, time))
        {
            flows.Add(new FundFlowRow(source, end, endEvent, endAccount, part));
            ended += part;
        }

        return ended;
    }

    /// <summary>Everything still held when the period ends, as <see cref="TruthSchema.FlowEnds.Held"/> rows.</summary>
    public void Close(List<FundFlowRow> flows)
    {
        foreach (var account in _queues.Keys.Order())
        {
            foreach (var parcel in _queues[account].Held)
            {
                flows.Add(new FundFlowRow(parcel.Source, TruthSchema.FlowEnds.Held, null, account, parcel.Fen));
            }
        }

        _queues.Clear();
    }

    private List<(EventLabel Source, long Fen)> Take(int account, long fen, long time)
    {
        _taken.Clear();
        if (!_queues.TryGetValue(account, out var queue))
        {
            return _taken;
        }

        while (fen > 0 && queue.TryPeekArrived(time, out var head))
        {
            var part = Math.Min(fen, head.Fen);
            _taken.Add((head.Source, part));
            fen -= part;
            if (part == head.Fen)
            {
                queue.RemoveHead();
            }
            else
            {
                head.Fen -= part;
            }
        }

        return _taken;
    }

    private ParcelQueue Queue(int account)
    {
        if (!_queues.TryGetValue(account, out var queue))
        {
            _queues[account] = queue = new ParcelQueue();
        }

        return queue;
    }

    private sealed class Parcel(EventLabel source, long fen, long arrival)
    {
        public EventLabel Source { get; } = source;

        public long Fen { get; set; } = fen;

        public long Arrival { get; } = arrival;
    }

    /// <summary>An account's parcels sorted by (arrival, booking order); taken from the front.</summary>
    private sealed class ParcelQueue
    {
        private readonly List<Parcel> _items = [];
        private int _head;

        public IEnumerable<Parcel> Held => _items.Skip(_head);

        /// <summary>Inserts after every parcel arriving at the same time or earlier. Parcels are booked almost in
        /// arrival order, so the scan from the back is short.</summary>
        public void Add(Parcel parcel)
        {
            var i = _items.Count;
            while (i > _head && _items[i - 1].Arrival > parcel.Arrival)
            {
                i--;
            }

            _items.Insert(i, parcel);
        }

        public long ArrivedBy(long time)
        {
            var sum = 0L;
            for (var i = _head; i < _items.Count && _items[i].Arrival <= time; i++)
            {
                sum += _items[i].Fen;
            }

            return sum;
        }

        public bool TryPeekArrived(long time, [MaybeNullWhen(false)] out Parcel head)
        {
            if (_head < _items.Count && _items[_head].Arrival <= time)
            {
                head = _items[_head];
                return true;
            }

            head = null;
            return false;
        }

        public void RemoveHead()
        {
            _head++;
            if (_head == _items.Count)
            {
                _items.Clear();
                _head = 0;
            }
            else if (_head >= 64 && _head * 2 >= _items.Count)
            {
                _items.RemoveRange(0, _head);
                _head = 0;
            }
        }
    }
}
