using Breakcard.Core.Identifiers;
using Breakcard.Core.People;
using CsCheck;

namespace Breakcard.Core.Tests.Identifiers;

public sealed class ResidentIdTests
{
    // A published GB 11643 example: 11010519491231002X (Beijing, born 1949-12-31, female).
    private const string Example = "11010519491231002X";

    private static readonly Gen<ResidentId> Ids =
        from region in Gen.OneOf("110105", "510104", "510106", "440305", "330106", "512501", "500103")
        from days in Gen.Int[0, 36_500]
        from seq in Gen.Int[0, 999]
        from female in Gen.Bool
        select ResidentId.Create(region, new DateOnly(1930, 1, 1).AddDays(days), seq, female ? Gender.Female : Gender.Male);

    [Fact]
    public void Parse_PublishedExample_ExposesBirthDateGenderAndRegion()
    {
        var id = ResidentId.Parse(Example);
        Assert.Equal(new DateOnly(1949, 12, 31), id.BirthDate);
        Assert.Equal(Gender.Female, id.Gender);
        Assert.Equal("110105", id.RegionCode);
    }

    [Fact]
    public void Parse_LowerCaseX_IsNormalisedToUpper()
    {
        Assert.Equal(Example, ResidentId.Parse(Example.ToLowerInvariant()).Reveal());
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("11010519491231002", "18 characters")]
    [InlineData("1101051949123100A2", "not a digit")]
    [InlineData("99010519491231002X", "province")]
    [InlineData("110105194913310027", "birth date")]
    [InlineData("110105194912310021", "check character")]
    public void TryParse_Invalid_ReportsReasonWithoutEchoingValue(string text, string reasonPart)
    {
        Assert.False(ResidentId.TryParse(text, out _, out var error));
        Assert.Contains(reasonPart, error, StringComparison.Ordinal);
        if (text.Length > 4)
        {
            Assert.DoesNotContain(text, error, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Parse_Invalid_ThrowsIdentifierFormatException()
    {
        var ex = Assert.Throws<IdentifierFormatException>(() => ResidentId.Parse("110105194912310021"));
        Assert.Equal("resident identity number", ex.Kind);
    }

    [Fact]
    public void Create_AnyParts_RoundTripsThroughParse()
    {
        Ids.Sample(id => ResidentId.Parse(id.Reveal()) == id);
    }

    [Fact]
    public void Create_Gender_MatchesSequenceParity()
    {
        Ids.Sample(id => (id.Reveal()[16] - '0') % 2 == (id.Gender == Gender.Male ? 1 : 0));
    }

    [Fact]
    public void SingleCharacterChange_AnyPosition_IsAlwaysRejected()
    {
        // ISO 7064 MOD 11-2 detects every single substitution, so no change may yield a valid id.
        Ids.Sample(id => SingleCharacterChanges.Of(id.Reveal(), SingleCharacterChanges.Digits + "X")
            .All(changed => !ResidentId.TryParse(changed, out _)), iter: 200);
    }

    [Fact]
    public void ToString_MasksAllButFirstThreeAndLastFour()
    {
        var id = ResidentId.Parse(Example);
        Assert.Equal("110***********002X", id.ToString());
        Assert.Equal("110***********002X", $"{id}");
        Assert.Equal(Example, id.Reveal());
    }

    [Fact]
    public void Default_PrintsUnassignedAndRevealThrows()
    {
        ResidentId id = default;
        Assert.Equal(Masking.Unassigned, id.ToString());
        Assert.Throws<InvalidOperationException>(() => id.Reveal());
    }
}
