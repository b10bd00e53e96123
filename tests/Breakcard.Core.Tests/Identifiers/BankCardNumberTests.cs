using Breakcard.Core.Accounts;
using Breakcard.Core.Identifiers;
using CsCheck;

namespace Breakcard.Core.Tests.Identifiers;

public sealed class BankCardNumberTests
{
    private static readonly Gen<BankCardNumber> Cards =
        from bin in Gen.OneOf(BankCatalog.Bins.ToArray())
        from body in Gen.String[Gen.Char['0', '9'], bin.CardLength - 7, bin.CardLength - 7]
        select BankCardNumber.FromPayload(bin.Prefix + body);

    [Fact]
    public void Parse_KnownBin_NamesIssuerAndUnionPay()
    {
        var card = BankCardNumber.FromPayload("622202" + "100200300400");
        Assert.Equal("ICBC", card.Issuer!.Code);
        Assert.True(card.IsUnionPay);
        Assert.Equal(19, card.Reveal().Length);
    }

    [Fact]
    public void Parse_UnknownBin_IsValidWithUnknownIssuer()
    {
        var card = BankCardNumber.FromPayload("999999" + "0000000000");
        Assert.Null(card.Issuer);
        Assert.False(card.IsUnionPay);
    }

    [Fact]
    public void Parse_SpacesAndHyphens_AreIgnored()
    {
        var card = BankCardNumber.FromPayload("622588" + "123456789");
        var spaced = string.Join(' ', card.Reveal().Chunk(4).Select(c => new string(c)));
        Assert.Equal(card, BankCardNumber.Parse(spaced));
        Assert.Equal(card, BankCardNumber.Parse(spaced.Replace(' ', '-')));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("622202123456789", "16 to 19")]
    [InlineData("62220212345678901234", "16 to 19")]
    [InlineData("62220212345678a9012", "not a digit")]
    public void TryParse_Invalid_ReportsReason(string text, string reasonPart)
    {
        Assert.False(BankCardNumber.TryParse(text, out _, out var error));
        Assert.Contains(reasonPart, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_WrongCheckDigit_IsRejected()
    {
        var card = BankCardNumber.FromPayload("622848" + "012345678901").Reveal();
        var wrong = card[..^1] + (char)('0' + ((card[^1] - '0' + 1) % 10));
        Assert.False(BankCardNumber.TryParse(wrong, out _, out var error));
        Assert.Contains("Luhn", error, StringComparison.Ordinal);
    }

    [Fact]
    public void SingleCharacterChange_AnyPosition_IsAlwaysRejected()
    {
        // Luhn detects every single-digit substitution.
        Cards.Sample(c => SingleCharacterChanges.Of(c.Reveal(), SingleCharacterChanges.Digits)
            .All(changed => !BankCardNumber.TryParse(changed, out _)), iter: 300);
    }

    [Fact]
    public void BinTable_EveryEntry_NamesACatalogueBankAndALegalLength()
    {
        Assert.All(BankCatalog.Bins, b =>
        {
            Assert.NotNull(BankCatalog.Find(b.BankCode));
            Assert.InRange(b.CardLength, 16, 19);
            Assert.Equal(6, b.Prefix.Length);
        });
        Assert.Equal(BankCatalog.Bins.Count, BankCatalog.Bins.Select(b => b.Prefix).Distinct().Count());
    }

    [Fact]
    public void ToString_ShowsFirstSixAndLastFour()
    {
        var card = BankCardNumber.FromPayload("622202" + "100200300400");
        var full = card.Reveal();
        Assert.Equal(full[..6] + new string('*', 9) + full[^4..], card.ToString());
    }
}
