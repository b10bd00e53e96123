using Breakcard.Core.Identifiers;
using Breakcard.Core.Telecom;
using CsCheck;

namespace Breakcard.Core.Tests.Identifiers;

public sealed class MobileNumberTests
{
    private static readonly Gen<MobileNumber> Numbers =
        from segment in Gen.OneOf(NumberSegments.All.ToArray())
        from subscriber in Gen.Int[0, 99_999_999]
        select MobileNumber.Create(segment, subscriber);

    [Theory]
    [InlineData("13812345678", MobileOperator.ChinaMobile)]
    [InlineData("18612345678", MobileOperator.ChinaUnicom)]
    [InlineData("18912345678", MobileOperator.ChinaTelecom)]
    [InlineData("19212345678", MobileOperator.ChinaBroadnet)]
    [InlineData("17012345678", MobileOperator.Virtual)]
    public void Parse_Segment_NamesOperator(string text, MobileOperator expected)
    {
        Assert.Equal(expected, MobileNumber.Parse(text).Operator);
    }

    [Theory]
    [InlineData("+86 138 1234 5678")]
    [InlineData("86-138-1234-5678")]
    [InlineData("008613812345678")]
    public void Parse_CountryPrefixAndSeparators_AreNormalised(string text)
    {
        Assert.Equal("13812345678", MobileNumber.Parse(text).Reveal());
    }

    [Theory]
    [InlineData("1381234567", "11 digits")]
    [InlineData("12012345678", "segment")]
    [InlineData("1381234567a", "not a digit")]
    [InlineData("  ", "empty")]
    public void TryParse_Invalid_ReportsReason(string text, string reasonPart)
    {
        Assert.False(MobileNumber.TryParse(text, out _, out var error));
        Assert.Contains(reasonPart, error, StringComparison.Ordinal);
    }

    [Fact]
    public void SingleCharacterChange_AnyPosition_IsRejectedOrADifferentNumber()
    {
        // Mobile numbers carry no check digit: a change must never map back to the same value.
        Numbers.Sample(n => SingleCharacterChanges.Of(n.Reveal(), SingleCharacterChanges.Digits)
            .All(changed => !MobileNumber.TryParse(changed, out var other) || other != n), iter: 200);
    }

    [Fact]
    public void ToString_MasksMiddleFour()
    {
        Assert.Equal("138****5678", MobileNumber.Parse("13812345678").ToString());
    }
}
