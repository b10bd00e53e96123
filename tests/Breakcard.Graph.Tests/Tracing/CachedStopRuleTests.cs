using Breakcard.Graph.Temporal;
using Breakcard.Graph.Tracing;

namespace Breakcard.Graph.Tests.Tracing;

public sealed class CachedStopRuleTests
{
    private sealed class CountingRule : IStopRule
    {
        public int Calls { get; private set; }

        public TraceOutcome? StopAt(TemporalGraph graph, int account)
        {
            Calls++;
            return account == 1 ? TraceOutcome.Hub : null;
        }
    }

    [Fact]
    public void StopAt_SameAccountTwice_InnerAskedOncePerGraph()
    {
        var (builder, g1) = GraphText.Build("10:00 A -> B 1", "11:00 B -> C 1");
        var inner = new CountingRule();
        var cached = new CachedStopRule(inner);
        Assert.Equal(TraceOutcome.Hub, cached.StopAt(g1, 1));
        Assert.Equal(TraceOutcome.Hub, cached.StopAt(g1, 1));
        Assert.Null(cached.StopAt(g1, 2));
        Assert.Null(cached.StopAt(g1, 2));
        Assert.Equal(2, inner.Calls);

        // Another snapshot is another graph: decisions are not shared.
        builder.Add(GraphText.Parse("12:00 C -> D 1"));
        Assert.Equal(TraceOutcome.Hub, cached.StopAt(builder.Snapshot(), 1));
        Assert.Equal(3, inner.Calls);
    }

    [Fact]
    public void Trace_WithCachedRule_SameResultAsUncached()
    {
        var (_, g) = GraphText.Build("08:00 X -> A 1000", "10:00 V -> A 10000", "11:00 A -> B 6000", "13:00 B -> CASH:ATM1 5000 atm_cash");
        var plain = new FundTracer(g).Trace(TraceStart.FromTransaction(1));
        var cached = new FundTracer(g, new CachedStopRule(new BehaviourStopRule())).Trace(TraceStart.FromTransaction(1));
        Assert.Equal(plain.Edges, cached.Edges);
    }
}
