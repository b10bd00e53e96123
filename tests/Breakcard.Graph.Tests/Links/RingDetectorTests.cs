using Breakcard.Core.Links;
using Breakcard.Graph.Links;

namespace Breakcard.Graph.Tests.Links;

public sealed class RingDetectorTests
{
    [Fact]
    public void Detect_DealerDevice_OneRingWithThreeHoldersAndTwoSuspects()
    {
        var f = new LinkFixture();
        var report = new RingDetector(f.Entities, MuleEvidence.Compute(f.Transactions)).Detect();

        var ring = Assert.Single(report.Rings);
        Assert.Equal(1, ring.Rank);
        Assert.Equal(["A1", "A2", "A3", "AD"], ring.Accounts.Select(a => a.AccountId).Order());
        Assert.Equal(["D", "P1", "P2", "P3"], ring.HolderIds);
        Assert.Equal(["A1", "A2"], ring.Accounts.Where(a => a.Suspected).Select(a => a.AccountId));
        Assert.Equal(0.5, ring.MuleDensity);
        Assert.Equal(1, ring.InternalTransfers);
        Assert.Equal(980_000, ring.InternalFlow.Fen);
        Assert.Equal(1_000_000, ring.Inflow.Fen);
        Assert.Equal("DV1", ring.Shared[0].Entity.Id);
        Assert.Equal(4, ring.Shared[0].Accounts);
    }

    [Fact]
    public void Detect_PublicIp_SkippedAsHub()
    {
        var f = new LinkFixture();
        var report = new RingDetector(f.Entities, MuleEvidence.Compute(f.Transactions)).Detect();
        Assert.Equal(1, report.HubsSkipped[EntityKind.Ip]);
        Assert.DoesNotContain(report.Rings, r => r.Accounts.Any(a => a.AccountId.StartsWith("AQ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Detect_SmallSharedIpWithoutMuleEvidence_NotReported()
    {
        // Five people on one IP are under the hub cap and form a group, but nothing suspicious
        // happens there, so it is not a ring.
        var f = new LinkFixture(ipUsers: 5);
        var report = new RingDetector(f.Entities, MuleEvidence.Compute(f.Transactions)).Detect();
        Assert.False(report.HubsSkipped.ContainsKey(EntityKind.Ip));
        Assert.Single(report.Rings);
        var all = new RingDetector(f.Entities, MuleEvidence.Compute(f.Transactions), new LinkOptions { RequireMuleEvidence = false }).Detect();
        Assert.Contains(all.Rings, r => r.Accounts.Count == 5 && r.SuspectedMules == 0);
    }

    [Fact]
    public void Detect_SuspectedFlowsAlone_LinkAccountsWithoutSharedEntities()
    {
        var b = new EntityGraphBuilder();
        foreach (var (p, a) in new[] { ("P1", "A1"), ("P2", "A2"), ("P3", "A3") })
        {
            b.Link(EntityKind.Person, p, LinkKind.HoldsAccount, EntityKind.Account, a);
        }

        var (_, tg) = GraphText.Build(
            "10:00 V -> A1 10000",
            "10:05 A1 -> A2 9900",
            "10:10 A2 -> A3 9800",
            "10:20 A3 -> CASH:X 9700 atm_cash");
        var report = new RingDetector(b.Build(), MuleEvidence.Compute(tg)).Detect();
        var ring = Assert.Single(report.Rings);
        Assert.Equal(3, ring.SuspectedMules);
        Assert.Equal(1.0, ring.MuleDensity);
        Assert.Empty(ring.Shared);
    }

    [Fact]
    public void Detect_RankedByDensityThenInflow()
    {
        var b = new EntityGraphBuilder();
        foreach (var (p, a, dev) in new[]
                 {
                     ("P1", "A1", "X"), ("P2", "A2", "X"), ("P3", "A3", "X"),
                     ("P4", "B1", "Y"), ("P5", "B2", "Y"), ("P6", "B3", "Y"),
                 })
        {
            b.Link(EntityKind.Person, p, LinkKind.HoldsAccount, EntityKind.Account, a);
            b.Link(EntityKind.Account, a, LinkKind.UsedFromDevice, EntityKind.Device, dev);
        }

        var (_, tg) = GraphText.Build(
            "10:00 V -> A1 10000", "10:05 A1 -> CASH:1 9900 atm_cash",
            "10:00 W -> B1 20000", "10:05 B1 -> CASH:1 19900 atm_cash",
            "10:00 W -> B2 20000", "10:05 B2 -> CASH:1 19900 atm_cash");
        var rings = new RingDetector(b.Build(), MuleEvidence.Compute(tg)).Detect().Rings;
        Assert.Equal(2, rings.Count);
        Assert.Equal("B1", rings[0].Accounts[0].AccountId);
        Assert.Equal(2, rings[0].SuspectedMules);
        Assert.Equal(1, rings[1].SuspectedMules);
    }

    [Fact]
    public void Detect_SharedEntityWithoutSuspect_DoesNotBridgeOrdinaryAccountsIn()
    {
        // S1 forwards a victim's money (suspected); S1, A2, A3 share device X. A3's holder lives
        // at "Home 1" with N4's and N5's holders, none of them suspect: the address does not link.
        var b = new EntityGraphBuilder();
        foreach (var (p, a) in new[] { ("P1", "S1"), ("P2", "A2"), ("P3", "A3"), ("P4", "N4"), ("P5", "N5") })
        {
            b.Link(EntityKind.Person, p, LinkKind.HoldsAccount, EntityKind.Account, a);
        }

        foreach (var a in new[] { "S1", "A2", "A3" })
        {
            b.Link(EntityKind.Account, a, LinkKind.UsedFromDevice, EntityKind.Device, "X");
        }

        foreach (var p in new[] { "P3", "P4", "P5" })
        {
            b.Link(EntityKind.Person, p, LinkKind.LocatedAt, EntityKind.Address, "Home 1");
        }

        var (_, tg) = GraphText.Build("10:00 V -> S1 10000", "10:05 S1 -> CASH:1 9900 atm_cash", "11:00 N4 -> N5 300");
        var ring = Assert.Single(new RingDetector(b.Build(), MuleEvidence.Compute(tg)).Detect().Rings);
        Assert.Equal(["A2", "A3", "S1"], ring.Accounts.Select(a => a.AccountId).Order());
        Assert.Equal("X", Assert.Single(ring.Shared).Entity.Id);
    }

    [Fact]
    public void Detect_TenAccountsFourMules_RankAboveThreeAccountsTwoMules()
    {
        // Density alone would put the small group first (2/3 against 4/10); weighted by the
        // mules it rests on (ADR 76) the larger ring leads: 4 × 0.4 = 1.6 against 2 × 2/3 ≈ 1.33.
        var b = new EntityGraphBuilder();
        var lines = new List<string>();
        for (var i = 0; i < 13; i++)
        {
            var account = i < 3 ? $"H{i}" : $"R{i}";
            b.Link(EntityKind.Person, "P" + i, LinkKind.HoldsAccount, EntityKind.Account, account);
            b.Link(EntityKind.Account, account, LinkKind.UsedFromDevice, EntityKind.Device, i < 3 ? "X" : "Y");
            if (i is 0 or 1 or >= 9)
            {
                lines.Add($"10:00 V{i} -> {account} 10000");
                lines.Add($"10:05 {account} -> CASH:1 9900 atm_cash");
            }
        }

        var (_, tg) = GraphText.Build([.. lines]);
        var rings = new RingDetector(b.Build(), MuleEvidence.Compute(tg)).Detect().Rings;
        Assert.Equal(2, rings.Count);
        Assert.Equal(10, rings[0].Accounts.Count);
        Assert.Equal(4, rings[0].SuspectedMules);
        Assert.Equal(1.6, rings[0].RankWeight, 9);
        Assert.Equal(3, rings[1].Accounts.Count);
        Assert.Equal(2.0 * 2 / 3, rings[1].RankWeight, 9);
    }
}
