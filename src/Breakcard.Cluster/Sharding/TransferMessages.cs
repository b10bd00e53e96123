using Breakcard.Cluster.Grains;
using Breakcard.Detection.Engine;

namespace Breakcard.Cluster.Sharding;

/// <summary>Which part of a released event a shard applies (ADR 0185).</summary>
public enum ShardSide : byte
{
    /// <summary>The whole event: every entity whose state it changes that this shard owns is applied with it.</summary>
    Whole = 0,

    /// <summary>The debit side of a transfer whose credit account another shard owns: the shard sends the annotation on.</summary>
    Debit = 1,

    /// <summary>The credit side of a transfer whose debit account another shard owns: applied once its annotation has arrived.</summary>
    Credit = 2,
}

/// <summary>
/// A released event as one shard applies it: already in the engine's order with the engine's
/// processing time (the gateway's sequencer decided both once for the whole stream, ADR 0185).
/// A value (ADR 0394): it lives in the sequencer's per-shard lists, reused from batch to batch,
/// until the gateway packs it (<see cref="ShardWire.PackItems"/>) or an in-process shard copies it
/// into its batch, so routing an event makes no object per item.
/// </summary>
/// <param name="Sequence">Position of the event in the stream (0-based): how evidence names it.</param>
/// <param name="Release">Position of the event in the engine's application order (0-based): how the merge orders alerts.</param>
/// <param name="ProcessTime">Unix seconds the engine applies it at (its own time, or the frontier for a late event applied under the apply-late policy).</param>
/// <param name="Side">What this shard applies of it.</param>
/// <param name="Peer">For a <see cref="ShardSide.Debit"/> side, the shard the annotation goes to; else -1.</param>
/// <param name="Event">The event (on the shard, as <see cref="ShardWire"/> unpacks it: without its identifiers, which <paramref name="Refs"/> gives).</param>
/// <param name="Refs">The engine indexes of the event's identifiers, as the gateway numbered them (ADR 0247).</param>
/// <param name="Places">A login's, call's or SMS's counts from the place round (ADR 0188, 0201), which the shard's engine takes instead of its own device, IP and cell stores; null for other events.</param>
[GenerateSerializer, Immutable]
public readonly record struct ShardItem(
    [property: Id(0)] long Sequence,
    [property: Id(1)] long Release,
    [property: Id(2)] long ProcessTime,
    [property: Id(3)] ShardSide Side,
    [property: Id(4)] int Peer,
    [property: Id(5)] WireEvent Event,
    [property: Id(6)] EventRefs Refs,
    [property: Id(7)] ShardPlaces? Places = null);

/// <summary>A transfer's annotation on its way from the debit account's shard to the credit account's shard.</summary>
/// <param name="Sequence">The transfer's stream position.</param>
/// <param name="Shard">The shard that applies the credit side.</param>
/// <param name="Risk">See <see cref="TransferAnnotation.Risk"/>.</param>
/// <param name="Upstream">See <see cref="TransferAnnotation.Upstream"/>.</param>
/// <param name="Origin">See <see cref="TransferAnnotation.Origin"/>.</param>
/// <param name="TestedCards">See <see cref="TransferAnnotation.TestedCards"/>.</param>
[GenerateSerializer, Immutable]
public sealed record TransferNote(
    [property: Id(0)] long Sequence,
    [property: Id(1)] int Shard,
    [property: Id(2)] int Risk,
    [property: Id(3)] int Upstream,
    [property: Id(4)] int Origin,
    [property: Id(5)] int TestedCards)
{
    /// <summary>The annotation the engine reads.</summary>
    public TransferAnnotation Annotation => new(Risk, Upstream, Origin, TestedCards);

    /// <summary>A note of <paramref name="annotation"/> for transfer <paramref name="sequence"/>, to shard <paramref name="shard"/>.</summary>
    public static TransferNote Of(long sequence, int shard, in TransferAnnotation annotation) =>
        new(sequence, shard, annotation.Risk, annotation.Upstream, annotation.Origin, annotation.TestedCards);
}

/// <summary>A shard's answer to one round of a batch (ADR 0185).</summary>
/// <param name="Next">The batch the shard expects next: the batch sent plus one once it has applied all of it (now or before); the batch sent while it still holds part of it; less when it resumed from an older checkpoint.</param>
/// <param name="Holding">True when the shard holds the batch <paramref name="Next"/> part-applied, waiting for annotations.</param>
/// <param name="Notes">Annotations of the debit sides it applied in this call (all of the batch when the batch was already applied), for the gateway to route.</param>
/// <param name="Checkpointed">Batches its last checkpoint covers.</param>
/// <param name="Silo">The silo that answered.</param>
/// <param name="Facts">The alerts naming a device that the shard raised in the batch so far (all of it when the batch was already applied and is the last one), for the gateway to resolve while it holds the device counts (ADR 0266).</param>
[GenerateSerializer, Immutable]
public sealed record ShardRoundAck(
    [property: Id(0)] long Next,
    [property: Id(1)] bool Holding,
    [property: Id(2)] TransferNote[] Notes,
    [property: Id(3)] long Checkpointed,
    [property: Id(4)] string Silo,
    [property: Id(5)] ShardFact[] Facts);
