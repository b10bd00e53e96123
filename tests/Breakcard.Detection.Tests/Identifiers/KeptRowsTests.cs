using Breakcard.Detection.Reference;

namespace Breakcard.Detection.Tests.Identifiers;

/// <summary>A shard finds the row of an entity whose profile it keeps through a bitmap with counts (ADR 0378).</summary>
public sealed class KeptRowsTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(63)]
    [InlineData(64)]
    [InlineData(65)]
    [InlineData(1_000)]
    public void RowOf_AnyKeptSet_IsTheIndexRankAmongTheKept_AndMinusOneOtherwise(int indexes)
    {
        var random = new Random(indexes);
        var keep = Enumerable.Range(0, indexes).Select(_ => random.Next(3) == 0).ToArray();
        var rows = new KeptRows(indexes, i => keep[i]);

        var expected = 0;
        for (var i = 0; i < indexes; i++)
        {
            Assert.Equal(keep[i] ? expected : -1, rows.RowOf(i));
            expected += keep[i] ? 1 : 0;
        }

        Assert.Equal(expected, rows.Count);
        Assert.Equal(Enumerable.Range(0, indexes).Where(i => keep[i]), rows.Kept());
        Assert.Equal(-1, rows.RowOf(-1));
        Assert.Equal(-1, rows.RowOf(indexes));
        Assert.Equal(-1, rows.RowOf(int.MaxValue));
    }

    [Fact]
    public void EstimatedBytes_AreAFractionOfAByteAnIndex_WhateverIsKept()
    {
        var all = new KeptRows(64_000, _ => true);
        var none = new KeptRows(64_000, _ => false);

        Assert.Equal(64_000, all.Count);
        Assert.Equal(63_999, all.RowOf(63_999));
        Assert.Equal(0, none.Count);
        // 1 bit and 4 B per 64 indexes: 0.1875 B an index.
        Assert.Equal(12_000, all.EstimatedBytes);
        Assert.Equal(all.EstimatedBytes, none.EstimatedBytes);
    }
}
