namespace Breakcard.Cluster.Sharding;

/// <summary>What a <see cref="WireKey"/> names (each kind has its own index space in the engine).</summary>
public enum WireKeyKind : byte
{
    /// <summary>An account number.</summary>
    Account = 1,

    /// <summary>A phone number.</summary>
    Phone = 2,

    /// <summary>A device id.</summary>
    Device = 3,

    /// <summary>An IP address.</summary>
    Ip = 4,

    /// <summary>A cell id.</summary>
    Cell = 5,
}

/// <summary>
/// An identifier seen for the first time in the stream, sent to every shard in the order of first
/// appearance so that every shard's engine gives every entity the index the single-process engine
/// gives it (the engine's distinct-count sketches hash indexes, so the index decides the counts).
/// Revealed only on the wire between gateway and silo, never printed.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record WireKey([property: Id(0)] WireKeyKind Kind, [property: Id(1)] string Key)
{
    /// <summary>Masked: identifiers are personal data.</summary>
    public override string ToString() => $"{Kind} key";
}
