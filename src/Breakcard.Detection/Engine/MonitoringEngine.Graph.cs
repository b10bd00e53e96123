using Breakcard.Detection.Indicators;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;

namespace Breakcard.Detection.Engine;

/// <content>Graph typology findings from an optional feature provider (ADR 0125).</content>
public sealed partial class MonitoringEngine
{
    // Only accounts with a graph finding have an entry: graph features are optional and rare, so
    // they stay out of the per-account state struct.
    private readonly Dictionary<int, (int ScatterGather, int CycleLength, int StackDepth)> _graphValues = [];

    /// <summary>
    /// Applies a graph analysis's finding about <paramref name="account"/> at <paramref name="unixTime"/>:
    /// events before that time are applied first, then the graph indicators are raised and the
    /// account re-scored (which may alert). The alert's trigger is the account's latest evidence.
    /// Graph values are not part of checkpoints: a host must not combine the two.
    /// </summary>
    /// <param name="account">Account index (from the reference data's interner).</param>
    /// <param name="unixTime">When the finding became available (Unix seconds).</param>
    /// <param name="scatterGather">Intermediaries of the largest scatter-gather the account is part of.</param>
    /// <param name="cycleLength">Hops of the shortest cycle through it (0 = none).</param>
    /// <param name="stackDepth">Depth of the forwarding chain it is a link of (0 = none).</param>
    public void ApplyGraphFinding(int account, long unixTime, int scatterGather, int cycleLength, int stackDepth)
    {
        if (account < 0 || !EngineTime.InRange(unixTime))
        {
            return;
        }

        if (unixTime > _releasedBelow)
        {
            Release(unixTime);
        }

        var profile = _reference.Account(account);
        ref var s = ref _accounts[account];
        if ((profile.Flags & AccountFlags.Cash) != 0 || s.LastSeen == EngineTime.Never)
        {
            return;
        }

        var known = _graphValues.GetValueOrDefault(account);
        var values = (Math.Max(known.ScatterGather, scatterGather),
            known.CycleLength == 0 ? cycleLength : cycleLength == 0 ? known.CycleLength : Math.Min(known.CycleLength, cycleLength),
            Math.Max(known.StackDepth, stackDepth));
        _graphValues[account] = values;

        var now = EngineTime.ToStored(Math.Max(unixTime, _frontier));
        s.Score.Raise(IndicatorId.GraphScatterGather, GraphScatterGatherIndicator.Strength(values.Item1, _ind.GraphScatterGather));
        s.Score.Raise(IndicatorId.GraphCycle, GraphCycleIndicator.Strength(values.Item2, _ind.GraphCycle));
        s.Score.Raise(IndicatorId.GraphStack, GraphStackIndicator.Strength(values.Item3, _ind.GraphStack));
        if (s.Score.Dirty != 0)
        {
            var latest = _evidence.Chain(ScoredKind.Account, s.Score.EvidenceHead, 1);
            Rescore(ScoredKind.Account, account, ref s.Score, now, latest.Count > 0 ? latest[0].Sequence : -1, profile.Holder);
            if (_linkedHolders.Count > 0)
            {
                RunLinked(now, latest.Count > 0 ? latest[0].Sequence : -1);
            }
        }
    }

    /// <summary>The graph values last applied to <paramref name="account"/> (zeros when none).</summary>
    internal (int ScatterGather, int CycleLength, int StackDepth) GraphValuesOf(int account) => _graphValues.GetValueOrDefault(account);
}
