using Breakcard.Cases.Review;

namespace Breakcard.Cases.Tests.Review;

/// <summary>The review lists on a hand-built world whose answers are worked out in the comments.</summary>
public sealed class ReviewListsTests
{
    private static readonly ReviewWorld World = WorldFiles.Read();
    private static readonly DateOnly AsOf = new(2024, 6, 30);

    [Fact]
    public void Read_TakesTheDataEndAndLastActivityFromTransactions()
    {
        Assert.Equal(AsOf, World.DataEnd);
        Assert.Equal(0, World.ProblemCount);
        Assert.Equal(new DateOnly(2024, 1, 5), World.LastActivity["6222020000000000026"]);
        Assert.Equal(new DateOnly(2024, 6, 30), World.LastActivity["6217001000000000011"]);
        Assert.False(World.LastActivity.ContainsKey("CASH:ATM1"));
        Assert.Equal(90, World.MonitoringRisk["51050100000002"]);
    }

    [Fact]
    public void Dormant_IcbcAt150Days_NeverUsedCardFirstThenLongestIdle()
    {
        var list = DormantCardReview.Find(World, a => a.BankCode == "ICBC", AsOf, 150);
        // 018: never used since 2023-01-10 → 537 days; 026: last used 2024-01-05 → 177 days;
        // 034 used 31 days ago, 042 closed, the CCB card and corporate accounts are out of scope.
        Assert.Equal([("6222020000000000018", 537, true), ("6222020000000000026", 177, false)],
            list.Select(d => (d.Account.AccountNumber, d.IdleDays, d.NeverUsed)));
        Assert.Equal(["6222020000000000018"], DormantCardReview.Find(World, a => a.BankCode == "ICBC", AsOf, 178).Select(d => d.Account.AccountNumber));
    }

    [Fact]
    public void Corporate_Icbc_RankedByHandComputedScores()
    {
        var ranked = CorporateInspection.Rank(World, a => a.BankCode == "ICBC", AsOf);
        // A2: abnormal 30 + monitoring 2·90/5 = 36 + representative of 3 companies 15 + 2 others at the address 10 = 91
        // A1: not operating 40 + 15 + 10 + registered 303 days ago 10 = 75; A3: holder not registered 40; A4: nothing.
        Assert.Equal([("51050100000002", 91), ("51050100000001", 75), ("51050100000003", 40), ("51050100000004", 0)],
            ranked.Select(i => (i.Account.AccountNumber, i.Score)));
        Assert.Equal(
            ["monitoring risk 90 (+36)", "company listed for abnormal operation (+30)", "legal representative heads 3 companies (+15)", "registered address shared with 2 other companies (+10)"],
            ranked[0].Reasons);
        Assert.Equal(3, ranked[0].CompaniesAtAddress);
        Assert.Null(ranked[2].Company);
    }

    [Fact]
    public void Corporate_ScoreIsCappedAt100()
    {
        var company = new Core.Companies.Company("C1", Core.Identifiers.CreditCode.Parse("91510104MA0000001E"), "x", "addr", "P", "", AsOf, Core.Companies.CompanyStatus.Deregistered);
        var account = new Core.Accounts.BankAccount("51050100000009", "ICBC", Core.Accounts.AccountClass.ClassI, Core.Accounts.AccountHolderKind.Corporate, "C1", AsOf, Core.Accounts.AccountStatus.Active, null);
        var item = CorporateInspection.Score(account, company, new Dictionary<string, int> { [Addresses.Key("addr")] = 20 }, new Dictionary<string, int> { ["P"] = 9 }, 100, AsOf);
        Assert.Equal(100, item.Score); // 50 + 40 + 30 + 15 + 10 = 145, capped
    }

    [Fact]
    public void Addresses_FullWidthAndSpacesCountAsOneAddress()
    {
        var cluster = Assert.Single(AddressConcentration.Find(World, 3));
        Assert.Equal("成都市金牛区一环路1号 101室", cluster.Address);
        Assert.Equal(["C001", "C002", "C003"], cluster.CompanyIds);
        Assert.Equal((0, 1, 1, 1), (cluster.Operating, cluster.NotOperating, cluster.Abnormal, cluster.Deregistered));
        Assert.Equal(1, cluster.LegalRepresentatives);
        Assert.Equal(2, cluster.CorporateAccounts);
        Assert.Empty(AddressConcentration.Find(World, 4));
    }
}
