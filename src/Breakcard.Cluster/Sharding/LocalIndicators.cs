using Breakcard.Detection;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The detection options of the sharded mode (ADR 0155, 0177, 0185, 0188, 0201). Every indicator is
/// now computed exactly: transfers' cross-entity indicators (tainted inflow, scatter-gather, cycles,
/// card testing) through the transfer rounds, relayed codes and linked risk through holder
/// affinity, shared device and IP and SIM clusters through the place stage fed by the gateway's
/// sequencer. Nothing is switched off any more; the seam stays so that an indicator added to the
/// engine before the sharded mode can compute it is switched off here (weight 0 and a threshold no
/// count reaches), not silently computed wrongly.
/// </summary>
public static class LocalIndicators
{
    /// <summary>Reason codes of the cross-entity indicators the sharded mode does not compute: none.</summary>
    public static readonly IReadOnlyList<string> CrossEntity = [];

    /// <summary>Reason codes of the cross-entity indicators the sharded mode computes exactly by exchanging state: transfer rounds and holder affinity (ADR 0185), the place stage (ADR 0188, 0201).</summary>
    public static readonly IReadOnlyList<string> Exchanged = ["TAINTED_INFLOW", "SCATTER_GATHER", "CYCLE", "CARD_TEST", "CODE_RELAY", "LINKED_RISK", "SHARED_DEVICE", "SIM_CLUSTER"];

    /// <summary><paramref name="options"/> with the cross-entity indicators the sharded mode does not compute switched off (none: the options as given).</summary>
    public static DetectionOptions Apply(DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (CrossEntity.Count == 0)
        {
            return options;
        }

        var weights = new Dictionary<string, int>(options.Scoring.Weights, StringComparer.Ordinal);
        foreach (var code in CrossEntity)
        {
            weights[code] = 0;
        }

        return options with { Scoring = options.Scoring with { Weights = weights } };
    }
}
