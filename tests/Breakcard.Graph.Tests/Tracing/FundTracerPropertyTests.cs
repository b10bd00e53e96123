using System.Text.Json;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Tracing;
using CsCheck;

namespace Breakcard.Graph.Tests.Tracing;

/// <summary>Invariants every trace must keep, on random graphs, both directions and both rules.</summary>
public sealed class FundTracerPropertyTests
{
    private const long Iterations = 2_000;

    [Fact]
    public void Trace_AnyGraph_MoneyIsConserved()
    {
        RandomGraphs.Cases.Sample(c =>
        {
            var r = new FundTracer(c.Graph).Trace(TraceStart.FromTransaction(c.Seed), c.Options);

            // Every fen ends in exactly one outcome somewhere: leaves + retained == start amount.
            Assert.Equal(r.TotalAmount.Fen, r.Nodes.Sum(n => n.Retained.Fen));
            foreach (var n in r.Nodes)
            {
                Assert.Equal(n.Amount.Fen, n.Passed.Fen + n.Retained.Fen);
                Assert.True(n.Passed <= n.Amount);
                Assert.All(n.Outcomes.Values, v => Assert.True(v.Fen > 0));
            }

            // What a node passed on is exactly the traced part of the transfers leaving it.
            foreach (var n in r.Nodes)
            {
                var outgoing = r.Edges.Where(e => Near(r, e) == n.Account).Sum(e => e.Traced.Fen);
                Assert.Equal(n.Passed.Fen, outgoing);
                var incoming = r.Edges.Where(e => Far(r, e) == n.Account).Sum(e => e.Traced.Fen);
                Assert.Equal(n.Amount.Fen, incoming + (n == r.Origin ? r.TotalAmount.Fen : 0));
            }

            // The traced part of a transfer never exceeds the transfer.
            Assert.All(r.Edges, e => Assert.InRange(e.Traced.Fen, 1, e.Amount.Fen));
        }, iter: Iterations, print: c => c.ToString());
    }

    [Fact]
    public void Trace_AnyGraph_TimeNeverRunsBackwards()
    {
        RandomGraphs.Cases.Sample(c =>
        {
            var r = new FundTracer(c.Graph).Trace(TraceStart.FromTransaction(c.Seed), c.Options);
            var forward = r.Direction == TraceDirection.Forward;
            var ticks = Enumerable.Range(0, c.Graph.EdgeCount).Select(c.Graph.TicksOf).ToArray();
            foreach (var e in r.Edges)
            {
                if (r.SeedEdges.Contains(e.Edge))
                {
                    continue;
                }

                // Forward: money leaves a node only after traced money arrived there by an
                // earlier transfer. Backward: money is explained only by earlier transfers into
                // the node whose later transfer was being explained.
                Assert.Contains(r.Edges, prior => Far(r, prior) == Near(r, e)
                    && (forward ? EdgeOrder.Precedes(ticks, prior.Edge, e.Edge) : EdgeOrder.Precedes(ticks, e.Edge, prior.Edge)));
            }

            // Within the time span of the start.
            var seedTicks = c.Graph.TicksOf(c.Seed);
            Assert.All(r.Edges, e => Assert.InRange(
                e.Ticks,
                forward ? seedTicks : seedTicks - c.Options.MaxSpan.Ticks,
                forward ? seedTicks + c.Options.MaxSpan.Ticks : seedTicks));
            Assert.All(r.Edges, e => Assert.InRange(e.Layer, 1, c.Options.MaxHops));
        }, iter: Iterations, print: c => c.ToString());
    }

    [Fact]
    public void Trace_SameRequestTwice_SameResult()
    {
        RandomGraphs.Cases.Sample(c =>
        {
            var tracer = new FundTracer(c.Graph);
            var first = Fingerprint(tracer.Trace(TraceStart.FromTransaction(c.Seed), c.Options));
            var second = Fingerprint(new FundTracer(c.Graph).Trace(TraceStart.FromTransaction(c.Seed), c.Options));
            Assert.Equal(first, second);
        }, iter: 300, print: c => c.ToString());
    }

    [Fact]
    public void Trace_FifoForwardFullSpan_CashPlusHeldIsEverything()
    {
        // With no hop, time or amount limit and no stop other than cash, money either left as
        // cash, stayed in an account, or came back to the start.
        RandomGraphs.Cases.Sample(c =>
        {
            var options = c.Options with
            {
                Direction = TraceDirection.Forward,
                MaxHops = 64,
                MaxSpan = TimeSpan.FromDays(365),
                MinAmount = default,
            };
            var r = new FundTracer(c.Graph).Trace(TraceStart.FromTransaction(c.Seed), options);
            var accounted = r.AmountBy(TraceOutcome.Cash).Fen + r.AmountBy(TraceOutcome.Held).Fen
                + r.AmountBy(TraceOutcome.ReturnedToStart).Fen;
            Assert.Equal(r.TotalAmount.Fen, accounted);
        }, iter: 500, print: c => c.ToString());
    }

    [Fact]
    public void Trace_SnapshotWithPendingEdges_SameAsCompactedGraph()
    {
        // The same events, compacted once versus half compacted and half in the pending index.
        RandomGraphs.Cases.Sample(c =>
        {
            var g = c.Graph;
            var streamed = new TemporalGraphBuilder();
            for (var a = 0; a < g.AccountCount; a++)
            {
                streamed.Accounts.Intern(g.Accounts.NameOf(a));
            }

            for (var e = 0; e < g.EdgeCount; e++)
            {
                streamed.Add(g.SourceOf(e), g.TargetOf(e), g.TicksOf(e), g.FenOf(e), g.ChannelOf(e));
                if (e == g.EdgeCount / 2)
                {
                    _ = streamed.Build();
                }
            }

            var snapshot = streamed.Snapshot();
            Assert.True(g.EdgeCount < 4 || snapshot.PendingEdgeCount > 0);
            Assert.Equal(
                Fingerprint(new FundTracer(g).Trace(TraceStart.FromTransaction(c.Seed), c.Options)),
                Fingerprint(new FundTracer(snapshot).Trace(TraceStart.FromTransaction(c.Seed), c.Options)));
        }, iter: 300, print: c => c.ToString());
    }

    private static int Near(TraceResult r, TraceEdge e) => r.Direction == TraceDirection.Forward ? e.Source : e.Target;

    private static int Far(TraceResult r, TraceEdge e) => r.Direction == TraceDirection.Forward ? e.Target : e.Source;

    private static string Fingerprint(TraceResult r) => JsonSerializer.Serialize(new
    {
        Nodes = r.Nodes.Select(n => new { n.Account, n.Layer, Amount = n.Amount.Fen, Passed = n.Passed.Fen, Outcomes = n.Outcomes.ToDictionary(o => o.Key.ToString(), o => o.Value.Fen) }),
        Edges = r.Edges.Select(e => new { e.Edge, Traced = e.Traced.Fen, e.Layer }),
    });
}
