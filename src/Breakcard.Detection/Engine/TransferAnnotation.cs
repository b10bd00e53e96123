namespace Breakcard.Detection.Engine;

/// <summary>
/// What the debit side of a transfer tells its credit side — the only state of one account that a
/// transaction carries to another (reference data is the same everywhere). The single-process
/// engine passes it from <c>Debit</c> to <c>Credit</c> within one event; the sharded mode of the
/// cluster carries it from the debit account's shard to the credit account's shard (ADR 0177, 0185).
/// Indexes are the engine's dense account indexes, which every shard of a stream gives alike.
/// </summary>
/// <param name="Risk">The payer's risk right after this outflow (tainted inflow).</param>
/// <param name="Upstream">The payer of the payer's latest inflow when the payer is passing money on; else -1 (scatter-gather).</param>
/// <param name="Origin">Where the money started: the payer itself unless it is passing money on; -1 for a cash payer (cycles).</param>
/// <param name="TestedCards">Distinct accounts the payer sent test-sized transfers to in its window, when this transfer is test-sized; else 0 (card testing).</param>
public readonly record struct TransferAnnotation(int Risk, int Upstream, int Origin, int TestedCards)
{
    /// <summary>The annotation of a transfer whose payer has no state (a cash point or an unknown payer).</summary>
    public static readonly TransferAnnotation None = new(0, -1, -1, 0);
}
