using Breakcard.Core.Links;
using Breakcard.Graph.Links;

namespace Breakcard.Graph.Tests.Links;

public sealed class SharedUseTests
{
    // Ten holders with ten accounts each, all used from one device: 100 accounts, 10 holders.
    private static EntityGraph TenByTen()
    {
        var b = new EntityGraphBuilder();
        for (var p = 0; p < 10; p++)
        {
            for (var k = 0; k < 10; k++)
            {
                var account = $"A{p}-{k}";
                b.Link(EntityKind.Person, "P" + p, LinkKind.HoldsAccount, EntityKind.Account, account);
                b.Link(EntityKind.Account, account, LinkKind.UsedFromDevice, EntityKind.Device, "DV");
            }
        }

        return b.Build();
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(20, 2)]
    [InlineData(64, 7)]
    [InlineData(65, 7)]
    [InlineData(100, 10)]
    public void DistinctHolders_SmallAndLargeGroups_CountHoldersOnce(int take, int expected)
    {
        // Accounts are listed holder by holder, so the first n accounts have ⌈n / 10⌉ holders;
        // 64 and 65 straddle the switch from stack sorting to hashing.
        var g = TenByTen();
        Assert.True(g.TryFind(EntityKind.Device, "DV", out var device));
        var all = new List<int>();
        SharedUse.AccountsOf(g, device, all);
        Assert.Equal(100, all.Count);
        var ordered = all.OrderBy(a => g.IdOf(a), StringComparer.Ordinal).Take(take).ToList();
        Assert.Equal(expected, SharedUse.DistinctHolders(g, ordered, []));
    }

    [Fact]
    public void DistinctHolders_AccountsWithoutHolder_EachCountsAsItsOwn()
    {
        var b = new EntityGraphBuilder();
        b.Link(EntityKind.Account, "X1", LinkKind.UsedFromDevice, EntityKind.Device, "DV");
        b.Link(EntityKind.Account, "X2", LinkKind.UsedFromDevice, EntityKind.Device, "DV");
        var g = b.Build();
        Assert.True(g.TryFind(EntityKind.Device, "DV", out var device));
        var accounts = new List<int>();
        SharedUse.AccountsOf(g, device, accounts);
        Assert.Equal(2, SharedUse.DistinctHolders(g, accounts, []));
    }
}
