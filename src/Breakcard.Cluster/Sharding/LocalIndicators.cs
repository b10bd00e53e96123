using Breakcard.Detection;
using Breakcard.Detection.Indicators;

namespace Breakcard.Cluster.Sharding;

/// <summary>
/// The detection options of the sharded mode: every indicator that reads another entity's state
/// switched off, so that an entity's result depends only on the events that change its own state —
/// all of which reach its shard — and on replicated reference data (ADR 0155). Switched off (weight
/// 0 and a threshold no count reaches, so the strength stays 0, nothing is pushed to another
/// entity and no evidence is logged for it): tainted inflow (the payer's risk), scatter-gather
/// (the payer's upstream), cycles (where the money started), card testing (the payer's tested
/// cards), shared device and IP (every account on the device), SIM clusters (every SIM on the
/// device or cell), relayed codes (a login's account and its bound phone) and linked risk (the
/// holder's other accounts and numbers).
/// </summary>
public static class LocalIndicators
{
    /// <summary>Reason codes of the cross-entity indicators the sharded mode does not compute.</summary>
    public static readonly IReadOnlyList<string> CrossEntity =
        ["TAINTED_INFLOW", "SCATTER_GATHER", "CYCLE", "CARD_TEST", "CODE_RELAY", "LINKED_RISK"];

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
                // Risk is at most 100: no payer and no linked entity reaches 101.
                TaintedInflow = i.TaintedInflow with { MinPayerRisk = 101 },
                LinkedRisk = i.LinkedRisk with { MinLinkedRisk = 101 },
                ScatterGather = i.ScatterGather with { MinIntermediaries = Unreachable },
                Cycle = i.Cycle with { MinReturns = Unreachable },
                CardTest = i.CardTest with { MinTestedCards = Unreachable },
                CodeRelay = i.CodeRelay with { MinRelays = Unreachable },
            },
        };
    }
}
