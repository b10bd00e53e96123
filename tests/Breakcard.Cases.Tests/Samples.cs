using Breakcard.Cases.Identifiers;
using Breakcard.Core.Identifiers;
using Breakcard.Core.People;

namespace Breakcard.Cases.Tests;

/// <summary>Valid synthetic identifiers built with Core's generators.</summary>
internal static class Samples
{
    public static Identifier Identity(int n = 1, DateOnly? birth = null) =>
        Identifier.Parse(IdentifierKind.IdentityNumber, ResidentId.Create("510104", birth ?? new DateOnly(2001, 3, 4).AddDays(n), 10 + n, Gender.Male).Reveal());

    public static Identifier Card(int n = 1) =>
        Identifier.Parse(IdentifierKind.BankCard, BankCardNumber.FromPayload("622202" + n.ToString("000000000000", System.Globalization.CultureInfo.InvariantCulture)).Reveal());

    public static Identifier Phone(int n = 1) => Identifier.Parse(IdentifierKind.Phone, MobileNumber.Create(138, 10_000_000 + n).Reveal());

    public static Identifier Name(string name = "张三") => Identifier.Parse(IdentifierKind.PersonName, name);
}
