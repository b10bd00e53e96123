using System.Text.Json;
using Breakcard.Core;
using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;
using Breakcard.Core.People;
using Breakcard.Core.Telecom;
using Breakcard.Graph.Export;

namespace Breakcard.Graph.Tests.Export;

public sealed class FollowTheMoneyWriterTests
{
    // Property names of these schemata (and their parents) in FollowTheMoney's YAML definitions.
    private static readonly Dictionary<string, string[]> FtmProperties = new()
    {
        ["Person"] = ["name", "idNumber", "birthDate", "gender", "address", "nationality", "country", "phone"],
        ["Company"] = ["name", "registrationNumber", "address", "incorporationDate", "status", "sector", "jurisdiction", "phone"],
        ["Directorship"] = ["director", "organization", "role"],
        ["BankAccount"] = ["accountNumber", "bankName", "accountType", "openingDate", "currency", "country"],
        ["Ownership"] = ["owner", "asset", "ownershipType", "startDate"],
        ["UserAccount"] = ["username", "service", "owner", "number"],
        ["Payment"] = ["transactionNumber", "date", "amount", "currency", "payer", "payerAccount", "beneficiary", "beneficiaryAccount", "purpose", "description"],
        ["Call"] = ["callerNumber", "receiverNumber", "date", "duration", "caller", "receiver"],
    };

    private static readonly string[] References = ["director", "organization", "owner", "asset", "payer", "payerAccount", "beneficiary", "beneficiaryAccount", "caller", "receiver"];

    [Fact]
    public void Write_SmallWorld_EveryLineIsAnFtmEntityWithValidReferences()
    {
        var p1 = new Person("P1", ResidentId.Create("510104", new DateOnly(2001, 5, 6), 12, Gender.Male), new PersonName("张伟"),
            Gender.Male, new DateOnly(2001, 5, 6), Education.JuniorHigh, Occupation.Unemployed, "510104", "成都市金牛区一环路1号");
        var card = BankCardNumber.FromPayload("622202100200300400");
        var company = new Company("C1", CreditCode.FromPayload("91510106MA6C00001"), "成都某某贸易有限公司", "金牛区某大厦101", "P1", "trade",
            new DateOnly(2023, 1, 1), CompanyStatus.NotOperating);
        var phone = new PhoneCard(MobileNumber.Parse("13812345678"), MobileOperator.ChinaMobile, PhoneCardKind.Ordinary, "P1", new DateOnly(2022, 1, 1));
        var data = new FtmData
        {
            People = [p1],
            Companies = [company],
            Accounts =
            [
                new BankAccount(card.Reveal(), "ICBC", AccountClass.ClassI, AccountHolderKind.Personal, "P1", new DateOnly(2020, 1, 1), AccountStatus.Active, card),
                new BankAccount("4402000000000001", "CCB", AccountClass.ClassI, AccountHolderKind.Corporate, "C1", new DateOnly(2023, 2, 1), AccountStatus.Active, null),
            ],
            Phones = [phone],
            OnlineAccounts = [card.Reveal()],
            Transactions =
            [
                new TransactionEvent("T1", GraphText.At("10:00"), "4402000000000001", card.Reveal(), Money.FromYuan(5000), Channel.Transfer, "货款"),
                new TransactionEvent("T2", GraphText.At("11:00"), card.Reveal(), "CASH:ATM-1", Money.FromFen(499_950), Channel.AtmCash, null),
            ],
            Calls = [new CallEvent("K1", GraphText.At("09:00"), "13812345678", "13998765432", 35, null, null)],
        };

        using var stream = new MemoryStream();
        var count = FollowTheMoneyWriter.Write(stream, data);
        var lines = System.Text.Encoding.UTF8.GetString(stream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(count, lines.Length);
        var entities = lines.Select(l => JsonDocument.Parse(l).RootElement).ToArray();
        var ids = entities.Select(e => e.GetProperty("id").GetString()).ToHashSet();
        Assert.Equal(lines.Length, ids.Count);
        Assert.Equal(
            ["BankAccount", "BankAccount", "Call", "Company", "Directorship", "Ownership", "Ownership", "Payment", "Payment", "Person", "UserAccount"],
            entities.Select(e => e.GetProperty("schema").GetString()).Order());
        foreach (var e in entities)
        {
            var schema = e.GetProperty("schema").GetString()!;
            foreach (var prop in e.GetProperty("properties").EnumerateObject())
            {
                Assert.Contains(prop.Name, FtmProperties[schema]);
                Assert.All(prop.Value.EnumerateArray(), v => Assert.False(string.IsNullOrEmpty(v.GetString())));
                if (References.Contains(prop.Name))
                {
                    Assert.All(prop.Value.EnumerateArray(), v => Assert.Contains(v.GetString(), ids));
                }
            }
        }

        var person = entities.Single(e => e.GetProperty("schema").GetString() == "Person").GetProperty("properties");
        Assert.Equal("张伟", person.GetProperty("name")[0].GetString());
        Assert.Equal("13812345678", person.GetProperty("phone")[0].GetString());
        var withdrawal = entities.Single(e => e.GetProperty("id").GetString() == "bc-payment-T2").GetProperty("properties");
        Assert.Equal("4999.50", withdrawal.GetProperty("amount")[0].GetString());
        Assert.Equal("CNY", withdrawal.GetProperty("currency")[0].GetString());
        Assert.Equal("2024-03-01T11:00:00", withdrawal.GetProperty("date")[0].GetString());
        Assert.Equal("bc-person-P1", withdrawal.GetProperty("payer")[0].GetString());
        Assert.False(withdrawal.TryGetProperty("beneficiaryAccount", out _));
        var call = entities.Single(e => e.GetProperty("schema").GetString() == "Call").GetProperty("properties");
        Assert.Equal("bc-person-P1", call.GetProperty("caller")[0].GetString());
        Assert.False(call.TryGetProperty("receiver", out _));
    }
}
