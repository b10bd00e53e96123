using Breakcard.Cluster.Grains;
using Breakcard.Cluster.Sharding;

namespace Breakcard.Cluster.Tests;

/// <summary>
/// The compact shard messages (ADR 0220, 0247): what the gateway packs is what the shard unpacks,
/// field by field — sides, peers (-1 included), identifier indexes (-1 included), places with no,
/// empty and several pushes — except the identifiers' strings and a transaction's memo, which are
/// not sent with the items; place items carry the entity the place stores count (a call's caller,
/// an SMS's receiver, a login's account); a round carries its new keys (non-ASCII included) with the
/// gateway's counts and entity fingerprint.
/// </summary>
public sealed class ShardWireTests
{
    private static readonly WireEvent Transfer = new(WireKind.Transaction, "T1", 1_762_000_000, 480, "6222020000000000018", "6222020000000000026", 123_456_789_012, 3, null, null, "房租");
    private static readonly WireEvent Call = new(WireKind.Call, "C9", 1_762_000_100, -300, "13800000001", "13900000002", 65, 0, "dev-1", "cell-7", null);
    private static readonly WireEvent Sms = new(WireKind.Sms, "S2", 1_762_000_200, 480, "13800000001", "13900000002", 0, 2, null, string.Empty, null);
    private static readonly WireEvent Login = new(WireKind.Login, "L5", 1_762_000_300, 0, "6222020000000000018", string.Empty, 0, 0, "dev-2", "10.0.0.1", null);

    [Fact]
    public void Items_RoundTrip_FieldByField_IdentifiersAsIndexes()
    {
        ShardItem[] items =
        [
            new(0, 0, 1_762_000_000, ShardSide.Debit, 5, Transfer, new EventRefs(0, 1, -1, -1)),
            new(1, 2, 1_762_000_050, ShardSide.Credit, -1, Transfer, new EventRefs(0, 1, -1, -1)),
            new(2, 1, 1_762_000_100, ShardSide.Whole, -1, Call, new EventRefs(7, 300_000, 2, 0), new ShardPlaces(0, 0, 3, 2, [new PlacePushed(2, 300_000, 7, 40), new PlacePushed(1, 1, 6, 100)])),
            new(3, 3, 1_762_000_200, ShardSide.Whole, -1, Sms, new EventRefs(7, 300_000, -1, -1), new ShardPlaces(0, 0, 1, 0, null)),
            new(long.MaxValue, 4, 1_762_000_300, ShardSide.Whole, -1, Login, new EventRefs(0, -1, 3, int.MaxValue - 1), new ShardPlaces(4, 1, 0, 0, [])),
        ];

        var back = ShardWire.UnpackItems(ShardWire.PackItems(items));

        Assert.Equal(items.Length, back.Length);
        for (var i = 0; i < items.Length; i++)
        {
            var (sent, got) = (items[i], back[i]);
            Assert.Equal((sent.Sequence, sent.Release, sent.ProcessTime, sent.Side, sent.Peer, sent.Refs), (got.Sequence, got.Release, got.ProcessTime, got.Side, got.Peer, got.Refs));
            Assert.Equal((sent.Event.Kind, sent.Event.Id, sent.Event.UnixSeconds, sent.Event.Value, sent.Event.Sub), (got.Event.Kind, got.Event.Id, got.Event.UnixSeconds, got.Event.Value, got.Event.Sub));
            // The identifiers travel as indexes only.
            Assert.Equal((string.Empty, string.Empty, null, null, null), (got.Event.A, got.Event.B, got.Event.Device, got.Event.Place, got.Event.Memo));
            Assert.Equal(sent.Places is null, got.Places is null);
            if (sent.Places is { } p && got.Places is { } q)
            {
                Assert.Equal((p.DeviceHolders, p.IpHolders, p.SimsInDevice, p.HeavyInCell), (q.DeviceHolders, q.IpHolders, q.SimsInDevice, q.HeavyInCell));
                Assert.Equal(p.Pushes is null, q.Pushes is null);
                Assert.Equal(p.Pushes ?? [], q.Pushes ?? []);
            }
        }

        Assert.Empty(ShardWire.UnpackItems(ShardWire.PackItems([])));
    }

    [Fact]
    public void Round_RoundTrip_KeysInOrder_AndPlaceItemsCarryTheCountedEntity()
    {
        // A shard's part (ADR 0387): counts per kind, its own accounts' and numbers' texts, the others' cash accounts.
        var keys = new ShardKeys(0xfedc_ba98_7654_3210, [12, 0, 3, 1, 0], [3, 2, 1, 0, 1],
            [new(WireKeyKind.Account, 14, "6222020000000000018"), new(WireKeyKind.Phone, 1, "13800000001")], [12, 13]);
        PlaceItem[] items =
        [
            PlaceItem.Of(Call, new EventRefs(7, 8, 2, 0), 2, PlaceParts.Device | PlaceParts.Cell, 1_762_000_100, crossed: true, heavy: true),
            PlaceItem.Of(Sms, new EventRefs(7, 8, -1, -1), 3, PlaceParts.Device, 1_762_000_200, crossed: false, heavy: false),
            PlaceItem.Of(Login, new EventRefs(12, -1, 3, 1), 4, PlaceParts.Ip, 1_762_000_300, crossed: false, heavy: true),
        ];

        var (gotKeys, gotItems) = ShardWire.UnpackRound(ShardWire.PackRound(keys, items));

        Assert.Equal(keys.Entities, gotKeys.Entities);
        Assert.Equal(keys.Before, gotKeys.Before);
        Assert.Equal(keys.Added, gotKeys.Added);
        Assert.Equal(keys.Held, gotKeys.Held);
        Assert.Equal(keys.Cash, gotKeys.Cash);
        Assert.Equal(items, gotItems);
        Assert.Equal((7, 2, 0), (gotItems[0].Source, gotItems[0].Device, gotItems[0].Place));
        Assert.Equal((8, -1, -1), (gotItems[1].Source, gotItems[1].Device, gotItems[1].Place));
        Assert.Equal((12, 3, 1), (gotItems[2].Source, gotItems[2].Device, gotItems[2].Place));
    }

    [Fact]
    public void Results_RoundTrip_FieldByField_PushListsNullEmptyOrFull()
    {
        PlaceResult[] results =
        [
            new(2, PlaceParts.Device | PlaceParts.Cell, 4, 3, 5, 2, [new(1, 7, 9, 60), new(0, 12_345_678, 9, 100)]),
            new(3, PlaceParts.Device, 1, 0, 1, 1, []),
            new(1L << 40, PlaceParts.Ip, 0, 70_000, 0, 0, null),
        ];

        var got = ShardWire.UnpackResults(ShardWire.PackResults(results));

        Assert.Equal(results.Length, got.Length);
        for (var i = 0; i < results.Length; i++)
        {
            // Records compare arrays by reference: compare the push lists by content.
            Assert.Equal(results[i] with { Pushes = null }, got[i] with { Pushes = null });
            Assert.Equal(results[i].Pushes, got[i].Pushes);
        }

        Assert.Null(got[2].Pushes);
        Assert.Empty(got[1].Pushes!);
        Assert.Empty(ShardWire.UnpackResults(ShardWire.PackResults([])));
    }

    // The encoding is BinaryWriter's (ADR 0247) at every 7-bit length, one byte to ten; written with
    // locals and read with a one-byte shortcut since ADR 0313, it must stay exactly that. The expected
    // bytes are written field by field with BinaryWriter on purpose (the same shape as PackResults):
    // they must not come from the code under test.
    [Fact]
    public void Results_AtEvery7BitLength_AreTheBytesBinaryWriterWrites()
    {
        long[] sequences = [0, 1, 127, 128, 16_383, 16_384, 1L << 21, (1L << 28) - 1, 1L << 35, 1L << 56, long.MaxValue, -1, long.MinValue];
        int[] ints = [0, 127, 128, 16_384, int.MaxValue, -1, int.MinValue];
        var results = sequences.Select((s, i) => new PlaceResult(s, PlaceParts.Device, ints[i % ints.Length], ints[(i + 1) % ints.Length], ints[(i + 2) % ints.Length], ints[(i + 3) % ints.Length], null)).ToArray();
        using var expected = new MemoryStream();
        using (var w = new BinaryWriter(expected))
        {
            w.Write((byte)4);
            w.Write7BitEncodedInt(results.Length);
            foreach (var r in results)
            {
                w.Write7BitEncodedInt64(r.Sequence);
                w.Write((byte)r.Parts);
                w.Write7BitEncodedInt(r.Device);
                w.Write7BitEncodedInt(r.Place);
                w.Write7BitEncodedInt(r.Holders);
                w.Write7BitEncodedInt(r.Sims);
                w.Write7BitEncodedInt(0);
            }
        }

        var packed = ShardWire.PackResults(results);

        Assert.Equal(expected.ToArray(), packed);
        Assert.Equal(results, ShardWire.UnpackResults(packed));
    }

    // The writer's buffer is kept by the thread between messages (ADR 0313): a message packed after a
    // larger one is its own bytes only, the same as when packed first.
    [Fact]
    public void Items_PackedAfterALargerMessage_SameBytes()
    {
        ShardItem[] small = [new(0, 0, 1_762_000_000, ShardSide.Whole, -1, Transfer, new EventRefs(0, 1, -1, -1))];
        var large = Enumerable.Range(0, 5_000).Select(i => new ShardItem(i, i, 1_762_000_000 + i, ShardSide.Whole, -1, Call, new EventRefs(i, i + 1, 2, 0))).ToArray();

        var first = ShardWire.PackItems(small);
        var bulky = ShardWire.PackItems(large);
        var again = ShardWire.PackItems(small);

        Assert.Equal(first, again);
        Assert.Equal(large.Length, ShardWire.UnpackItems(bulky).Length);
        Assert.Equal(first, ShardWire.PackItems(small));
    }

    // ADR 0427 packs items in two passes into room reserved once, an id of up to 42 UTF-16 units
    // encoded behind a one-byte count written after it. The bytes must stay BinaryWriter's at the
    // edges of that: ids of 42 and 43 units, ASCII and of three-byte characters (126 and 129 bytes,
    // a one- and a two-byte count), surrogate pairs, a lone surrogate, an empty id, a 5,000-unit id,
    // long push lists and extreme integers. Expected bytes written field by field with BinaryWriter.
    [Fact]
    public void Items_AtTheIdLengthEdges_AreTheBytesBinaryWriterWrites()
    {
        string[] ids =
        [
            new string('a', 42), new string('a', 43), new string('交', 42), new string('交', 43),
            string.Concat(Enumerable.Repeat("😀", 21)), string.Concat(Enumerable.Repeat("😀", 22)), "x\ud800y", string.Empty,
            new string('z', 5_000), "T1",
        ];
        var pushes = Enumerable.Range(0, 40).Select(i => new PlacePushed((byte)(i % 3), i * 100_003, (byte)i, 255)).ToArray();
        var items = ids.Select((id, i) => new ShardItem(
            i % 2 == 0 ? long.MaxValue - i : i, i, -i, (ShardSide)(i % 3), i % 3 == 1 ? int.MaxValue - 1 : -1,
            new WireEvent(WireKind.Call, id, long.MinValue + i, 0, string.Empty, string.Empty, i % 2 == 0 ? long.MinValue : 1L << 40, (byte)i, null, null, null),
            new EventRefs(-1, int.MaxValue - 1, i, -1),
            (i % 4) switch { 0 => null, 1 => new ShardPlaces(int.MaxValue, 0, -1, 128, null), 2 => new ShardPlaces(1, 2, 3, 4, []), _ => new ShardPlaces(5, 6, 7, 8, pushes) })).ToArray();
        using var expected = new MemoryStream();
        using (var w = new BinaryWriter(expected))
        {
            w.Write((byte)4);
            w.Write7BitEncodedInt(items.Length);
            foreach (var item in items)
            {
                w.Write7BitEncodedInt64(item.Sequence);
                w.Write7BitEncodedInt64(item.Release);
                w.Write7BitEncodedInt64(item.ProcessTime);
                w.Write((byte)item.Side);
                w.Write7BitEncodedInt(item.Peer + 1);
                w.Write((byte)item.Event.Kind);
                w.Write(item.Event.Id);
                w.Write7BitEncodedInt64(item.Event.UnixSeconds);
                foreach (var index in (int[])[item.Refs.A, item.Refs.B, item.Refs.Device, item.Refs.Place])
                {
                    w.Write7BitEncodedInt(index + 1);
                }

                w.Write7BitEncodedInt64(item.Event.Value);
                w.Write(item.Event.Sub);
                w.Write((byte)(item.Places is null ? 0 : 1));
                if (item.Places is { } p)
                {
                    foreach (var count in (int[])[p.DeviceHolders, p.IpHolders, p.SimsInDevice, p.HeavyInCell])
                    {
                        w.Write7BitEncodedInt(count);
                    }

                    w.Write7BitEncodedInt(p.Pushes is null ? 0 : p.Pushes.Length + 1);
                    foreach (var push in p.Pushes ?? [])
                    {
                        w.Write(push.Kind);
                        w.Write7BitEncodedInt(push.Entity);
                        w.Write(push.Indicator);
                        w.Write(push.Strength);
                    }
                }
            }
        }

        var packed = ShardWire.PackItems(items);

        Assert.Equal(expected.ToArray(), packed);
        Assert.Equal(items.Select(i => System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(i.Event.Id))), ShardWire.UnpackItems(packed).Select(i => i.Event.Id));
    }

    [Fact]
    public void OtherVersion_IsRefused_NamingTheBuildMismatch()
    {
        var packed = ShardWire.PackItems([]);
        packed[0] = 1;

        // Version 1 (ADR 0220) sent identifiers as strings; a silo of this build must not read its indexes from them.
        var error = Assert.Throws<InvalidDataException>(() => ShardWire.UnpackItems(packed));
        Assert.Contains("encoding version 1, where 4 is expected", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidDataException>(() => ShardWire.UnpackRound(packed));
        // Version 2 (ADR 0247) answered place rounds as Orleans objects: a gateway of this build reads bytes.
        packed[0] = 2;
        Assert.Contains("encoding version 2, where 4 is expected", Assert.Throws<InvalidDataException>(() => ShardWire.UnpackResults(packed)).Message, StringComparison.Ordinal);
        // Version 3 sent every new identifier's text to every shard (before ADR 0387).
        packed[0] = 3;
        Assert.Contains("encoding version 3, where 4 is expected", Assert.Throws<InvalidDataException>(() => ShardWire.UnpackRound(packed)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TruncatedMessage_IsRefusedAsDamaged()
    {
        var packed = ShardWire.PackItems([new(0, 0, 1_762_000_000, ShardSide.Whole, -1, Transfer, new EventRefs(0, 1, -1, -1))]);

        for (var length = 1; length < packed.Length; length++)
        {
            var error = Assert.Throws<InvalidDataException>(() => ShardWire.UnpackItems(packed[..length]));
            Assert.Contains("ends early", error.Message, StringComparison.Ordinal);
        }
    }
}
