using Breakcard.Core.Accounts;
using Breakcard.Core.Identifiers;
using Breakcard.Core.Telecom;
using Breakcard.Simulation.Randomness;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Tests.World;

public sealed class IdentifierFactoryTests
{
    [Fact]
    public void CardNumbers_ManyFromOneBank_AreValidAndUnique()
    {
        var ids = new IdentifierFactory(3);
        var random = new SeededRandom(3);
        var seen = new HashSet<ulong>();
        for (var i = 0; i < 50_000; i++)
        {
            var n = ids.CardNumber(6, random); // CMB: 16-digit cards
            Assert.True(seen.Add(n));
            var card = BankCardNumber.Parse(n.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal("CMB", card.Issuer?.Code);
        }
    }

    [Fact]
    public void LuhnDigit_MatchesCore()
    {
        foreach (var payload in new ulong[] { 622202100200300400, 7992739871, 1 })
        {
            var text = payload.ToString(System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(Checksums.LuhnCheck(text) - '0', IdentifierFactory.LuhnDigit(payload));
        }
    }

    [Fact]
    public void MobileNumbers_CityAndOutsideNumbers_NeverCollide()
    {
        var ids = new IdentifierFactory(5);
        var random = new SeededRandom(5);
        var city = new HashSet<long>();
        for (var i = 0; i < 20_000; i++)
        {
            var n = ids.MobileNumber(MobileOperator.ChinaMobile, random);
            Assert.True(city.Add(n));
            Assert.Equal(MobileOperator.ChinaMobile, MobileNumber.Parse(n.ToString(System.Globalization.CultureInfo.InvariantCulture)).Operator);
        }

        for (var i = 0; i < 20_000; i++)
        {
            var n = ids.ExternalMobile(random);
            Assert.True(MobileNumber.TryParse(n.ToString(System.Globalization.CultureInfo.InvariantCulture), out _));
            Assert.DoesNotContain(n, city);
        }
    }

    [Fact]
    public void Imeis_AreValidAndUnique_AndCreditCodesValid()
    {
        var ids = new IdentifierFactory(8);
        var seen = new HashSet<long>();
        for (var i = 0; i < 10_000; i++)
        {
            var imei = ids.Imei(Networks.SimBoxTac);
            Assert.True(seen.Add(imei));
            Assert.True(DeviceId.Parse(imei.ToString("D15", System.Globalization.CultureInfo.InvariantCulture)).IsImei);
        }

        var codes = Enumerable.Range(0, 5_000).Select(c => IdentifierFactory.CreditCodeOf(c, "510104").Reveal()).ToList();
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.All(codes, c => Assert.True(CreditCode.TryParse(c, out _)));
    }

    [Fact]
    public void HomeIp_DistinctHouseholds_GetDistinctAddresses()
    {
        var seen = new HashSet<uint>();
        for (ulong h = 0; h < 200_000; h++)
        {
            var ip = Networks.HomeIp(h);
            Assert.True(seen.Add(ip));
            Assert.Equal(171u, ip >> 24);
            Assert.InRange((ip >> 16) & 0xFF, 208u, 223u);
            Assert.NotEqual(0u, ip & 0xFF);
        }
    }

    [Fact]
    public void BankCatalog_EveryBankHasBins()
    {
        Assert.All(BankCatalog.Banks, b => Assert.NotEmpty(BankCatalog.BinsOf(b.Code)));
    }
}
