using System.Globalization;
using Breakcard.Core.Accounts;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.Simulation.Tests.Support;

namespace Breakcard.Simulation.Tests;

/// <summary>Every identifier in a world parses with Core's validating types, and is unique where it must be.</summary>
public sealed class IdentifierValidityTests(Worlds worlds)
{
    private SimulatedWorld W => worlds.MediumWorld;

    [Fact]
    public void ResidentIds_AreValidUniqueAndAgreeWithBirthDateGenderAndHomeRegion()
    {
        var people = W.Csv("people.csv");
        var seen = new HashSet<string>();
        foreach (var row in people.Rows)
        {
            var id = ResidentId.Parse(people.Get(row, "identity_number"));
            Assert.True(seen.Add(id.Reveal()), "duplicate identity number");
            Assert.Equal(DateOnly.ParseExact(people.Get(row, "birth_date"), "yyyy-MM-dd", CultureInfo.InvariantCulture), id.BirthDate);
            Assert.Equal(people.Get(row, "gender"), EventSchema.Snake(id.Gender));
            Assert.Equal(people.Get(row, "home_region"), id.RegionCode);
            Assert.True(EventSchema.TryParseSnake<Education>(people.Get(row, "education"), out _));
            Assert.True(EventSchema.TryParseSnake<Occupation>(people.Get(row, "occupation"), out _));
        }

        // Chengdu, the Sichuan prefectures that send workers, and other provinces are all represented.
        var regions = people.Column("home_region").ToHashSet();
        Assert.Contains("510106", regions);
        Assert.Contains("511702", regions);
        Assert.Contains(regions, r => !r.StartsWith("51", StringComparison.Ordinal));
    }

    [Fact]
    public void CardNumbers_AreLuhnValid_IssuedUnderTheirBanksBins_AndUnique()
    {
        var accounts = W.Csv("accounts.csv");
        var numbers = new HashSet<string>();
        var cards = 0;
        foreach (var row in accounts.Rows)
        {
            Assert.True(numbers.Add(accounts.Get(row, "account_number")), "duplicate account number");
            var bank = accounts.Get(row, "bank");
            Assert.NotNull(BankCatalog.Find(bank));
            if (accounts.Get(row, "holder_kind") == "personal")
            {
                var card = BankCardNumber.Parse(accounts.Get(row, "account_number"));
                Assert.Equal(bank, card.Issuer?.Code);
                Assert.Equal(BankCatalog.FindBin(card.Reveal())!.CardLength, card.Reveal().Length);
                cards++;
            }
            else
            {
                Assert.Equal("", accounts.Get(row, "card_number"));
            }
        }

        Assert.True(cards > 5_000);
    }

    [Fact]
    public void PhoneNumbers_AreInAllocatedSegments_Unique_AndVirtualSegmentsAreOverRepresentedAmongRingLines()
    {
        var phones = W.Csv("phones.csv");
        var truth = W.Truth("phones.csv").IndexBy("number");
        var seen = new HashSet<string>();
        int ringVirtual = 0, ring = 0, allVirtual = 0;
        foreach (var row in phones.Rows)
        {
            var number = MobileNumber.Parse(phones.Get(row, "number"));
            Assert.True(seen.Add(number.Reveal()), "duplicate phone number");
            Assert.Equal(phones.Get(row, "operator"), EventSchema.Snake(number.Operator));
            var isVirtual = number.Operator == MobileOperator.Virtual;
            allVirtual += isVirtual ? 1 : 0;
            if (W.Truth("phones.csv").Get(truth[number.Reveal()], "role") == "ring_line")
            {
                ring++;
                ringVirtual += isVirtual ? 1 : 0;
            }
        }

        Assert.True(ring > 10);
        Assert.True(ringVirtual / (double)ring > 5 * allVirtual / (double)phones.Rows.Count,
            $"virtual-operator share: ring lines {ringVirtual}/{ring}, all {allVirtual}/{phones.Rows.Count}");
    }

    [Fact]
    public void CallsAndSms_UseValidNumbers()
    {
        var calls = W.Csv(EventSchema.CallsCsv);
        foreach (var row in calls.Rows.Take(50_000))
        {
            Assert.True(MobileNumber.TryParse(calls.Get(row, "caller"), out _));
            var callee = calls.Get(row, "callee");
            Assert.True(MobileNumber.TryParse(callee, out _) || callee.Length == 5, $"callee {callee.Length} digits");
        }

        var sms = W.Csv(EventSchema.SmsCsv);
        foreach (var row in sms.Rows.Take(50_000))
        {
            Assert.True(MobileNumber.TryParse(sms.Get(row, "receiver"), out _));
        }
    }

    [Fact]
    public void DeviceIds_AreValidImeis_AndIpsAreValid()
    {
        var devices = W.Csv("devices.csv");
        var seen = new HashSet<string>();
        foreach (var row in devices.Rows)
        {
            var id = DeviceId.Parse(devices.Get(row, "device_id"));
            Assert.True(id.IsImei);
            Assert.True(seen.Add(id.Reveal()), "duplicate device id");
            Assert.True(EventSchema.TryParseSnake<DeviceKind>(devices.Get(row, "kind"), out _));
        }

        var logins = W.Csv(EventSchema.LoginsCsv);
        Assert.All(logins.Rows.Take(20_000), r => Assert.True(IpAddress.TryParse(logins.Get(r, "ip"), out _)));
        Assert.All(logins.Rows.Take(20_000), r => Assert.Contains(logins.Get(r, "device_id"), seen));
    }

    [Fact]
    public void CreditCodes_AreValidAndUnique_AndRegisteredInTheCompanysDistrict()
    {
        var companies = W.Csv("companies.csv");
        var seen = new HashSet<string>();
        foreach (var row in companies.Rows)
        {
            var code = CreditCode.Parse(companies.Get(row, "credit_code"));
            Assert.True(seen.Add(code.Reveal()));
            Assert.Equal('9', code.RegistrationAuthority);
            Assert.StartsWith("5101", code.RegionCode, StringComparison.Ordinal);
        }
    }
}
