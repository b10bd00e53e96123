using System.Text;
using System.Text.Json;
using Breakcard.Core.Events;
using Breakcard.Graph.Temporal;
using Breakcard.Graph.Tracing;
using CsCheck;

namespace Breakcard.Graph.Tests.Temporal;

/// <summary>
/// A graph built incrementally — snapshots at arbitrary points, compactions forced often by a tiny
/// compaction threshold, events arriving in or out of time order — answers every query exactly as
/// the graph built in bulk from the same events (ADR 0194). Earlier snapshots answer as the bulk
/// graph of their own prefix, however much was added after them.
/// </summary>
public sealed class IncrementalBuildPropertyTests
{
    private const int Accounts = 9;

    // Edges: from, to, minute, amount, channel pick; a snapshot after the edge when snap is 0.
    private static readonly Gen<(int From, int To, int Minute, long Fen, int Channel, int Snap)> EdgeGen =
        Gen.Select(Gen.Int[0, Accounts - 1], Gen.Int[0, Accounts - 1], Gen.Int[0, 400], Gen.Long[1, 100_000], Gen.Int[0, 9], Gen.Int[0, 3],
            (f, t, m, a, c, s) => (f, t, m, a, c, s));

    /// <summary>Edge lists in time order with occasional late arrivals (the usual stream) or in any order.</summary>
    private static readonly Gen<(int From, int To, int Minute, long Fen, int Channel, int Snap)[]> Streams =
        Gen.Select(EdgeGen.Array[1, 120], Gen.Int[0, 2], (edges, order) =>
        {
            if (order == 0)
            {
                return edges;
            }

            // Mostly sorted by time, every seventh edge left where it was drawn (late or early).
            var sorted = edges.OrderBy(e => e.Minute).ToArray();
            if (order == 1)
            {
                for (var i = 0; i < edges.Length; i += 7)
                {
                    sorted[i] = edges[i];
                }
            }

            return sorted;
        });

    [Fact]
    public void Snapshots_AnyArrivalOrderAndCompactionPoints_AnswerEveryQueryAsBulkBuild()
    {
        Gen.Select(Streams, Gen.Int[1, 9]).Sample((edges, minimumPending) =>
        {
            var (streamed, snapshots) = Stream(edges, minimumPending);
            foreach (var s in snapshots)
            {
                AssertSameAnswers(Bulk(edges.AsSpan(0, s.EdgeCount)), s);
            }

            // Build() after streaming compacts everything and still answers the same.
            AssertSameAnswers(Bulk(edges), streamed.Build());
        }, iter: 400);
    }

    [Fact]
    public void Snapshots_AnyArrivalOrderAndCompactionPoints_RunsOrderedByTimeThenId()
    {
        // Against a plain sort rather than the bulk build, which shares the compaction code
        // (ADR 0250: edges in time order are appended in arrival order, late ones sorted).
        Gen.Select(Streams, Gen.Int[1, 9]).Sample((edges, minimumPending) =>
        {
            var (streamed, snapshots) = Stream(edges, minimumPending);
            snapshots.Add(streamed.Build());
            foreach (var s in snapshots)
            {
                for (var a = 0; a < Accounts; a++)
                {
                    var ordered = Enumerable.Range(0, s.EdgeCount).OrderBy(e => edges[e].Minute).ThenBy(e => e).ToArray();
                    Assert.Equal(ordered.Where(e => edges[e].From == a), Ids(s.OutEdges(a)));
                    Assert.Equal(ordered.Where(e => edges[e].To == a), Ids(s.InEdges(a)));
                }
            }
        }, iter: 400);
    }

    [Fact]
    public void Snapshots_AnyArrivalOrder_TracesSameAsBulkBuild()
    {
        var options = Gen.Select(Gen.Bool, Gen.Int[1, 3], Gen.Int[1, 6], Gen.Int[10, 400], Gen.Long[0, 5000],
            (forward, rule, hops, spanMinutes, minFen) => new TraceOptions
            {
                Direction = forward ? TraceDirection.Forward : TraceDirection.Backward,
                Rule = (ApportioningRule)rule,
                MaxHops = hops,
                MaxSpan = TimeSpan.FromMinutes(spanMinutes),
                MinAmount = new(minFen),
            });
        Gen.Select(Streams, Gen.Int[1, 9], options, Gen.Int[0, 1000]).Sample((edges, minimumPending, o, pick) =>
        {
            var (_, snapshots) = Stream(edges, minimumPending);
            foreach (var s in snapshots)
            {
                var bulk = Bulk(edges.AsSpan(0, s.EdgeCount));
                var seed = pick % s.EdgeCount;
                Assert.Equal(Fingerprint(new FundTracer(bulk).Trace(TraceStart.FromTransaction(seed), o)),
                    Fingerprint(new FundTracer(s).Trace(TraceStart.FromTransaction(seed), o)));
                var account = o.Direction == TraceDirection.Forward ? bulk.SourceOf(seed) : bulk.TargetOf(seed);
                Assert.Equal(Fingerprint(new FundTracer(bulk).Trace(TraceStart.FromAccount(account), o)),
                    Fingerprint(new FundTracer(s).Trace(TraceStart.FromAccount(account), o)));
            }
        }, iter: 300);
    }

    [Fact]
    public void Snapshot_LateEdgesBeyondTheStepBudget_CompactsAndStaysCorrect()
    {
        // Account A's edges at minutes 0, 100, 200, then 150, 160, 170: each late edge is placed
        // by walking A's chain from its head — 1, 2 and 3 steps (hand count), 6 in all. With an
        // allowance of 4 steps over 0 compacted edges, the sixth snapshot compacts instead.
        var builder = new TemporalGraphBuilder(0, 0, minimumPending: 100, lateStepAllowance: 4);
        var a = builder.Accounts.Intern("A");
        var b = builder.Accounts.Intern("B");
        var pending = new List<int>();
        foreach (var minute in (int[])[0, 100, 200, 150, 160, 170, 180])
        {
            builder.Add(a, b, minute, 1, Channel.Transfer);
            pending.Add(builder.Snapshot().PendingEdgeCount);
        }

        var g = builder.Snapshot();
        Assert.Equal([1, 2, 3, 4, 5, 0, 1], pending);
        Assert.Equal([0, 1, 3, 4, 5, 6, 2], Ids(g.OutEdges(a)));
        Assert.Equal([0, 1, 3, 4, 5, 6, 2], Ids(g.InEdges(b)));
    }

    [Fact]
    public void OldSnapshot_AfterLateInsertsAndCompaction_SeesOnlyItsPrefix()
    {
        var builder = NewBuilder(minimumPending: 1_000);
        var a = builder.Accounts.Intern("A");
        var b = builder.Accounts.Intern("B");
        builder.Add(a, b, 10, 1, Channel.Transfer);
        builder.Add(a, b, 30, 1, Channel.Transfer);
        var s1 = builder.Snapshot();

        // A late edge lands between the two chain nodes s1 sees; s1 must not see it.
        builder.Add(a, b, 20, 1, Channel.Transfer);
        var s2 = builder.Snapshot();
        builder.Add(a, b, 5, 1, Channel.Transfer);
        var built = builder.Build();

        Assert.Equal([0, 1], Ids(s1.OutEdges(a)));
        Assert.Equal(2, s1.OutDegree(a));
        Assert.Equal([0, 2, 1], Ids(s2.OutEdges(a)));
        Assert.Equal([2, 1], Ids(s2.OutEdges(a).From(20)));
        Assert.Equal([3, 0, 2, 1], Ids(built.OutEdges(a)));
        Assert.Equal(0, built.PendingEdgeCount);
        Assert.Equal(3, s2.PendingEdgeCount);
    }

    /// <summary>Adds the edges one by one, taking a snapshot where an edge says so and one at the end.</summary>
    private static (TemporalGraphBuilder Builder, List<TemporalGraph> Snapshots) Stream(
        (int From, int To, int Minute, long Fen, int Channel, int Snap)[] edges, int minimumPending)
    {
        var streamed = NewBuilder(minimumPending);
        var snapshots = new List<TemporalGraph>();
        for (var i = 0; i < edges.Length; i++)
        {
            Add(streamed, edges[i], i);
            if (edges[i].Snap == 0)
            {
                snapshots.Add(streamed.Snapshot());
            }
        }

        snapshots.Add(streamed.Snapshot());
        return (streamed, snapshots);
    }

    private static TemporalGraphBuilder NewBuilder(int minimumPending)
    {
        var builder = new TemporalGraphBuilder(0, 0, minimumPending, minimumPending);
        for (var a = 0; a < Accounts - 1; a++)
        {
            builder.Accounts.Intern("A" + a);
        }

        builder.Accounts.Intern("CASH:ATM-1");
        return builder;
    }

    private static void Add(TemporalGraphBuilder builder, (int From, int To, int Minute, long Fen, int Channel, int Snap) e, int i) =>
        builder.Add(e.From, e.To, e.Minute * TimeSpan.TicksPerMinute, e.Fen + i,
            e.Channel switch { < 6 => Channel.Transfer, < 8 => Channel.ThirdPartyPayment, 8 => Channel.AtmCash, _ => Channel.Pos });

    private static TemporalGraph Bulk(ReadOnlySpan<(int From, int To, int Minute, long Fen, int Channel, int Snap)> edges)
    {
        var builder = NewBuilder(TemporalGraphBuilder.MinimumPendingForCompaction);
        for (var i = 0; i < edges.Length; i++)
        {
            Add(builder, edges[i], i);
        }

        return builder.Build();
    }

    private static void AssertSameAnswers(TemporalGraph expected, TemporalGraph actual)
    {
        Assert.Equal(expected.EdgeCount, actual.EdgeCount);
        Assert.Equal(expected.AccountCount, actual.AccountCount);
        Assert.Equal(expected.StartTicks, actual.StartTicks);
        Assert.Equal(expected.EndTicks, actual.EndTicks);
        for (var e = 0; e < expected.EdgeCount; e++)
        {
            Assert.Equal(
                (expected.SourceOf(e), expected.TargetOf(e), expected.TicksOf(e), expected.FenOf(e), expected.ChannelOf(e), expected.IsCashOut(e)),
                (actual.SourceOf(e), actual.TargetOf(e), actual.TicksOf(e), actual.FenOf(e), actual.ChannelOf(e), actual.IsCashOut(e)));
        }

        for (var a = 0; a < expected.AccountCount; a++)
        {
            Assert.Equal(expected.FlagsOf(a), actual.FlagsOf(a));
            Assert.Equal(expected.OutDegree(a), actual.OutDegree(a));
            Assert.Equal(expected.InDegree(a), actual.InDegree(a));
            Assert.Equal(Ids(expected.OutEdges(a)), Ids(actual.OutEdges(a)));
            Assert.Equal(Ids(expected.InEdges(a)), Ids(actual.InEdges(a)));
            Assert.Equal(expected.OutEdges(a).IsEmpty, actual.OutEdges(a).IsEmpty);
            Assert.Equal(Enumerate(expected.InEdges(a)), Enumerate(actual.InEdges(a)));
            foreach (var minute in (int[])[-1, 0, 57, 200, 399, 401])
            {
                var t = minute * TimeSpan.TicksPerMinute;
                Assert.Equal(Ids(expected.OutEdges(a).From(t)), Ids(actual.OutEdges(a).From(t)));
                Assert.Equal(Ids(expected.InEdges(a).From(t)), Ids(actual.InEdges(a).From(t)));
            }
        }
    }

    private static int[] Ids(EdgeRuns runs)
    {
        var ids = new int[runs.Count];
        Assert.Equal(ids.Length, runs.CopyTo(ids));
        return ids;
    }

    private static List<int> Enumerate(EdgeRuns runs)
    {
        var list = new List<int>();
        foreach (var e in runs)
        {
            list.Add(e);
        }

        return list;
    }

    private static string Fingerprint(TraceResult r)
    {
        var text = new StringBuilder();
        text.Append(JsonSerializer.Serialize(r.SeedEdges)).Append(r.TotalAmount.Fen).Append('|');
        foreach (var n in r.Nodes)
        {
            text.Append(n.Account).Append(':').Append(n.Layer).Append(':').Append(n.Amount.Fen).Append(':').Append(n.Passed.Fen);
            foreach (var o in n.Outcomes.OrderBy(o => o.Key))
            {
                text.Append(',').Append(o.Key).Append('=').Append(o.Value.Fen);
            }

            text.Append(';');
        }

        foreach (var e in r.Edges)
        {
            text.Append(e.Edge).Append(':').Append(e.Traced.Fen).Append(':').Append(e.Layer).Append(';');
        }

        return text.ToString();
    }
}
