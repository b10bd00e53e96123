using System.Text;
using Breakcard.Cluster.Grains;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The compact encoding of a batch's items and of a place round as they travel from the gateway to
/// a shard (ADR 0220): one byte array per shard per call instead of an Orleans object graph. The
/// profile of ADR 0220 found Orleans' per-object serialisation (field headers, reference tracking
/// of every record and string, activation of records) the largest cost of the sharded mode; a
/// plain length-prefixed encoding written and read by this class carries the same fields with
/// none of that. Strings are UTF-8 with a 7-bit length, integers 7-bit encoded (an index that may
/// be -1 as itself plus one). Since version 2 (ADR 0247) an item carries its identifiers as the
/// engine indexes the gateway gave them (<see cref="EventRefs"/>), not as strings: the unpacked
/// event has the id, time, value and sub only, and empty identifiers. A new identifier's string
/// travels once, with the place round of its owner's shard (<see cref="ShardKeys"/>). A transaction's memo is not sent
/// either: <c>EngineEvent</c> has no memo and a shard never shows the event itself. Revealed
/// identifiers travel only between gateway and silo. The bytes are those a <see cref="BinaryWriter"/>
/// would write, written and read on spans (<see cref="WireWriter"/>, <see cref="WireReader"/>).
/// Since version 3 (ADR 0267) a place round's answer travels this way too (<see cref="PackResults"/>):
/// as Orleans objects its results were the largest serialisation cost left. Since version 4 (ADR
/// 0387) a place round carries the shard's part of the new identifiers (<see cref="ShardKeys"/>):
/// counts per kind, the texts it owns, the other cash accounts — not every new identifier's text.
/// </summary>
public static class ShardWire
{
    private const byte Version = 4;

    /// <summary>A shard's items of one batch, encoded.</summary>
    /// <remarks>
    /// Implementation note (ADR 0427): two passes, as <see cref="ShardBatch.Load"/> (ADR 0418). The
    /// first only follows each item to its event's id and its push list, to bound the message's
    /// size — one item's loads do not wait for another's, so the processor can have many of these
    /// reads (events the gateway read a whole batch earlier) in flight at once; the second writes
    /// every field into room reserved once (<see cref="WireSpan"/>: no capacity check per field),
    /// each id encoded once. One pass that followed and wrote each item as it reached it, through
    /// the list's interface and a capacity check per field, waited on each item's reads in turn.
    /// The bytes are the same.
    /// </remarks>
    public static byte[] PackItems(IReadOnlyList<ShardItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var span = ShardBatch.SpanOf(items);
        long bound = 16;
        foreach (ref readonly var item in span)
        {
            bound += ItemBytes + (3L * item.Event.Id.Length) + PushBytes(item.Places?.Pushes);
        }

        var w = new WireWriter(checked((int)bound));
        var s = new WireSpan(w.Room((int)bound));
        s.Write(Version);
        s.Write7BitEncodedInt(span.Length);
        foreach (ref readonly var item in span)
        {
            s.Write7BitEncodedInt64(item.Sequence);
            s.Write7BitEncodedInt64(item.Release);
            s.Write7BitEncodedInt64(item.ProcessTime);
            s.Write((byte)item.Side);
            s.Write7BitEncodedInt(item.Peer + 1);
            WriteEvent(ref s, item.Event, item.Refs);
            WritePlaces(ref s, item.Places);
        }

        w.Advance(s.Length);
        return w.ToArray();
    }

    /// <summary>The items <see cref="PackItems"/> encoded.</summary>
    public static ShardItem[] UnpackItems(byte[] packed)
    {
        var batch = new ShardBatch();
        UnpackItems(packed, batch);
        var items = new ShardItem[batch.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = batch.ToItem(i);
        }

        return items;
    }

    /// <summary>The items <see cref="PackItems"/> encoded, into a shard's reused <paramref name="batch"/> (ADR 0286): no record or string per item.</summary>
    internal static void UnpackItems(byte[] packed, ShardBatch batch)
    {
        var r = Reader(packed);
        var count = Count(ref r);
        batch.Reset(Math.Min(count, packed.Length));
        for (var i = 0; i < count; i++)
        {
            var item = new ShardBatchItem
            {
                Sequence = r.Read7BitEncodedInt64(),
                Release = r.Read7BitEncodedInt64(),
                ProcessTime = r.Read7BitEncodedInt64(),
                Side = (ShardSide)r.ReadByte(),
                Peer = r.Read7BitEncodedInt() - 1,
                Kind = (WireKind)r.ReadByte(),
            };
            var id = r.ReadStringBytes();
            var idLength = Encoding.UTF8.GetChars(id, batch.TextRoom(Encoding.UTF8.GetMaxCharCount(id.Length)));
            item.UnixSeconds = r.Read7BitEncodedInt64();
            item.Refs = new EventRefs(r.Read7BitEncodedInt() - 1, r.Read7BitEncodedInt() - 1, r.Read7BitEncodedInt() - 1, r.Read7BitEncodedInt() - 1);
            item.Value = r.Read7BitEncodedInt64();
            item.Sub = r.ReadByte();
            batch.Add(item, idLength, ReadPlaces(ref r));
        }
    }

    /// <summary>
    /// A shard's place round of one batch: its part of the stream's new identifiers (the counts, the
    /// texts it owns, the other cash accounts: <see cref="KeyBatch.Split"/>, ADR 0387) and its place
    /// items, encoded. An index travels as its offset from the kind's count before the batch.
    /// </summary>
    public static byte[] PackRound(ShardKeys keys, IReadOnlyList<PlaceItem> items) => PackRoundCounting(keys, items, out _);

    /// <summary>As <see cref="PackRound(ShardKeys, IReadOnlyList{PlaceItem})"/>, with the bytes of its identifier part (<see cref="WireCounts"/>).</summary>
    internal static byte[] PackRoundCounting(ShardKeys keys, IReadOnlyList<PlaceItem> items, out int keyBytes)
    {
        ArgumentNullException.ThrowIfNull(keys);
        ArgumentNullException.ThrowIfNull(items);
        var w = new WireWriter(64 + (keys.Held.Length * 24) + (keys.Cash.Length * 3) + (items.Count * 24));
        w.Write(Version);
        w.Write(keys.Entities);
        w.Write7BitEncodedInt(keys.Before.Length);
        for (var k = 0; k < keys.Before.Length; k++)
        {
            w.Write7BitEncodedInt(keys.Before[k]);
            w.Write7BitEncodedInt(keys.Added[k]);
        }

        w.Write7BitEncodedInt(keys.Held.Length);
        foreach (var h in keys.Held)
        {
            w.Write((byte)h.Kind);
            w.Write7BitEncodedInt(h.Index - keys.Before[(int)h.Kind - 1]);
            w.Write(h.Key);
        }

        w.Write7BitEncodedInt(keys.Cash.Length);
        foreach (var a in keys.Cash)
        {
            w.Write7BitEncodedInt(a - keys.Before[0]);
        }

        keyBytes = w.Length - 1;
        w.Write7BitEncodedInt(items.Count);
        foreach (var item in items)
        {
            w.Write7BitEncodedInt64(item.Sequence);
            w.Write((byte)item.Parts);
            w.Write7BitEncodedInt64(item.ProcessTime);
            w.Write((byte)((item.Crossed ? 1 : 0) | (item.Heavy ? 2 : 0)));
            w.Write((byte)item.Kind);
            w.Write7BitEncodedInt(item.Source);
            w.Write7BitEncodedInt(item.Device + 1);
            w.Write7BitEncodedInt(item.Place + 1);
        }

        return w.ToArray();
    }

    /// <summary>The identifiers and place items <see cref="PackRound"/> encoded.</summary>
    public static (ShardKeys Keys, PlaceItem[] Items) UnpackRound(byte[] packed)
    {
        var items = new List<PlaceItem>();
        var keys = UnpackRound(packed, items);
        return (keys, [.. items]);
    }

    /// <summary>The identifiers <see cref="PackRound"/> encoded; its place items into <paramref name="items"/> (emptied first: a silo's kept list, ADR 0394).</summary>
    public static ShardKeys UnpackRound(byte[] packed, List<PlaceItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var r = Reader(packed);
        var entities = r.ReadUInt64();
        var kinds = Count(ref r);
        if (kinds > 8)
        {
            throw new InvalidDataException("a shard message with more identifier kinds than there are");
        }

        var before = new int[kinds];
        var added = new int[kinds];
        for (var k = 0; k < kinds; k++)
        {
            before[k] = r.Read7BitEncodedInt();
            added[k] = r.Read7BitEncodedInt();
        }

        var held = new HeldKey[Count(ref r)];
        for (var i = 0; i < held.Length; i++)
        {
            var kind = (WireKeyKind)r.ReadByte();
            var k = (int)kind - 1;
            var offset = r.Read7BitEncodedInt();
            if ((uint)k >= (uint)kinds || (uint)offset >= (uint)added[k])
            {
                throw new InvalidDataException("a shard message names a held identifier outside the batch's new ones");
            }

            held[i] = new HeldKey(kind, before[k] + offset, r.ReadString());
        }

        var cash = new int[Count(ref r)];
        for (var i = 0; i < cash.Length; i++)
        {
            var offset = r.Read7BitEncodedInt();
            cash[i] = kinds > 0 && (uint)offset < (uint)added[0] ? before[0] + offset
                : throw new InvalidDataException("a shard message names a cash account outside the batch's new ones");
        }

        var count = Count(ref r);
        items.Clear();
        items.EnsureCapacity(Math.Min(count, packed.Length));
        for (var i = 0; i < count; i++)
        {
            var sequence = r.Read7BitEncodedInt64();
            var parts = (PlaceParts)r.ReadByte();
            var processTime = r.Read7BitEncodedInt64();
            var flags = r.ReadByte();
            var kind = (WireKind)r.ReadByte();
            var source = r.Read7BitEncodedInt();
            var device = r.Read7BitEncodedInt() - 1;
            items.Add(new PlaceItem(sequence, parts, processTime, (flags & 1) != 0, (flags & 2) != 0, kind, source, device, r.Read7BitEncodedInt() - 1));
        }

        return new ShardKeys(entities, before, added, held, cash);
    }

    /// <summary>A shard's results of one place round (<see cref="PlaceAck.Results"/>), encoded.</summary>
    public static byte[] PackResults(IReadOnlyList<PlaceResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        long bound = 16;
        for (var i = 0; i < results.Count; i++)
        {
            bound += ResultBytes + PushBytes(results[i].Pushes);
        }

        var w = new WireWriter(checked((int)bound));
        var s = new WireSpan(w.Room((int)bound));
        s.Write(Version);
        s.Write7BitEncodedInt(results.Count);
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            s.Write7BitEncodedInt64(result.Sequence);
            s.Write((byte)result.Parts);
            s.Write7BitEncodedInt(result.Device);
            s.Write7BitEncodedInt(result.Place);
            s.Write7BitEncodedInt(result.Holders);
            s.Write7BitEncodedInt(result.Sims);
            WritePushes(ref s, result.Pushes);
        }

        w.Advance(s.Length);
        return w.ToArray();
    }

    /// <summary>The results <see cref="PackResults"/> encoded.</summary>
    public static PlaceResult[] UnpackResults(byte[] packed)
    {
        var results = new List<PlaceResult>();
        UnpackResults(packed, results);
        return [.. results];
    }

    /// <summary>The results <see cref="PackResults"/> encoded, into <paramref name="results"/> (emptied first: the gateway's kept list per shard, ADR 0394).</summary>
    public static void UnpackResults(byte[] packed, List<PlaceResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var r = Reader(packed);
        var count = Count(ref r);
        results.Clear();
        results.EnsureCapacity(Math.Min(count, packed.Length));
        for (var i = 0; i < count; i++)
        {
            var sequence = r.Read7BitEncodedInt64();
            var parts = (PlaceParts)r.ReadByte();
            var device = r.Read7BitEncodedInt();
            var place = r.Read7BitEncodedInt();
            var holders = r.Read7BitEncodedInt();
            var sims = r.Read7BitEncodedInt();
            results.Add(new PlaceResult(sequence, parts, device, place, holders, sims, ReadPushes(ref r)));
        }
    }

    private static WireReader Reader(byte[] packed)
    {
        ArgumentNullException.ThrowIfNull(packed);
        var r = new WireReader(packed);
        var version = r.ReadByte();
        return version == Version ? r : throw new InvalidDataException($"a shard message of encoding version {version}, where {Version} is expected: gateway and silos run different builds");
    }

    private static int Count(ref WireReader r)
    {
        var count = r.Read7BitEncodedInt();
        return count >= 0 ? count : throw new InvalidDataException("a shard message with a negative count");
    }

    // Most bytes an item takes beside its id's characters and its pushes: five 64-bit integers
    // (sequence, release, processing time, time, value) and ten 32-bit ones (peer, four indexes,
    // four counts, the push list's length) at their longest, the id's length, four single bytes.
    private const int ItemBytes = (5 * 10) + (10 * 5) + 5 + 4;

    // Most bytes a place result takes beside its pushes: its sequence, parts, four counts and the push list's length.
    private const int ResultBytes = 10 + 1 + (5 * 5);

    // Most bytes a push takes (kind, entity, indicator, strength).
    private const int PushedBytes = 1 + 5 + 1 + 1;

    private static long PushBytes(PlacePushed[]? pushes) => pushes is null ? 0 : (long)PushedBytes * pushes.Length;

    private static void WriteEvent(ref WireSpan w, WireEvent e, EventRefs refs)
    {
        w.Write((byte)e.Kind);
        w.Write(e.Id);
        w.Write7BitEncodedInt64(e.UnixSeconds);
        w.Write7BitEncodedInt(refs.A + 1);
        w.Write7BitEncodedInt(refs.B + 1);
        w.Write7BitEncodedInt(refs.Device + 1);
        w.Write7BitEncodedInt(refs.Place + 1);
        w.Write7BitEncodedInt64(e.Value);
        w.Write(e.Sub);
    }

    private static void WritePlaces(ref WireSpan w, ShardPlaces? p)
    {
        if (p is null)
        {
            w.Write((byte)0);
            return;
        }

        w.Write((byte)1);
        w.Write7BitEncodedInt(p.DeviceHolders);
        w.Write7BitEncodedInt(p.IpHolders);
        w.Write7BitEncodedInt(p.SimsInDevice);
        w.Write7BitEncodedInt(p.HeavyInCell);
        WritePushes(ref w, p.Pushes);
    }

    /// <summary>A device's push list: its length plus one, 0 for none (null and empty differ).</summary>
    private static void WritePushes(ref WireSpan w, PlacePushed[]? pushes)
    {
        if (pushes is null)
        {
            w.Write7BitEncodedInt(0);
            return;
        }

        w.Write7BitEncodedInt(pushes.Length + 1);
        foreach (var push in pushes)
        {
            w.Write(push.Kind);
            w.Write7BitEncodedInt(push.Entity);
            w.Write(push.Indicator);
            w.Write(push.Strength);
        }
    }

    private static ShardPlaces? ReadPlaces(ref WireReader r)
    {
        if (r.ReadByte() == 0)
        {
            return null;
        }

        var deviceHolders = r.Read7BitEncodedInt();
        var ipHolders = r.Read7BitEncodedInt();
        var sims = r.Read7BitEncodedInt();
        var heavy = r.Read7BitEncodedInt();
        return new ShardPlaces(deviceHolders, ipHolders, sims, heavy, ReadPushes(ref r));
    }

    private static PlacePushed[]? ReadPushes(ref WireReader r)
    {
        var count = r.Read7BitEncodedInt() - 1;
        if (count < 0)
        {
            return null;
        }

        var pushes = new PlacePushed[count];
        for (var i = 0; i < count; i++)
        {
            var kind = r.ReadByte();
            var entity = r.Read7BitEncodedInt();
            var indicator = r.ReadByte();
            pushes[i] = new PlacePushed(kind, entity, indicator, r.ReadByte());
        }

        return pushes;
    }
}
