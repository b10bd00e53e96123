using Breakcard.Core.Events;
using Breakcard.Detection.Indicators;

namespace Breakcard.Detection.Tests.Indicators;

/// <summary>Card testing and code relay at, below and above their thresholds.</summary>
public sealed class UnifiedIndicatorTests
{
    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 60)]
    [InlineData(4, 73)]
    public void CardTest_TesterSendsMicroTransfers_FiresFromThreeCards(int cards, int expected)
    {
        var h = new Harness();
        var tested = h.DistinctAccounts("card-", cards);
        for (var i = 0; i < cards; i++)
        {
            h.Tx(Harness.At(10 + i), "tester", tested[i], 0.77m);
        }

        h.Flush();
        Assert.Equal(expected, h.Strength("tester", IndicatorId.CardTest));
        Assert.Equal(expected, h.Strength(tested[^1], IndicatorId.CardTest));
    }

    [Theory]
    [InlineData(1.00, 60)]
    [InlineData(1.01, 0)]
    public void CardTest_AmountAroundOneYuan_OnlyMicroAmountsCount(decimal yuan, int expected)
    {
        var h = new Harness();
        var tested = h.DistinctAccounts("card-", 3);
        foreach (var card in tested)
        {
            h.Tx(Harness.At(10), "tester", card, yuan);
        }

        h.Flush();
        Assert.Equal(expected, h.Strength("tester", IndicatorId.CardTest));
    }

    [Fact]
    public void CardTest_CompanyVerifyingCards_NeverATester()
    {
        var h = new Harness(world: w =>
        {
            w.Company("PAY", "支付服务");
            w.Account("platform", "PAY", kind: Breakcard.Core.Accounts.AccountHolderKind.Corporate);
        });
        var cards = h.DistinctAccounts("card-", 5);
        foreach (var card in cards)
        {
            h.Tx(Harness.At(10), "platform", card, 0.01m);
        }

        h.Flush();
        Assert.Equal(0, h.Strength("platform", IndicatorId.CardTest));
        Assert.Equal(0, h.Strength(cards[^1], IndicatorId.CardTest));
    }

    private static Harness SellerWorld() => new(world: w =>
    {
        w.Person("seller");
        w.Account("sold-card", "seller");
        w.Phone("13900000009", "seller");
        w.Device("SELLER-PHONE-01", "seller");
        w.Link("sold-card", "13900000009");
    });

    [Theory]
    [InlineData(1, 600, 0)]
    [InlineData(2, 600, 60)]
    [InlineData(2, 601, 0)]
    [InlineData(3, 60, 80)]
    public void CodeRelay_CodeAfterForeignLogin_FiresFromTwoRelays(int logins, int secondsLater, int expected)
    {
        var h = SellerWorld();
        for (var i = 0; i < logins; i++)
        {
            var t = Harness.At(10 + (i * 24));
            h.Login(t, "sold-card", "DEALER-PHONE-01");
            h.Sms(t.AddSeconds(secondsLater), "95588", "13900000009", SmsKind.VerificationCode);
        }

        h.Flush();
        Assert.Equal(expected, h.PhoneStrength("13900000009", IndicatorId.CodeRelay));
        Assert.Equal(expected, h.Strength("sold-card", IndicatorId.CodeRelay));
    }

    [Fact]
    public void CodeRelay_HolderOwnDevice_IsNotARelay()
    {
        var h = SellerWorld();
        for (var i = 0; i < 3; i++)
        {
            var t = Harness.At(10 + (i * 24));
            h.Login(t, "sold-card", "SELLER-PHONE-01");
            h.Sms(t.AddSeconds(30), "95588", "13900000009", SmsKind.VerificationCode);
        }

        h.Flush();
        Assert.Equal(0, h.PhoneStrength("13900000009", IndicatorId.CodeRelay));
    }
}
