using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Detection.Indicators;

namespace Breakcard.Detection.Tests.Indicators;

/// <summary>Corporate remittances, accounts per identity, shared devices, shell companies, taint and linked risk at, below and above their thresholds.</summary>
public sealed class HolderIndicatorTests
{
    [Theory]
    [InlineData("咨询服务", 4, 0)]
    [InlineData("咨询服务", 5, 60)]
    [InlineData("咨询服务", 6, 68)]
    [InlineData("食品零售", 6, 0)]
    public void CorporateUnrelated_IndividualsPayingCompany_DependsOnBusinessScope(string scope, int individuals, int expected)
    {
        var h = new Harness(world: w =>
        {
            w.Company("C1", scope);
            w.Account("corp", "C1", kind: AccountHolderKind.Corporate);
        });
        var payers = h.DistinctAccounts("person-", individuals);
        for (var i = 0; i < individuals; i++)
        {
            h.Tx(Harness.At(10 + (i * 0.1)), payers[i], "corp", 3_000);
        }

        h.Flush();
        Assert.Equal(expected, h.Strength("corp", IndicatorId.CorporateUnrelated));
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 60)]
    [InlineData(4, 73)]
    public void CorporateUnrelated_CompaniesPayingIndividual_FireFromThree(int companies, int expected)
    {
        var names = Enumerable.Range(0, companies).Select(i => $"corp-{i}").ToList();
        var h = new Harness(world: w =>
        {
            w.Person("P1");
            w.Account("person", "P1");
            for (var i = 0; i < companies; i++)
            {
                w.Company($"C{i}", "贸易");
                w.Account(names[i], $"C{i}", kind: AccountHolderKind.Corporate);
            }
        });
        var distinct = names.Select(n => h.Reference.Accounts.Find(n)).Select(i => Detection.State.Sketch.Mix(i) >> 58).Distinct().Count();
        Assert.Equal(companies, distinct); // the test relies on distinct sketch bits
        for (var i = 0; i < companies; i++)
        {
            h.Tx(Harness.At(10 + i), names[i], "person", 5_000);
        }

        h.Flush();
        Assert.Equal(expected, h.Strength("person", IndicatorId.CorporateUnrelated));
    }

    [Theory]
    [InlineData(1, 0)]
    [InlineData(2, 60)]
    [InlineData(3, 80)]
    [InlineData(4, 100)]
    public void AccountsPerIdentity_ClassIAccountsAtOneBank_FireFromTwo(int classI, int expected)
    {
        var h = new Harness(world: w =>
        {
            w.Person("P1");
            for (var i = 0; i < classI; i++)
            {
                w.Account($"icbc-{i}", "P1", bank: "ICBC");
            }

            w.Account("ccb-0", "P1", bank: "CCB");
        });
        h.Tx(Harness.At(10), "friend", "icbc-0", 100);
        h.Flush();
        Assert.Equal(expected, h.Strength("icbc-0", IndicatorId.AccountsPerIdentity));
    }

    [Theory]
    [InlineData(8, 0)]
    [InlineData(9, 60)]
    public void AccountsPerIdentity_AccountsInTotal_FireAboveEight(int accounts, int expected)
    {
        var h = new Harness(world: w =>
        {
            w.Person("P1");
            for (var i = 0; i < accounts; i++)
            {
                w.Account($"e-{i}", "P1", cls: AccountClass.ClassII, bank: i % 2 == 0 ? "ICBC" : "CCB");
            }
        });
        h.Tx(Harness.At(10), "friend", "e-0", 100);
        h.Flush();
        Assert.Equal(expected, h.Strength("e-0", IndicatorId.AccountsPerIdentity));
    }

    [Theory]
    [InlineData(3, 0)]
    [InlineData(4, 60)]
    [InlineData(5, 70)]
    [InlineData(8, 100)]
    public void SharedDevice_HoldersOnOneDevice_FireFromFour(int holders, int expected)
    {
        var h = new Harness();
        var accounts = h.DistinctUnheldAccounts("card-", holders);
        for (var i = 0; i < holders; i++)
        {
            h.Login(Harness.At(10 + i), accounts[i], "DEVICE-0001");
        }

        h.Flush();
        Assert.Equal(expected, h.Strength(accounts[^1], IndicatorId.SharedDevice));
    }

    [Fact]
    public void SharedDevice_OneHoldersCards_CountOnce()
    {
        var h = new Harness(world: w =>
        {
            w.Person("P1");
            w.Person("P2");
            w.Person("P3");
            foreach (var a in new[] { "a1", "a2", "a3", "a4" })
            {
                w.Account(a, "P1");
            }

            w.Account("b1", "P2");
            w.Account("c1", "P3");
        });
        foreach (var a in new[] { "a1", "a2", "a3", "a4", "b1", "c1" })
        {
            h.Login(Harness.At(10), a, "FAMILY-PHONE");
        }

        h.Flush();
        Assert.Equal(0, h.Strength("c1", IndicatorId.SharedDevice));
    }

    [Fact]
    public void SharedDevice_DeviceBecomesShared_CardsSeenBeforeGetTheSignalToo()
    {
        var h = new Harness();
        var cards = h.DistinctUnheldAccounts("card-", 5);
        for (var i = 0; i < cards.Count; i++)
        {
            h.Login(Harness.At(10 + (i * 24)), cards[i], "DEALER-PHONE");
        }

        h.Flush();
        // The first card logged in on day 0, when the device had one holder; the fifth holder on
        // day 4 made the device shared and the first card was flagged without an event of its own.
        Assert.Equal(70, h.Strength(cards[0], IndicatorId.SharedDevice));
        var evidence = h.Engine.Evidence.Chain(Detection.Scoring.ScoredKind.Account, h.Account(cards[0]).Score.EvidenceHead, 10);
        // Related evidence names the logins that made the device shared: the fourth holder (strength 60), then the fifth (70).
        Assert.Equal([cards[4], cards[3]], evidence.Where(r => r.Direction == Detection.Engine.EvidenceDirection.Related).Select(r => h.Reference.Accounts.KeyOf(r.Counterparty)));
    }

    [Theory]
    [InlineData(7, 0)]
    [InlineData(8, 60)]
    public void SharedDevice_HoldersBehindOneIp_FireFromEight(int holders, int expected)
    {
        var h = new Harness();
        var accounts = h.DistinctUnheldAccounts("card-", holders);
        for (var i = 0; i < holders; i++)
        {
            h.Login(Harness.At(10 + (i * 0.1)), accounts[i], $"DEV-{i:D4}", "171.88.12.34");
        }

        h.Flush();
        Assert.Equal(expected, h.Strength(accounts[^1], IndicatorId.SharedDevice));
    }

    [Theory]
    [InlineData(false, 4, 0)]
    [InlineData(false, 5, 60)]
    [InlineData(true, 1, 80)]
    public void ShellCompany_RegisterFacts_FireForShells(bool notOperating, int companiesAtAddress, int expected)
    {
        var h = new Harness(world: w =>
        {
            for (var i = 0; i < companiesAtAddress; i++)
            {
                w.Company($"C{i}", "贸易", "成都市某大厦1001室", i == 0 && notOperating ? CompanyStatus.NotOperating : CompanyStatus.Operating);
            }

            w.Account("corp", "C0", kind: AccountHolderKind.Corporate);
        });
        h.Tx(Harness.At(10), "client", "corp", 10_000);
        h.Flush();
        Assert.Equal(expected, h.Strength("corp", IndicatorId.ShellCompany));
    }

    [Theory]
    [InlineData(49, 0)]
    [InlineData(50, 22)]
    [InlineData(80, 36)]
    public void TaintedInflow_PayerRiskAroundMin_PassesFortyFivePercent(int payerRisk, int expected) =>
        Assert.Equal(expected, TaintedInflowIndicator.Strength(payerRisk, 100_000, new TaintedInflowOptions()));

    [Theory]
    [InlineData(49_999, 0)]
    [InlineData(50_000, 27)]
    public void TaintedInflow_AmountAroundMin_CountsFromIt(long fen, int expected) =>
        Assert.Equal(expected, TaintedInflowIndicator.Strength(60, fen, new TaintedInflowOptions()));

    // Repeated flagged inflows: payer at risk 80 gives 36 alone; a quarter of it (9) is added to what is remembered.
    [Theory]
    [InlineData(49, 60, 0)] // payer just under the flag: nothing, whatever is remembered
    [InlineData(50, 60, 65)] // at the flag: 60 + 22 * 25 / 100 = 65
    [InlineData(80, 0, 36)] // nothing remembered: one inflow's strength
    [InlineData(80, 20, 36)] // less remembered than one inflow gives: never below one inflow's strength
    [InlineData(80, 36, 45)] // the second inflow: 36 + 9
    [InlineData(80, 91, 100)] // 91 + 9: at the cap
    [InlineData(80, 95, 100)] // above it: capped
    public void TaintedInflow_Repeated_ClimbsByAQuarterOfOneInflow(int payerRisk, int remembered, int expected) =>
        Assert.Equal(expected, TaintedInflowIndicator.Strength(payerRisk, 100_000, remembered, new TaintedInflowOptions()));

    [Theory]
    [InlineData(49_999, 0)]
    [InlineData(50_000, 45)]
    public void TaintedInflow_RepeatedAmountAroundMin_CountsFromIt(long fen, int expected) =>
        Assert.Equal(expected, TaintedInflowIndicator.Strength(80, fen, 36, new TaintedInflowOptions()));

    [Theory]
    [InlineData(49, 0)]
    [InlineData(50, 50)]
    [InlineData(51, 51)]
    public void LinkedRisk_OtherEntityRiskAroundMin_PassedOnFromIt(int linked, int expected) =>
        Assert.Equal(expected, LinkedRiskIndicator.Strength(linked, new LinkedRiskOptions()));

    [Fact]
    public void TaintedInflow_MuleForwardsToNextLayer_NextLayerTainted()
    {
        var h = MuleForwardingFourTimes();
        var layer1Risk = h.Account("layer1").Score.Risk;
        Assert.True(layer1Risk >= 50, $"layer 1 risk {layer1Risk}");
        Assert.True(h.Strength("layer2", IndicatorId.TaintedInflow) >= 22); // at least one inflow from a payer at the flag
    }

    /// <summary>A mule, layer1, takes five victims' payments four times and forwards each batch to layer2.</summary>
    private static Harness MuleForwardingFourTimes()
    {
        var h = new Harness();
        for (var c = 0; c < 4; c++)
        {
            for (var p = 0; p < 5; p++)
            {
                h.Tx(Harness.At(1 + (c * 1.5) + (p * 0.1)), $"victim-{c}-{p}", "layer1", 2_000);
            }

            h.Tx(Harness.At(2 + (c * 1.5)), "layer1", "layer2", 9_500);
        }

        h.Flush();
        return h;
    }

    [Fact]
    public void TaintedInflow_CollectorPaidAgainAndAgain_AlertsWhereAShopPaidOnceDoesNot()
    {
        var h = MuleForwardingFourTimes();
        var flaggedRisk = h.Account("layer1").Score.Risk;
        Assert.True(flaggedRisk >= 50, $"layer 1 risk {flaggedRisk}");

        // The ring's cut, sixteen times in a day, into one collector; one purchase at a shop. From a
        // payer at risk 50 or more each further inflow adds at least 5 to at least 22: 100 by the 16th.
        h.Tx(Harness.At(8), "layer1", "shop", 600);
        for (var i = 0; i < 16; i++)
        {
            h.Tx(Harness.At(8.1 + (i * 0.5)), "layer1", "collector", 600);
        }

        h.Flush();
        var single = h.Strength("shop", IndicatorId.TaintedInflow);
        Assert.InRange(single, 22, 45); // 45 % of a payer risk between 50 and 100
        Assert.Equal(100, h.Strength("collector", IndicatorId.TaintedInflow));
        Assert.Empty(h.AlertsFor("shop"));
        Assert.NotEmpty(h.AlertsFor("collector"));
    }
}
