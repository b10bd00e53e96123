using Breakcard.Cluster.Grains;

namespace Breakcard.Cluster.Sharding;

/// <summary>Which places of an event a place shard applies (ADR 0188).</summary>
[Flags]
public enum PlaceParts : byte
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>The device: a login's holders, a call's or SMS's SIMs.</summary>
    Device = 1,

    /// <summary>A login's IP address.</summary>
    Ip = 2,

    /// <summary>A call's cell (heavy-calling SIMs today).</summary>
    Cell = 4,
}

/// <summary>
/// One login, call or SMS as a place shard applies it: its parts owned by that shard, when the
/// engine applies it, for a call's cell the caller's heavy mark (computed at the gateway, ADR 0188,
/// 0201), and only the identifiers the place stores read (ADR 0220: not the whole event), as the
/// engine indexes the gateway gave them (ADR 0247). A value (ADR 0394): the gateway packs it into the
/// round and the shard applies it as it is read, so no object per item and shard is made.
/// </summary>
/// <param name="Sequence">Position of the event in the stream.</param>
/// <param name="Parts">The places of the event this shard owns.</param>
/// <param name="ProcessTime">When the engine applies it (Unix seconds): its time, or the frontier for a late event.</param>
/// <param name="Crossed">A call's cell part: this call made the caller a heavy caller today.</param>
/// <param name="Heavy">A call's cell part: the caller is a heavy caller today after this call.</param>
/// <param name="Kind">Login, call or SMS.</param>
/// <param name="Source">The entity the place stores count: a login's account, a call's caller, an SMS's receiver.</param>
/// <param name="Device">The device (a login's always has one), or -1.</param>
/// <param name="Place">A login's IP address, a call's or SMS's cell, or -1.</param>
public readonly record struct PlaceItem(
    long Sequence,
    PlaceParts Parts,
    long ProcessTime,
    bool Crossed,
    bool Heavy,
    WireKind Kind,
    int Source,
    int Device,
    int Place)
{
    /// <summary>The place item of released event <paramref name="e"/> (identifiers <paramref name="refs"/>) for a shard owning <paramref name="parts"/> of it.</summary>
    public static PlaceItem Of(WireEvent e, EventRefs refs, long sequence, PlaceParts parts, long processTime, bool crossed, bool heavy)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new PlaceItem(sequence, parts, processTime, crossed, heavy, e.Kind, e.Kind == WireKind.Sms ? refs.B : refs.A, refs.Device, refs.Place);
    }

    /// <summary>Masked: identifiers are personal data.</summary>
    public override string ToString() => $"{Kind} {Sequence} {Parts}";
}

/// <summary>A strength a device pushes to an account or SIM it served before, by the entity's engine index (the same on every shard, ADR 0247).</summary>
/// <param name="Kind">1 account, 2 phone (<c>ScoredKind</c>).</param>
/// <param name="Entity">The entity's engine index.</param>
/// <param name="Indicator">The indicator (<c>IndicatorId</c>).</param>
/// <param name="Strength">The strength.</param>
[GenerateSerializer, Immutable]
public sealed record PlacePushed([property: Id(0)] byte Kind, [property: Id(1)] int Entity, [property: Id(2)] byte Indicator, [property: Id(3)] byte Strength);

/// <summary>What a place shard counted for one item: a value (ADR 0394), packed into the round's answer and read once by the place stage.</summary>
/// <param name="Sequence">The event's stream position.</param>
/// <param name="Parts">The parts applied.</param>
/// <param name="Device">Device part: the login's distinct holders, or the call's or SMS's distinct SIMs.</param>
/// <param name="Place">IP part: the login's IP holders; cell part: the caller's heavy SIMs in the cell (0 when not heavy).</param>
/// <param name="Holders">Device part: the device's distinct holders after the event (what an alert's SHARED_DEVICE fact reads).</param>
/// <param name="Sims">Device part: the device's distinct SIMs after the event (what an alert's SIM_CLUSTER fact reads).</param>
/// <param name="Pushes">Device part: the pushes to entities it served before, in the engine's order (null for none).</param>
[GenerateSerializer, Immutable]
public readonly record struct PlaceResult(
    [property: Id(0)] long Sequence,
    [property: Id(1)] PlaceParts Parts,
    [property: Id(2)] int Device,
    [property: Id(3)] int Place,
    [property: Id(4)] int Holders,
    [property: Id(5)] int Sims,
    [property: Id(6)] PlacePushed[]? Pushes);

/// <summary>A place round's answer.</summary>
/// <param name="Next">The batch the shard expects next; less than the batch sent when it resumed from an older checkpoint (then the results are null and the gateway replays).</param>
/// <param name="Results">Per item, in order, encoded by <see cref="ShardWire.PackResults"/> (ADR 0267); null when the round was not applied.</param>
[GenerateSerializer, Immutable]
public sealed record PlaceAck([property: Id(0)] long Next, [property: Id(1)] byte[]? Results);

/// <summary>The place counts of one login, call or SMS as the entity shards receive them with the event.</summary>
/// <param name="DeviceHolders">A login's device holders.</param>
/// <param name="IpHolders">A login's IP holders.</param>
/// <param name="SimsInDevice">A call's or SMS's device SIMs.</param>
/// <param name="HeavyInCell">A call's heavy SIMs in the cell.</param>
/// <param name="Pushes">The device's pushes (every receiver, in order; each shard applies those it owns).</param>
[GenerateSerializer, Immutable]
public sealed record ShardPlaces(
    [property: Id(0)] int DeviceHolders,
    [property: Id(1)] int IpHolders,
    [property: Id(2)] int SimsInDevice,
    [property: Id(3)] int HeavyInCell,
    [property: Id(4)] PlacePushed[]? Pushes);
