using Breakcard.Graph.Temporal;

namespace Breakcard.Graph.Tracing;

/// <summary>
/// The default stop rule, in order: cash pseudo-accounts (<see cref="TraceOutcome.Cash"/>);
/// external accounts; accounts the caller marked normal; confirmed mules are always followed;
/// hubs by degree; and normal business detected from the graph — many distinct counterparties
/// (a shop's customers, an employer's staff) while at least half of the money received stays a
/// day or more. Pass-through accounts with many counterparties (跑分 settlement cards) are followed.
/// </summary>
public sealed class BehaviourStopRule(StopRuleOptions? options = null) : IStopRule
{
    /// <summary>The thresholds.</summary>
    public StopRuleOptions Options { get; } = options ?? new StopRuleOptions();

    /// <inheritdoc />
    public TraceOutcome? StopAt(TemporalGraph graph, int account)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var flags = graph.FlagsOf(account);
        if ((flags & AccountFlags.Cash) != 0)
        {
            return TraceOutcome.Cash;
        }

        if ((flags & AccountFlags.External) != 0)
        {
            return TraceOutcome.External;
        }

        if ((flags & AccountFlags.KnownNormal) != 0)
        {
            return TraceOutcome.NormalBehaviour;
        }

        if ((flags & AccountFlags.ConfirmedMule) != 0)
        {
            return null;
        }

        var degree = graph.InDegree(account) + graph.OutDegree(account);
        if (degree > Options.HubDegree)
        {
            return TraceOutcome.Hub;
        }

        if (degree < Options.NormalMinCounterparties)
        {
            return null;
        }

        var behaviour = AccountBehaviour.Measure(graph, account, Options.NormalMinCounterparties);
        if (Math.Max(behaviour.InCounterparties, behaviour.OutCounterparties) >= Options.NormalMinCounterparties
            && behaviour.Flow.FastShare < Options.NormalMaxFastShare)
        {
            return TraceOutcome.NormalBehaviour;
        }

        return null;
    }
}
