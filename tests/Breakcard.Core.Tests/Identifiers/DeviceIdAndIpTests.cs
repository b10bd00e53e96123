using Breakcard.Core.Identifiers;
using CsCheck;

namespace Breakcard.Core.Tests.Identifiers;

public sealed class DeviceIdTests
{
    private static readonly Gen<DeviceId> Imeis =
        from tac in Gen.OneOf("35209900", "86891403", "86753603", "35332811")
        from serial in Gen.Int[0, 999_999]
        select DeviceId.CreateImei(tac, serial);

    [Fact]
    public void Parse_PublishedImei_IsValid()
    {
        // The IMEI example from 3GPP TS 23.003 Annex B: 49015420323751 + check digit 8.
        var id = DeviceId.Parse("490154203237518");
        Assert.True(id.IsImei);
        Assert.Equal("49015420", id.TypeAllocationCode);
    }

    [Fact]
    public void SingleCharacterChange_Imei_IsAlwaysRejected()
    {
        Imeis.Sample(d => SingleCharacterChanges.Of(d.Reveal(), SingleCharacterChanges.Digits)
            .All(changed => !DeviceId.TryParse(changed, out _)), iter: 200);
    }

    [Theory]
    [InlineData("abc", "4 to 64")]
    [InlineData("device id with spaces", "outside")]
    [InlineData("490154203237519", "IMEI")]
    public void TryParse_Invalid_ReportsReason(string text, string reasonPart)
    {
        Assert.False(DeviceId.TryParse(text, out _, out var error));
        Assert.Contains(reasonPart, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_Fingerprint_IsAcceptedAndMasked()
    {
        var id = DeviceId.Parse("android-7f3a9c21d4e5");
        Assert.False(id.IsImei);
        Assert.Equal("andr************d4e5", id.ToString());
    }
}

public sealed class IpAddressTests
{
    [Theory]
    [InlineData("192.168.1.20", "192.168.*.*")]
    [InlineData("2001:db8::1", "2001:db8:*")]
    public void Parse_Valid_MasksHostPart(string text, string masked)
    {
        Assert.Equal(masked, IpAddress.Parse(text).ToString());
    }

    [Theory]
    [InlineData("1")]
    [InlineData("010.1.1.1")]
    [InlineData("256.1.1.1")]
    [InlineData("1.2.3")]
    [InlineData("1.2.3.4.5")]
    [InlineData("gg::1")]
    public void TryParse_LooseForms_AreRejected(string text)
    {
        Assert.False(IpAddress.TryParse(text, out _));
    }
}
