using Breakcard.Core;
using Breakcard.Core.Events;
using Breakcard.Graph.Temporal;
using CsCheck;

namespace Breakcard.Graph.Tests.Temporal;

public sealed class TemporalGraphBuilderTests
{
    [Fact]
    public void Build_OutOfOrderArrivals_AdjacencySortedByTimeThenId()
    {
        var (_, g) = GraphText.Build(
            "12:00 A -> B 1",
            "09:00 A -> C 2",
            "12:00 A -> D 3",
            "10:00 C -> A 4");
        var a = g.Id("A");
        Assert.Equal([1, 0, 2], Ids(g.OutEdges(a)));
        Assert.Equal([3], Ids(g.InEdges(a)));
        Assert.Equal(3, g.OutDegree(a));
        Assert.Equal(GraphText.At("09:00").UtcTicks, g.StartTicks);
        Assert.Equal(GraphText.At("12:00").UtcTicks, g.EndTicks);
    }

    [Fact]
    public void Add_Attributes_RoundTrip()
    {
        var builder = new TemporalGraphBuilder();
        var time = GraphText.At("10:30");
        var e = builder.Add(new TransactionEvent("T1", time, "6222021001234567894", "CASH:ATM-1", Money.FromFen(12345), Channel.AtmCash, null));
        var g = builder.Snapshot();
        Assert.Equal(0, e);
        Assert.Equal(time, g.TimeOf(e));
        Assert.Equal(Money.FromFen(12345), g.AmountOf(e));
        Assert.Equal(Channel.AtmCash, g.ChannelOf(e));
        Assert.Equal("6222021001234567894", g.Accounts.NameOf(g.SourceOf(e)));
        Assert.True(g.IsCashOut(e));
        Assert.Equal(AccountFlags.Cash, g.FlagsOf(g.TargetOf(e)));
        Assert.Equal(AccountFlags.None, g.FlagsOf(g.SourceOf(e)));
    }

    [Fact]
    public void Add_NonPositiveAmount_Throws()
    {
        var builder = new TemporalGraphBuilder();
        var a = builder.Accounts.Intern("A");
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(a, a, 0, 0, Channel.Transfer));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.Add(a, 7, 0, 5, Channel.Transfer));
    }

    [Fact]
    public void Snapshot_NothingAdded_ReturnsSameInstance()
    {
        var (builder, _) = GraphText.Build("10:00 A -> B 1");
        var s1 = builder.Snapshot();
        Assert.Same(s1, builder.Snapshot());
        builder.Add(GraphText.Parse("11:00 B -> C 1"));
        var s2 = builder.Snapshot();
        Assert.NotSame(s1, s2);
        Assert.Equal(1, s1.EdgeCount);
        Assert.Equal(2, s2.EdgeCount);
        Assert.Equal(1, s2.PendingEdgeCount);
    }

    [Fact]
    public void Snapshot_AfterMoreEdges_OldSnapshotUnchanged()
    {
        var (builder, g1) = GraphText.Build("10:00 A -> B 1");
        for (var i = 0; i < 100; i++)
        {
            builder.Add(GraphText.Parse("11:00 A -> B 2"));
        }

        var g2 = builder.Build();
        Assert.Equal(1, g1.EdgeCount);
        Assert.Single(Ids(g1.OutEdges(g1.Id("A"))));
        Assert.Equal(101, Ids(g2.OutEdges(g2.Id("A"))).Length);
        Assert.Equal(0, g2.PendingEdgeCount);
    }

    [Fact]
    public void IncrementalSnapshots_AnyArrivalOrder_SameAdjacencyAsBulkBuild()
    {
        var gen = Gen.Select(Gen.Int[0, 7], Gen.Int[0, 7], Gen.Int[0, 50], Gen.Int[1, 4]).Array[1, 80];
        gen.Sample(edges =>
        {
            var bulk = new TemporalGraphBuilder();
            var streamed = new TemporalGraphBuilder();
            var snapshots = new List<TemporalGraph>();
            for (var a = 0; a < 8; a++)
            {
                bulk.Accounts.Intern("A" + a);
                streamed.Accounts.Intern("A" + a);
            }

            for (var i = 0; i < edges.Length; i++)
            {
                var (f, t, time, snap) = edges[i];
                bulk.Add(f, t, time * TimeSpan.TicksPerMinute, 100 + i, Channel.Transfer);
                streamed.Add(f, t, time * TimeSpan.TicksPerMinute, 100 + i, Channel.Transfer);
                if (snap == 1)
                {
                    snapshots.Add(streamed.Snapshot());
                }
            }

            var expected = bulk.Build();
            var actual = streamed.Snapshot();
            for (var a = 0; a < 8; a++)
            {
                Assert.Equal(Ids(expected.OutEdges(a)), Ids(actual.OutEdges(a)));
                Assert.Equal(Ids(expected.InEdges(a)), Ids(actual.InEdges(a)));
                AssertSorted(actual, Ids(actual.OutEdges(a)));
                AssertSorted(actual, Ids(actual.InEdges(a)));
            }

            // Earlier snapshots still see exactly their prefix of the edges.
            foreach (var s in snapshots)
            {
                for (var a = 0; a < 8; a++)
                {
                    Assert.All(Ids(s.OutEdges(a)), e => Assert.True(e < s.EdgeCount));
                    Assert.Equal(Ids(expected.OutEdges(a)).Where(e => e < s.EdgeCount), Ids(s.OutEdges(a)));
                }
            }
        });
    }

    [Fact]
    public void Build_AfterSnapshots_CompactsEverything()
    {
        var builder = new TemporalGraphBuilder();
        var a = builder.Accounts.Intern("A");
        var b = builder.Accounts.Intern("B");
        for (var i = 0; i < 10; i++)
        {
            builder.Add(a, b, 1000 - i, 1, Channel.Transfer);
            _ = builder.Snapshot();
        }

        var g = builder.Build();
        Assert.Equal(0, g.PendingEdgeCount);
        Assert.Equal([9, 8, 7, 6, 5, 4, 3, 2, 1, 0], Ids(g.OutEdges(a)));
    }

    [Fact]
    public void GraphBytes_TrimmedBulkGraph_UnderFortyEightBytesPerEdge()
    {
        // Layout: 8 (time) + 8 (amount) + 1 (channel) + 4 + 4 (ends) + 4 + 4 (two adjacency
        // arrays) = 33 bytes per edge, plus 8 bytes per account for the two offset arrays.
        var builder = new TemporalGraphBuilder(expectedEdges: 1000);
        for (var i = 0; i < 100; i++)
        {
            builder.Accounts.Intern("A" + i);
        }

        for (var i = 0; i < 1000; i++)
        {
            builder.Add(i % 100, (i * 7) % 100, i, 1, Channel.Transfer);
        }

        var g = builder.Build();
        Assert.Equal((33L * 1000) + (2 * 4 * 101), g.GraphBytes);
    }

    private static int[] Ids(EdgeRuns runs)
    {
        var ids = new int[runs.Count];
        runs.CopyTo(ids);
        return ids;
    }

    private static void AssertSorted(TemporalGraph g, int[] ids)
    {
        for (var i = 1; i < ids.Length; i++)
        {
            Assert.True(EdgeOrder.Precedes(TicksOf(g), ids[i - 1], ids[i]));
        }
    }

    private static long[] TicksOf(TemporalGraph g) => Enumerable.Range(0, g.EdgeCount).Select(g.TicksOf).ToArray();
}
