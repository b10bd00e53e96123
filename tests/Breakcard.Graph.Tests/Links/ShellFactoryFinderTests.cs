using Breakcard.Core.Companies;
using Breakcard.Core.Identifiers;
using Breakcard.Graph.Links;

namespace Breakcard.Graph.Tests.Links;

public sealed class ShellFactoryFinderTests
{
    [Fact]
    public void Find_SixCompaniesAtOneAddress_OneFactoryWithRepsAndAccounts()
    {
        var companies = Enumerable.Range(1, 6).ToDictionary(i => "C" + i, i => new Company(
            "C" + i, default(CreditCode), "Shell " + i, "Room 101, Block 3", i <= 4 ? "P7" : "P8", "trade",
            new DateOnly(2023, 1, i), i <= 3 ? CompanyStatus.NotOperating : CompanyStatus.Operating));
        var f = Assert.Single(new ShellFactoryFinder(new LinkFixture().Entities, companies: companies).Find());
        Assert.Equal("Room 101, Block 3", f.Address);
        Assert.Equal(6, f.CompanyIds.Count);
        Assert.Equal(["P7", "P8"], f.PeopleIds);
        Assert.Equal(["CA1", "CA2", "CA3", "CA4", "CA5", "CA6"], f.AccountIds);
        Assert.Equal(3, f.Statuses[CompanyStatus.NotOperating]);
        Assert.Equal(3, f.Statuses[CompanyStatus.Operating]);
    }

    [Fact]
    public void Find_BelowThreshold_Nothing()
    {
        Assert.Empty(new ShellFactoryFinder(new LinkFixture().Entities, new LinkOptions { MinShellCompanies = 7 }).Find());
    }
}
