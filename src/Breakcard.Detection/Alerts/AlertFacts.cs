using Breakcard.Detection.Engine;
using Breakcard.Detection.Indicators;
using Breakcard.Detection.State;

namespace Breakcard.Detection.Alerts;

/// <summary>
/// The measured values behind each active indicator of an entity, read from its state when an
/// alert is built, so an analyst sees "14 unrelated payers (threshold 10)" and not just a code.
/// </summary>
internal static class AlertFacts
{
    public static IReadOnlyList<IndicatorFact> ForAccount(in AccountState s, int account, MonitoringEngine engine)
    {
        var o = engine.Options.Indicators;
        var facts = new FactList(s.Score);

        var payers = Sketch.AtLeast(s.PayersNow | s.PayersPrev);
        var payees = Sketch.AtLeast(s.PayeesNow | s.PayeesPrev);
        var events = s.InCount + s.OutCount;
        // Pass-through fires on cycles or on volume; the fact shown is the one that fired harder.
        var cycles = s.PassNow + s.PassPrev;
        var passed = (s.PassKiloNow + s.PassKiloPrev) * 1_000L;
        var volumeThreshold = PassThroughIndicator.VolumeThreshold(s.BaseYuan, s.HistoryDays, o.PassThrough);
        if (IndicatorMath.Ramp(cycles, o.PassThrough.MinCycles) >= IndicatorMath.Ramp(passed, volumeThreshold))
        {
            facts.Add(IndicatorId.PassThrough, "pass-through cycles in the fan window", cycles, o.PassThrough.MinCycles);
        }
        else
        {
            facts.Add(IndicatorId.PassThrough, "yuan passed through in the fan window", passed, volumeThreshold);
        }

        facts.Add(IndicatorId.FanIn, "distinct unrelated new payers in the fan window", payers, o.FanIn.MinPayers);
        facts.Add(IndicatorId.FanOut, "distinct new payees in the fan window", payees, o.FanOut.MinPayees);
        facts.Add(IndicatorId.ScatterGather, "intermediaries forwarding from one source", Sketch.AtLeast(s.Intermediaries), o.ScatterGather.MinIntermediaries);
        facts.Add(IndicatorId.GatherScatter, "unrelated payers / new payees in the fan window", payers * 1000L + payees, 0);
        facts.Add(IndicatorId.Cycle, "money returning to this account in the fan window", s.CycleNow + s.CyclePrev, o.Cycle.MinReturns);
        facts.Add(IndicatorId.Burst, "transactions today", events, BurstIndicator.Threshold(s.BaseCount, s.HistoryDays, o.Burst));
        facts.Add(IndicatorId.ProfileMismatch, "inflow today (yuan)", s.InYuan, 0);
        facts.Add(IndicatorId.AbnormalHours, "night transactions today, unusual for this account", s.UnusualNight, o.AbnormalHours.MinNightEvents);
        facts.Add(IndicatorId.DormantRevived, "days dormant before revival", s.DormantGapDays, o.DormantRevived.DormantDays);
        facts.Add(IndicatorId.NewAccountVelocity, "transactions today", events, o.NewAccountVelocity.MinDailyEvents);
        facts.Add(IndicatorId.JustUnderThreshold, "amounts just under a reporting threshold today", s.UnderThreshold, o.JustUnderThreshold.MinCount);
        facts.Add(IndicatorId.CorporateUnrelated, "unrelated payers / company payers in the fan window", payers * 1000L + Sketch.AtLeast(s.CompanyPayers), 0);
        facts.Add(IndicatorId.SharedDevice, "holders using the last device", engine.DeviceHolders(s.LastDevice), o.SharedDevice.MinHoldersPerDevice);
        facts.Add(IndicatorId.TaintedInflow, "strength passed on from a flagged payer", s.Score.Strengths[(int)IndicatorId.TaintedInflow], o.TaintedInflow.MinPayerRisk);
        facts.Add(IndicatorId.LinkedRisk, "strength passed on from the holder's other card or number", s.Score.Strengths[(int)IndicatorId.LinkedRisk], o.LinkedRisk.MinLinkedRisk);
        facts.Add(IndicatorId.AccountsPerIdentity, "strength (holder's account counts)", s.Score.Strengths[(int)IndicatorId.AccountsPerIdentity], 0);
        facts.Add(IndicatorId.ShellCompany, "strength (company register)", s.Score.Strengths[(int)IndicatorId.ShellCompany], 0);
        facts.Add(IndicatorId.CodeRelay, "strength passed on from the bound phone (verification codes relayed after logins from another person's device)", s.Score.Strengths[(int)IndicatorId.CodeRelay], 0);
        facts.Add(IndicatorId.CardTest, "accounts tested (by this account, or by the tester that tested it)", Math.Max(Sketch.AtLeast(s.TestedCards), o.CardTest.MinTestedCards * s.Score[IndicatorId.CardTest] / 60), o.CardTest.MinTestedCards);
        var graph = engine.GraphValuesOf(account);
        facts.Add(IndicatorId.GraphStack, "pass-through accounts in the longest forwarding chain through this account (transaction graph)", graph.StackDepth, o.GraphStack.MinDepth);
        facts.Add(IndicatorId.GraphCycle, "hops of the shortest time-respecting cycle through this account (transaction graph; at most)", graph.CycleLength, o.GraphCycle.MaxLength);
        facts.Add(IndicatorId.GraphScatterGather, "intermediaries of the scatter-gather this account is part of (transaction graph)", graph.ScatterGather, o.GraphScatterGather.MinIntermediaries);
        return facts.Items;
    }

    public static IReadOnlyList<IndicatorFact> ForPhone(in PhoneState s, MonitoringEngine engine)
    {
        var o = engine.Options.Indicators;
        var facts = new FactList(s.Score);

        facts.Add(IndicatorId.ShortCallSpray, "distinct numbers called today", Sketch.AtLeast(s.Callees), o.ShortCallSpray.MinDistinctCallees);
        facts.Add(IndicatorId.NewSimHighVolume, "outbound calls today", s.OutCalls, o.NewSimHighVolume.MinOutboundCalls);
        facts.Add(IndicatorId.SimCluster, "SIMs seen in the last device", engine.DeviceSims(s.LastDevice), o.SimCluster.MinSimsPerDevice);
        facts.Add(IndicatorId.VerificationSmsFlood, "verification-code SMS today", s.CodeSms, o.VerificationSmsFlood.MinCodes);
        facts.Add(IndicatorId.CodeRelay, $"verification codes received within {o.CodeRelay.WindowSeconds / 60} min of a login to the bound account from another person's device", s.CodeRelays, o.CodeRelay.MinRelays);
        facts.Add(IndicatorId.SimsPerIdentity, "strength (holder's SIM counts)", s.Score.Strengths[(int)IndicatorId.SimsPerIdentity], 0);
        facts.Add(IndicatorId.LinkedRisk, "strength passed on from the holder's other card or number", s.Score.Strengths[(int)IndicatorId.LinkedRisk], o.LinkedRisk.MinLinkedRisk);
        return facts.Items;
    }

    /// <summary>Collects facts of the indicators that are active.</summary>
    private sealed class FactList(ScoreState score)
    {
        public List<IndicatorFact> Items { get; } = [];

        public void Add(IndicatorId id, string measure, long value, long threshold)
        {
            if (score[id] > 0)
            {
                Items.Add(new IndicatorFact(id, measure, value, threshold));
            }
        }
    }
}
