using Breakcard.Core.Links;
using Breakcard.Graph.Links;

namespace Breakcard.Graph.Tests.Links;

public sealed class RingDetectorScaleTests
{
    [Fact]
    public void Detect_ThousandsOfEntities_EveryTripleFoundOnceInEntityOrder()
    {
        // 3,000 holders in 1,000 triples, each triple sharing one device: more nodes than one
        // parallel chunk, so the per-entity work is split; the answer must not depend on it.
        var b = new EntityGraphBuilder();
        for (var i = 0; i < 3000; i++)
        {
            b.Link(EntityKind.Person, $"P{i:D4}", LinkKind.HoldsAccount, EntityKind.Account, $"A{i:D4}");
            b.Link(EntityKind.Account, $"A{i:D4}", LinkKind.UsedFromDevice, EntityKind.Device, $"D{i / 3:D4}");
        }

        var g = b.Build();
        var options = new LinkOptions { RequireMuleEvidence = false };
        var first = new RingDetector(g, null, options).Detect();
        var second = new RingDetector(g, null, options).Detect();

        Assert.Equal(1000, first.Rings.Count);
        foreach (var ring in first.Rings)
        {
            var ids = ring.Accounts.Select(a => int.Parse(a.AccountId.AsSpan(1), System.Globalization.CultureInfo.InvariantCulture)).Order().ToArray();
            Assert.Equal(3, ids.Length);
            Assert.Equal(ids[0] + 1, ids[1]);
            Assert.Equal(ids[0] + 2, ids[2]);
            Assert.Equal(0, ids[0] % 3);
            Assert.Equal($"D{ids[0] / 3:D4}", Assert.Single(ring.Shared).Entity.Id);
        }

        Assert.Equal(
            first.Rings.Select(r => string.Join(',', r.Accounts.Select(a => a.AccountId))),
            second.Rings.Select(r => string.Join(',', r.Accounts.Select(a => a.AccountId))));
    }
}
