using Breakcard.Graph.Links;

namespace Breakcard.Graph.Tests.Links;

public sealed class CardDealerFinderTests
{
    [Fact]
    public void Find_DealerHandset_NamesPersonAndOtherHoldersCards()
    {
        var dealers = new CardDealerFinder(new LinkFixture().Entities).Find();
        var d = Assert.Single(dealers);
        Assert.Equal("D", d.Controller.Id);
        Assert.Equal(3, d.Holders);
        Assert.Equal(["A1", "A2", "A3"], d.Accounts.Select(a => a.AccountId));
        Assert.Equal(["DV1"], d.Instruments.Select(i => i.Id));
    }

    [Fact]
    public void Find_ThresholdAboveHolders_NoDealer()
    {
        var dealers = new CardDealerFinder(new LinkFixture().Entities, new LinkOptions { MinDealerHolders = 4 }).Find();
        Assert.Empty(dealers);
    }
}
