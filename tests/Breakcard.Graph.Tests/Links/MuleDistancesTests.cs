using Breakcard.Graph.Links;

namespace Breakcard.Graph.Tests.Links;

public sealed class MuleDistancesTests
{
    [Fact]
    public void Compute_FromA1_TransfersAndSharedDeviceAreOneHop()
    {
        var f = new LinkFixture();
        var d = MuleDistances.Compute(f.Entities, f.Transactions, ["A1"]);
        Assert.Equal(1, d.Sources);
        Assert.Equal(0, d.DistanceOf("A1"));
        Assert.Equal(1, d.DistanceOf("A2"));   // transfer
        Assert.Equal(1, d.DistanceOf("AV"));   // the victim paid A1
        Assert.Equal(1, d.DistanceOf("A3"));   // shared dealer device DV1
        Assert.Equal(1, d.DistanceOf("AD"));
        Assert.Null(d.DistanceOf("CASH:ATM1")); // cash points are not accounts
        Assert.Null(d.DistanceOf("A4"));
    }

    [Fact]
    public void Compute_MaxDistance_CutsOff()
    {
        var (_, tg) = GraphText.Build("10:00 M -> B 1", "10:01 B -> C 1", "10:02 C -> D 1");
        var d = MuleDistances.Compute(null, tg, ["M"], new LinkOptions { MaxMuleDistance = 2 });
        Assert.Equal(2, d.DistanceOf("C"));
        Assert.Null(d.DistanceOf("D"));
        Assert.Equal(new Dictionary<int, int> { [0] = 1, [1] = 1, [2] = 1 }, d.Histogram);
    }
}
