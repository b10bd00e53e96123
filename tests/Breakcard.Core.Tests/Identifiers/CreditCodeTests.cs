using Breakcard.Core.Identifiers;
using CsCheck;

namespace Breakcard.Core.Tests.Identifiers;

public sealed class CreditCodeTests
{
    // A real, published code (Tencent Technology (Shenzhen) Co., Ltd.).
    private const string Published = "9144030071526726XG";

    private static readonly Gen<CreditCode> Codes =
        from authority in Gen.OneOf("91", "92", "93", "52", "12")
        from region in Gen.OneOf("510100", "510104", "440300", "110105")
        from org in Gen.String[Gen.OneOf(Checksums.CreditCodeAlphabet.ToCharArray()), 9, 9]
        select CreditCode.FromPayload(authority + region + org);

    [Fact]
    public void Parse_PublishedCode_IsValidWithParts()
    {
        var code = CreditCode.Parse(Published);
        Assert.Equal('9', code.RegistrationAuthority);
        Assert.Equal('1', code.EntityType);
        Assert.Equal("440300", code.RegionCode);
    }

    [Theory]
    [InlineData("9144030071526726X", "18 characters")]
    [InlineData("9144030071526726XI", "not allowed")]
    [InlineData("91A4030071526726XG", "region code")]
    [InlineData("9144030071526726XH", "check character")]
    public void TryParse_Invalid_ReportsReason(string text, string reasonPart)
    {
        Assert.False(CreditCode.TryParse(text, out _, out var error));
        Assert.Contains(reasonPart, error, StringComparison.Ordinal);
    }

    [Fact]
    public void SingleCharacterChange_AnyPosition_IsAlwaysRejected()
    {
        // MOD 31 with weights coprime to 31 detects every single substitution.
        Codes.Sample(c => SingleCharacterChanges.Of(c.Reveal(), Checksums.CreditCodeAlphabet)
            .All(changed => !CreditCode.TryParse(changed, out _)), iter: 200);
    }

    [Fact]
    public void ToString_MasksMiddle()
    {
        Assert.Equal("914403********26XG", CreditCode.Parse(Published).ToString());
    }
}
