using Breakcard.Graph.Temporal;
using CsCheck;

namespace Breakcard.Graph.Tests.Temporal;

public sealed class TransactionIdIndexTests
{
    [Fact]
    public void Add_ThenFindAndName_RoundTrip()
    {
        var index = new TransactionIdIndex();
        Assert.Equal(0, index.Add("T000000001"));
        Assert.Equal(1, index.Add("交易-2"));
        Assert.True(index.TryFind("交易-2", out var e));
        Assert.Equal(1, e);
        Assert.Equal("T000000001", index.IdOf(0));
        Assert.False(index.TryFind("T000000002", out _));
        Assert.Throws<ArgumentException>(() => index.Add("T000000001"));
    }

    [Fact]
    public void Add_ManyDistinctIds_AllFoundAtTheirEdge()
    {
        Gen.String[1, 30].Array[1, 3000].Sample(ids =>
        {
            var index = new TransactionIdIndex();
            var expected = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var id in ids.Where(s => s.Length > 0).Distinct(StringComparer.Ordinal))
            {
                expected[id] = index.Add(id);
            }

            foreach (var (id, edge) in expected)
            {
                Assert.True(index.TryFind(id, out var found));
                Assert.Equal(edge, found);
                Assert.Equal(id, index.IdOf(edge));
            }
        }, iter: 50);
    }
}
