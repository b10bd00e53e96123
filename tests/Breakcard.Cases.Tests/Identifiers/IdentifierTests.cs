using Breakcard.Cases.Identifiers;
using Breakcard.Core.Identifiers;

namespace Breakcard.Cases.Tests.Identifiers;

public sealed class IdentifierTests
{
    [Fact]
    public void Parse_EachKind_PrintsMaskedAndRevealsFull()
    {
        var card = Identifier.Parse(IdentifierKind.BankCard, "6222 0200 0000 0000 018");
        Assert.Equal("6222020000000000018", card.Reveal());
        Assert.Equal("622202*********0018", card.Masked);
        Assert.Equal("622202*********0018", card.ToString());
        Assert.Equal("138****0001", Identifier.Parse(IdentifierKind.Phone, "+86 138-1000-0001").Masked);
        Assert.Equal("张*", Samples.Name("张三").Masked);
        var id = Identifier.Parse(IdentifierKind.IdentityNumber, Samples.Identity(1).Reveal());
        Assert.Equal("510***********" + id.Reveal()[^4..], id.Masked);
    }

    [Fact]
    public void Parse_AccountNumberWithoutLuhn_IsAnAccountMaskedAtEnds()
    {
        Assert.True(Identifier.TryParseAccount("51050100123456789", out var a, out _));
        Assert.Equal(IdentifierKind.AccountNumber, a.Kind);
        Assert.Equal("5105*********6789", a.Masked);
        Assert.True(Identifier.TryParseAccount(Samples.Card(2).Reveal(), out var c, out _));
        Assert.Equal(IdentifierKind.BankCard, c.Kind);
    }

    [Theory]
    [InlineData(IdentifierKind.IdentityNumber, "510104200103050112")]
    [InlineData(IdentifierKind.BankCard, "6222020000000000010")]
    [InlineData(IdentifierKind.Phone, "12012345678")]
    [InlineData(IdentifierKind.AccountNumber, "12-34")]
    [InlineData(IdentifierKind.PersonName, "  ")]
    public void Parse_Invalid_ErrorNeverEchoesTheValue(IdentifierKind kind, string text)
    {
        var ex = Assert.Throws<IdentifierFormatException>(() => Identifier.Parse(kind, text));
        Assert.DoesNotContain(text.Trim().Length > 0 ? text.Trim() : "\u0000", ex.Message, StringComparison.Ordinal);
        Assert.StartsWith("Not a valid " + Identifier.Describe(kind), ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Default_PrintsUnassignedAndThrowsOnReveal()
    {
        var d = default(Identifier);
        Assert.Equal(Masking.Unassigned, d.ToString());
        Assert.True(d.IsUnassigned);
        Assert.Throws<InvalidOperationException>(() => d.Reveal());
    }
}
