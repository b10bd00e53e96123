using Breakcard.Core.Events;
using Breakcard.Detection.Alerts;
using Breakcard.Detection.Reference;

namespace Breakcard.Detection.Tests.Identifiers;

/// <summary>
/// Once a reference's profiles are frozen (a shard, ADR 0358), identifiers first seen in the stream
/// read the unknown profile — a cash point's with its flag — without a profile stored per identifier.
/// </summary>
public sealed class FrozenProfilesTests
{
    [Fact]
    public void FrozenProfiles_StreamAccounts_ReadUnknownOrCash_WithoutGrowingTheProfiles()
    {
        var dense = ReferenceData.Empty();
        var frozen = ReferenceData.Empty();
        frozen.FreezeProfiles();
        var profiles = frozen.ProfileBytes();
        var cash = CashPoints.For("ATM-0001");
        Assert.True(CashPoints.IsCash(cash));

        foreach (var (key, hold) in new[] { ("6222A", true), (cash, false), ("6222B", false) })
        {
            var i = frozen.AddAccount(key, hold);
            var j = dense.InternAccount(key);
            Assert.Equal(j, i);
            Assert.Equal(dense.Account(j).Flags, frozen.Account(i).Flags);
            Assert.Equal(dense.Account(j).Holder, frozen.Account(i).Holder);
        }

        Assert.Equal(AccountFlags.Cash, frozen.Account(1).Flags);
        Assert.Equal(profiles + 16, frozen.ProfileBytes());
        Assert.True(dense.ProfileBytes() > frozen.ProfileBytes());
        Assert.Equal(0, frozen.AddPhone("13800000001", hold: false));
        Assert.Equal(0, frozen.Phones.Held);
        Assert.Equal(PhoneProfile.Unknown.Holder, frozen.Phone(0).Holder);
        Assert.Throws<IndexOutOfRangeException>(() => frozen.Account(3));
    }

    [Fact]
    public void DeferredName_NamesAnIdentifierByKindAndIndex_AndIsToldApartFromText()
    {
        Assert.Equal("\u001Fa0", DeferredName.Of(DeferredName.Account, 0));
        Assert.True(DeferredName.TryParse(DeferredName.Of(DeferredName.Device, 42), out var kind, out var index));
        Assert.Equal((DeferredName.Device, 42), (kind, index));
        Assert.False(DeferredName.TryParse("6222A", out _, out _));
        Assert.False(DeferredName.TryParse(null, out _, out _));
    }
}
