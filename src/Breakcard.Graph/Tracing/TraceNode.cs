using Breakcard.Core;
using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Tracing;

/// <summary>
/// One account in a trace. <see cref="Amount"/> = <see cref="Passed"/> + the sum of
/// <see cref="Outcomes"/>, exactly: money reaching the node is either followed on or stops here
/// for a stated reason.
/// </summary>
public sealed class TraceNode
{
    private readonly long[] _outcomes = new long[Enum.GetValues<TraceOutcome>().Length];

    internal TraceNode(int account, string accountId, AccountFlags flags, int layer)
    {
        Account = account;
        AccountId = accountId;
        Flags = flags;
        Layer = layer;
    }

    /// <summary>Dense account id in the graph.</summary>
    public int Account { get; }

    /// <summary>The account id (personal data: mask before printing).</summary>
    public string AccountId { get; }

    /// <summary>Graph flags (cash point, external, …).</summary>
    public AccountFlags Flags { get; }

    /// <summary>Hops from the start on the shortest traced path (0 for the start account).</summary>
    public int Layer { get; internal set; }

    /// <summary>Traced money at this node: received (forward) or provided (backward), plus the start amount at layer 0.</summary>
    public Money Amount { get; internal set; }

    /// <summary>Traced money followed on from this node.</summary>
    public Money Passed { get; internal set; }

    /// <summary>Share of the traced start amount that reached this node (0–1).</summary>
    public double Share { get; internal set; }

    /// <summary>First time traced money reached the node (UTC ticks; the start time at layer 0).</summary>
    public long FirstTicks { get; internal set; } = long.MaxValue;

    /// <summary>Last time traced money reached the node (UTC ticks).</summary>
    public long LastTicks { get; internal set; } = long.MinValue;

    /// <summary>The node's stop reason when the trace did not expand it, otherwise null.</summary>
    public TraceOutcome? StopReason { get; internal set; }

    /// <summary>Money stopping here, by outcome (zero entries omitted).</summary>
    public IReadOnlyDictionary<TraceOutcome, Money> Outcomes
    {
        get
        {
            var d = new SortedDictionary<TraceOutcome, Money>();
            for (var i = 0; i < _outcomes.Length; i++)
            {
                if (_outcomes[i] != 0)
                {
                    d[(TraceOutcome)i] = new Money(_outcomes[i]);
                }
            }

            return d;
        }
    }

    /// <summary>Money stopping here for one outcome.</summary>
    public Money OutcomeAmount(TraceOutcome outcome) => new(_outcomes[(int)outcome]);

    /// <summary>Total money stopping at this node.</summary>
    public Money Retained => new(_outcomes.Sum());

    /// <summary>Event time of <see cref="FirstTicks"/>.</summary>
    public DateTimeOffset FirstTime => new(FirstTicks, TimeSpan.Zero);

    /// <summary>Event time of <see cref="LastTicks"/>.</summary>
    public DateTimeOffset LastTime => new(LastTicks, TimeSpan.Zero);

    internal void AddOutcome(TraceOutcome outcome, long fen) => _outcomes[(int)outcome] = checked(_outcomes[(int)outcome] + fen);

    internal void Touch(long ticks)
    {
        FirstTicks = Math.Min(FirstTicks, ticks);
        LastTicks = Math.Max(LastTicks, ticks);
    }
}
