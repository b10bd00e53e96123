using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// The compact shard messages (ADR 0220): what the gateway packs is what the shard unpacks, field by
/// field — sides, peers (-1 included), places with no, empty and several pushes, optional strings
/// absent, empty and non-ASCII — except a transfer's memo, which is not sent; place items carry the
/// entity the place stores count (a call's caller, an SMS's receiver, a login's account).
/// </summary>
public sealed class ShardWireTests
{
    private static readonly WireEvent Transfer = new(WireKind.Transaction, "T1", 1_762_000_000, 480, "6222020000000000018", "6222020000000000026", 123_456_789_012, 3, null, null, "房租");
    private static readonly WireEvent Call = new(WireKind.Call, "C9", 1_762_000_100, -300, "13800000001", "13900000002", 65, 0, "dev-1", "cell-7", null);
    private static readonly WireEvent Sms = new(WireKind.Sms, "S2", 1_762_000_200, 480, "13800000001", "13900000002", 0, 2, null, string.Empty, null);
    private static readonly WireEvent Login = new(WireKind.Login, "L5", 1_762_000_300, 0, "6222020000000000018", string.Empty, 0, 0, string.Empty, "10.0.0.1", null);

    [Fact]
    public void Items_RoundTrip_FieldByField_WithoutTheMemo()
    {
        ShardItem[] items =
        [
            new(0, 0, 1_762_000_000, ShardSide.Debit, 5, Transfer),
            new(1, 2, 1_762_000_050, ShardSide.Credit, -1, Transfer),
            new(2, 1, 1_762_000_100, ShardSide.Whole, -1, Call, new ShardPlaces(0, 0, 3, 2, [new PlacePushed(2, "13900000002", 7, 40), new PlacePushed(1, "6222020000000000026", 6, 100)])),
            new(3, 3, 1_762_000_200, ShardSide.Whole, -1, Sms, new ShardPlaces(0, 0, 1, 0, null)),
            new(long.MaxValue, 4, 1_762_000_300, ShardSide.Whole, -1, Login, new ShardPlaces(4, 1, 0, 0, [])),
        ];

        var back = ShardWire.UnpackItems(ShardWire.PackItems(items));

        Assert.Equal(items.Length, back.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var (sent, got) = (items[i], back[i]);
            Assert.Equal((sent.Sequence, sent.Release, sent.ProcessTime, sent.Side, sent.Peer), (got.Sequence, got.Release, got.ProcessTime, got.Side, got.Peer));
            Assert.Equal(sent.Event with { Memo = null }, got.Event);
            Assert.Equal(sent.Places is null, got.Places is null);
            if (sent.Places is { } p && got.Places is { } q)
            {
                Assert.Equal((p.DeviceHolders, p.IpHolders, p.SimsInDevice, p.HeavyInCell), (q.DeviceHolders, q.IpHolders, q.SimsInDevice, q.HeavyInCell));
                Assert.Equal(p.Pushes is null, q.Pushes is null);
                Assert.Equal(p.Pushes ?? [], q.Pushes ?? []);
            }
        }

        Assert.Null(back[0].Event.Memo);
        Assert.Equal(string.Empty, back[3].Event.Place);
        Assert.Null(back[3].Event.Device);
        Assert.Empty(ShardWire.UnpackItems(ShardWire.PackItems([])));
    }

    [Fact]
    public void Round_RoundTrip_KeysInOrder_AndPlaceItemsCarryTheCountedEntity()
    {
        WireKey[] keys = [new(WireKeyKind.Phone, "13800000001"), new(WireKeyKind.Device, "dev-1"), new(WireKeyKind.Cell, "基站-7"), new(WireKeyKind.Account, "6222020000000000018")];
        PlaceItem[] items =
        [
            PlaceItem.Of(Call, 2, PlaceParts.Device | PlaceParts.Cell, 1_762_000_100, crossed: true, heavy: true),
            PlaceItem.Of(Sms, 3, PlaceParts.Device, 1_762_000_200, crossed: false, heavy: false),
            PlaceItem.Of(Login, 4, PlaceParts.Ip, 1_762_000_300, crossed: false, heavy: true),
        ];

        var (gotKeys, gotItems) = ShardWire.UnpackRound(ShardWire.PackRound(keys, items));

        Assert.Equal(keys, gotKeys);
        Assert.Equal(items, gotItems);
        Assert.Equal(("13800000001", "dev-1", "cell-7"), (gotItems[0].Source, gotItems[0].Device, gotItems[0].Place));
        Assert.Equal("13900000002", gotItems[1].Source);
        Assert.Equal(("6222020000000000018", string.Empty, "10.0.0.1"), (gotItems[2].Source, gotItems[2].Device, gotItems[2].Place));
    }

    [Fact]
    public void OtherVersion_IsRefused_NamingTheBuildMismatch()
    {
        var packed = ShardWire.PackItems([]);
        packed[0] = 9;

        var error = Assert.Throws<InvalidDataException>(() => ShardWire.UnpackItems(packed));
        Assert.Contains("encoding version 9", error.Message, StringComparison.Ordinal);
    }
}
