using Breakcard.Cases.Identifiers;
using Breakcard.Core.Identifiers;
using Breakcard.Core.People;

namespace Breakcard.Storage.Tests.Infrastructure;

/// <summary>Valid synthetic identifiers for tests (built with Core's generators, so check digits are right).</summary>
public static class Samples
{
    public static Identifier Identity(int n = 1) =>
        Identifier.Parse(IdentifierKind.IdentityNumber, ResidentId.Create("510104", new DateOnly(2001, 3, 4).AddDays(n), 10 + n, Gender.Male).Reveal());

    public static Identifier Name(string name = "张三") => Identifier.Parse(IdentifierKind.PersonName, name);

    public static Identifier Card(int n = 1) =>
        Identifier.Parse(IdentifierKind.BankCard, BankCardNumber.FromPayload("622202" + n.ToString("000000000000", System.Globalization.CultureInfo.InvariantCulture)).Reveal());

    public static Identifier Phone(int n = 1) =>
        Identifier.Parse(IdentifierKind.Phone, MobileNumber.Create(138, 10_000_000 + n).Reveal());

    public static Identifier Company(int n = 1) =>
        Identifier.Parse(IdentifierKind.CreditCode, CreditCode.FromPayload("91510104MA" + n.ToString("0000000", System.Globalization.CultureInfo.InvariantCulture)).Reveal());
}
