using Breakcard.Core.Truth;
using Breakcard.Simulation.Events;

namespace Breakcard.Simulation.Crime;

/// <summary>
/// Where each victim's money is, first in first out. Every account a ring controls holds a queue
/// of parcels (source payment, fen); moving money takes parcels off the front and puts them on
/// the receiver's queue, so the truth can say exactly which cash-out, commission or payout each
/// fen of each victim payment ended in. Money is conserved by construction: parcels are only
/// split, never created or lost.
/// </summary>
internal sealed class ParcelLedger
{
    private readonly Dictionary<int, Queue<Parcel>> _queues = [];
    private readonly List<(EventLabel Source, long Fen)> _taken = [];

    /// <summary>Victim money currently held in <paramref name="account"/>, in fen.</summary>
    public long Balance(int account) => _queues.TryGetValue(account, out var q) ? q.Sum(p => p.Fen) : 0;

    /// <summary>Records a victim payment of <paramref name="fen"/> arriving in <paramref name="account"/>.</summary>
    public void Receive(int account, EventLabel source, long fen) => Queue(account).Enqueue(new Parcel(source, fen));

    /// <summary>Moves <paramref name="fen"/> from one account to another, oldest parcels first.</summary>
    public void Move(int from, int to, long fen)
    {
        foreach (var (source, part) in Take(from, fen))
        {
            Queue(to).Enqueue(new Parcel(source, part));
        }
    }

    /// <summary>Removes <paramref name="fen"/> from <paramref name="account"/> because it left the chain (cash-out,
    /// commission, payout), adding the truth rows to <paramref name="flows"/>.</summary>
    public void End(int account, long fen, string end, EventLabel? endEvent, int endAccount, List<FundFlowRow> flows)
    {
        foreach (var (source, part) in Take(account, fen))
        {
            flows.Add(new FundFlowRow(source, end, endEvent, endAccount, part));
        }
    }

    /// <summary>Everything still held when the period ends, as <see cref="TruthSchema.FlowEnds.Held"/> rows.</summary>
    public void Close(List<FundFlowRow> flows)
    {
        foreach (var account in _queues.Keys.Order())
        {
            foreach (var parcel in _queues[account])
            {
                flows.Add(new FundFlowRow(parcel.Source, TruthSchema.FlowEnds.Held, null, account, parcel.Fen));
            }
        }

        _queues.Clear();
    }

    private List<(EventLabel Source, long Fen)> Take(int account, long fen)
    {
        _taken.Clear();
        var queue = Queue(account);
        while (fen > 0)
        {
            if (!queue.TryPeek(out var head))
            {
                throw new InvalidOperationException($"Account {account} holds less victim money than it sends.");
            }

            var part = Math.Min(fen, head.Fen);
            _taken.Add((head.Source, part));
            fen -= part;
            if (part == head.Fen)
            {
                queue.Dequeue();
            }
            else
            {
                head.Fen -= part;
            }
        }

        return _taken;
    }

    private Queue<Parcel> Queue(int account)
    {
        if (!_queues.TryGetValue(account, out var queue))
        {
            _queues[account] = queue = new Queue<Parcel>();
        }

        return queue;
    }

    private sealed class Parcel(EventLabel source, long fen)
    {
        public EventLabel Source { get; } = source;

        public long Fen { get; set; } = fen;
    }
}
