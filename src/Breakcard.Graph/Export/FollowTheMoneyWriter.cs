using System.Globalization;
using System.Text.Json;
using Breakcard.Core.Accounts;
using Breakcard.Core.Companies;
using Breakcard.Core.Events;
using Breakcard.Core.People;
using Breakcard.Core.Time;

namespace Breakcard.Graph.Export;

/// <summary>
/// Writes entities modelled on FollowTheMoney (https://followthemoney.tech) as JSON Lines — one
/// <c>{"id", "schema", "properties": {name: [values]}}</c> per line — so investigators can move
/// the data to Aleph, OpenAleph or any FtM tool. Schemata: Person, Company, Directorship (legal
/// representative), BankAccount, Ownership (holder owns account), UserAccount (online banking),
/// Payment, Call. Property names are FtM's; values are strings as FtM stores them. Devices and
/// IPs have no FtM schema and are not exported (docs/tracing.md). Identifiers are written in full.
/// </summary>
public static class FollowTheMoneyWriter
{
    private const string Currency = "CNY";

    /// <summary>Writes <paramref name="data"/> to <paramref name="stream"/>; returns the number of entities written.</summary>
    public static int Write(Stream stream, FtmData data)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(data);
        var phonesOf = data.Phones.GroupBy(p => p.HolderId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(p => p.Number.Reveal()).Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var phoneHolder = data.Phones.ToDictionary(p => p.Number.Reveal(), p => p.HolderId, StringComparer.Ordinal);
        var companyIds = data.Companies.Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        var accounts = data.Accounts.ToDictionary(a => a.AccountNumber, StringComparer.Ordinal);
        string HolderEntity(string holderId) => companyIds.Contains(holderId) ? CompanyId(holderId) : PersonId(holderId);

        var count = 0;
        using var w = new Utf8JsonWriter(stream);
        void Entity(string id, string schema, params (string Name, string? Value)[] properties)
        {
            w.WriteStartObject();
            w.WriteString("id", id);
            w.WriteString("schema", schema);
            w.WriteStartObject("properties");
            foreach (var group in properties.Where(p => !string.IsNullOrEmpty(p.Value)).GroupBy(p => p.Name, StringComparer.Ordinal))
            {
                w.WriteStartArray(group.Key);
                foreach (var (_, value) in group)
                {
                    w.WriteStringValue(value);
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            w.WriteEndObject();
            w.Flush();
            w.Reset();
            stream.WriteByte((byte)'\n');
            count++;
        }

        foreach (var p in data.People)
        {
            var props = new List<(string, string?)>
            {
                ("name", p.Name.Reveal()), ("idNumber", p.IdentityNumber.Reveal()), ("birthDate", Date(p.BirthDate)),
                ("gender", p.Gender == Gender.Male ? "male" : "female"), ("address", p.Address), ("nationality", "cn"), ("country", "cn"),
            };
            props.AddRange((phonesOf.GetValueOrDefault(p.Id) ?? []).Select(n => ("phone", (string?)n)));
            Entity(PersonId(p.Id), "Person", [.. props]);
        }

        foreach (var c in data.Companies)
        {
            var phones = (phonesOf.GetValueOrDefault(c.Id) ?? []).Select(n => ("phone", (string?)n));
            Entity(CompanyId(c.Id), "Company", [
                ("name", c.Name), ("registrationNumber", c.Code.Reveal()), ("address", c.RegisteredAddress),
                ("incorporationDate", Date(c.Registered)), ("status", EventSchema.Snake(c.Status)), ("sector", c.BusinessScope),
                ("jurisdiction", "cn"), .. phones]);
            if (!string.IsNullOrEmpty(c.LegalRepresentativeId))
            {
                Entity($"bc-directorship-{c.LegalRepresentativeId}-{c.Id}", "Directorship",
                    ("director", PersonId(c.LegalRepresentativeId)), ("organization", CompanyId(c.Id)), ("role", "legal representative (法定代表人)"));
            }
        }

        foreach (var a in data.Accounts)
        {
            var bank = BankCatalog.Find(a.BankCode);
            Entity(AccountId(a.AccountNumber), "BankAccount",
                ("accountNumber", a.AccountNumber), ("bankName", bank is null ? a.BankCode : $"{bank.ChineseName} ({bank.EnglishName})"),
                ("accountType", EventSchema.Snake(a.Class)), ("openingDate", Date(a.Opened)), ("currency", Currency), ("country", "cn"));
            Entity($"bc-ownership-{a.HolderId}-{a.AccountNumber}", "Ownership",
                ("owner", HolderEntity(a.HolderId)), ("asset", AccountId(a.AccountNumber)), ("ownershipType", "account holder"),
                ("startDate", Date(a.Opened)));
        }

        foreach (var number in data.OnlineAccounts.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var a = accounts.GetValueOrDefault(number);
            var bank = a is null ? null : BankCatalog.Find(a.BankCode);
            Entity($"bc-useraccount-{number}", "UserAccount",
                ("username", number), ("service", (bank?.EnglishName ?? a?.BankCode ?? "bank") + " online banking"),
                ("owner", a is null ? null : HolderEntity(a.HolderId)));
        }

        foreach (var t in data.Transactions)
        {
            var payer = accounts.GetValueOrDefault(t.Debit);
            var beneficiary = accounts.GetValueOrDefault(t.Credit);
            Entity($"bc-payment-{t.Id}", "Payment",
                ("transactionNumber", t.Id), ("date", Time(t.Time)), ("amount", t.Amount.ToYuanString()), ("currency", Currency),
                ("payer", payer is null ? null : HolderEntity(payer.HolderId)), ("payerAccount", CashPoints.IsCash(t.Debit) ? null : AccountId(t.Debit)),
                ("beneficiary", beneficiary is null ? null : HolderEntity(beneficiary.HolderId)),
                ("beneficiaryAccount", CashPoints.IsCash(t.Credit) ? null : AccountId(t.Credit)),
                ("purpose", t.Memo), ("description", Describe(t)));
        }

        foreach (var c in data.Calls)
        {
            Entity($"bc-call-{c.Id}", "Call",
                ("callerNumber", c.Caller), ("receiverNumber", c.Callee), ("date", Time(c.Start)),
                ("duration", c.DurationSeconds.ToString(CultureInfo.InvariantCulture)),
                ("caller", phoneHolder.TryGetValue(c.Caller, out var from) ? HolderEntity(from) : null),
                ("receiver", phoneHolder.TryGetValue(c.Callee, out var to) ? HolderEntity(to) : null));
        }

        return count;
    }

    /// <summary>The FtM entity id of a person.</summary>
    public static string PersonId(string id) => "bc-person-" + id;

    /// <summary>The FtM entity id of a company.</summary>
    public static string CompanyId(string id) => "bc-company-" + id;

    /// <summary>The FtM entity id of an account.</summary>
    public static string AccountId(string number) => "bc-account-" + number;

    private static string Describe(TransactionEvent t)
    {
        var channel = EventSchema.ToText(t.Channel);
        return CashPoints.IsCash(t.Credit) ? $"{channel}: cash out at {t.Credit[CashPoints.Prefix.Length..]}"
            : CashPoints.IsCash(t.Debit) ? $"{channel}: cash in at {t.Debit[CashPoints.Prefix.Length..]}"
            : channel;
    }

    private static string Date(DateOnly date) => date.ToString(EventSchema.DateFormat, CultureInfo.InvariantCulture);

    // FtM dates are ISO 8601 without an offset; times are given in China Standard Time.
    private static string Time(DateTimeOffset time) => ChinaTime.ToChina(time).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
}
