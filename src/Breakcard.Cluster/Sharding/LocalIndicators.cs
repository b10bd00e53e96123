using Breakcard.Detection;
using Breakcard.Detection.Indicators;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The detection options of the sharded mode: the indicators the sharded mode cannot yet compute
/// exactly switched off (ADR 0155, 0177, 0185). Transfers' cross-entity indicators (tainted inflow,
/// scatter-gather, cycles, card testing) are exact through the transfer rounds, relayed codes and
/// linked risk through holder affinity; what is left is the place stage: shared device and IP
/// (every account on the device) and SIM clusters (every SIM on the device or cell), whose counts
/// gather many shards' entities. Switched off: weight 0 and a threshold no count reaches, so the
/// strength stays 0, nothing is pushed to another entity and no evidence is logged for it.
/// </summary>
public static class LocalIndicators
{
    /// <summary>Reason codes of the cross-entity indicators the sharded mode does not compute (the place stage).</summary>
    public static readonly IReadOnlyList<string> CrossEntity = ["SHARED_DEVICE", "SIM_CLUSTER"];

    /// <summary>Reason codes of the cross-entity indicators the sharded mode computes exactly: transfer rounds and holder affinity (ADR 0185).</summary>
    public static readonly IReadOnlyList<string> Exchanged = ["TAINTED_INFLOW", "SCATTER_GATHER", "CYCLE", "CARD_TEST", "CODE_RELAY", "LINKED_RISK"];

    /// <summary>A count no sketch (at most 64 distinct keys) or saturating counter in the engine reaches.</summary>
    private const int Unreachable = 1_000_000;

    /// <summary><paramref name="options"/> with the cross-entity indicators switched off.</summary>
    public static DetectionOptions Apply(DetectionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var weights = new Dictionary<string, int>(options.Scoring.Weights, StringComparer.Ordinal);
        foreach (var code in CrossEntity)
        {
            weights[code] = 0;
        }

        var i = options.Indicators;
        return options with
        {
            Scoring = options.Scoring with { Weights = weights },
            Indicators = i with
            {
                SharedDevice = i.SharedDevice with { MinHoldersPerDevice = Unreachable, MinHoldersPerIp = Unreachable },
                SimCluster = i.SimCluster with { MinSimsPerDevice = Unreachable, MinHeavySimsPerCell = Unreachable },
            },
        };
    }
}
