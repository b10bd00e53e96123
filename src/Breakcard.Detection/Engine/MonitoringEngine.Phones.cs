using Breakcard.Core.Events;
using Breakcard.Detection.Indicators;
using Breakcard.Detection.Internal;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;
using Breakcard.Detection.State;

namespace Breakcard.Detection.Engine;

/// <content>Calls and SMS: the telecom side of the engine.</content>
public sealed partial class MonitoringEngine
{
    private void ApplyCall(in EngineEvent e, int now)
    {
        var caller = e.Source;
        var callee = e.Target;
        // A shard applies a call for its caller and for its callee; the callee side touches the
        // callee's state alone, so only the callee's owner keeps it (ADR 0335).
        if (callee >= 0 && (Owner is null || Owner.Owns(ScoredKind.Phone, callee)))
        {
            ref var c = ref _phones[callee];
            TouchPhone(ref c, callee, _reference.Phone(callee), now);
            c.InCalls = Sat.Inc(c.InCalls);
        }

        if (caller < 0)
        {
            return;
        }

        if (Owner is not null && !Owner.Owns(ScoredKind.Phone, caller))
        {
            // The callee's shard: the caller's side is its owner's. Only the device's pushes the
            // place stage sent with the call run here, for the receivers this shard owns (ADR 0207, 0335).
            if (e.Device >= 0 && TakeCounts(in e, out var given))
            {
                EnqueuePushes(given.Pushes);
            }

            return;
        }

        var profile = _reference.Phone(caller);
        ref var s = ref _phones[caller];
        TouchPhone(ref s, caller, in profile, now);
        s.OutCalls = Sat.Inc(s.OutCalls);
        if (ShortCallSprayIndicator.IsShort(e.Value, _ind.ShortCallSpray))
        {
            s.ShortCalls = Sat.Inc(s.ShortCalls);
        }

        if (callee >= 0)
        {
            Sketch.Add(ref s.Callees, callee);
        }

        var counted = TakeCounts(in e, out var counts);
        var simsInDevice = SeenInDevice(ref s, caller, in e, now, counted, in counts);
        var heavyInCell = 0;
        if (e.Cell >= 0)
        {
            s.LastCell = e.Cell;
            var crossed = s.HeavyToday == 0 && s.OutCalls >= _ind.SimCluster.HeavyCalls;
            if (crossed)
            {
                s.HeavyToday = 1;
            }

            heavyInCell = counted ? counts.HeavyInCell : CellHeavy(e.Cell, s.Day, caller, crossed, s.HeavyToday != 0);
        }

        s.Score.Raise(IndicatorId.ShortCallSpray, ShortCallSprayIndicator.Strength(
            s.OutCalls, s.ShortCalls, s.InCalls, Sketch.AtLeast(s.Callees), s.BaseOut, s.HistoryDays, _ind.ShortCallSpray));
        if (profile.ActivatedDay != int.MinValue)
        {
            s.Score.Raise(IndicatorId.NewSimHighVolume, NewSimHighVolumeIndicator.Strength(s.Day - (long)profile.ActivatedDay, s.OutCalls, _ind.NewSimHighVolume));
        }

        s.Score.Raise(IndicatorId.SimCluster, SimClusterIndicator.Strength(simsInDevice, heavyInCell, _ind.SimCluster));
        LogEvidence(ref s.Score, ScoredKind.Phone, caller, in e, callee, EvidenceDirection.Out);
        Rescore(ScoredKind.Phone, caller, ref s.Score, now, e.Sequence, profile.Holder);
    }

    private void ApplySms(in EngineEvent e, int now)
    {
        var receiver = e.Source;
        if (receiver < 0)
        {
            return;
        }

        var profile = _reference.Phone(receiver);
        ref var s = ref _phones[receiver];
        TouchPhone(ref s, receiver, in profile, now);
        if (e.Sub == (byte)SmsKind.VerificationCode)
        {
            s.CodeSms = Sat.Inc(s.CodeSms);
            if (e.Target >= 0)
            {
                Sketch.Add(ref s.CodeSenders, e.Target);
            }

            if (s.ForeignLoginAt != EngineTime.Never && CodeRelayIndicator.Relayed(s.ForeignLoginAt, now, _ind.CodeRelay))
            {
                // One code per login: the relay is counted once and the login forgotten.
                s.CodeRelays = Sat.Inc(s.CodeRelays);
                s.ForeignLoginAt = EngineTime.Never;
                var relay = CodeRelayIndicator.Strength(s.CodeRelays, _ind.CodeRelay);
                s.Score.Raise(IndicatorId.CodeRelay, relay);
                if (relay > 0 && s.ForeignLoginAccount >= 0)
                {
                    _pushes.Enqueue(new Push(ScoredKind.Account, s.ForeignLoginAccount, IndicatorId.CodeRelay, relay));
                }
            }
        }

        var counted = TakeCounts(in e, out var counts);
        var simsInDevice = SeenInDevice(ref s, receiver, in e, now, counted, in counts);
        if (e.Cell >= 0)
        {
            s.LastCell = e.Cell;
        }

        s.Score.Raise(IndicatorId.VerificationSmsFlood, VerificationSmsFloodIndicator.Strength(s.CodeSms, Sketch.AtLeast(s.CodeSenders), _ind.VerificationSmsFlood));
        s.Score.Raise(IndicatorId.SimCluster, SimClusterIndicator.Strength(simsInDevice, 0, _ind.SimCluster));
        LogEvidence(ref s.Score, ScoredKind.Phone, receiver, in e, e.Target, EvidenceDirection.In);
        Rescore(ScoredKind.Phone, receiver, ref s.Score, now, e.Sequence, profile.Holder);
    }

    /// <summary>
    /// Records the SIM in its device and returns the distinct SIMs the device held in its window (0
    /// without a device), from the engine's own device store or from the place shard's
    /// <paramref name="counts"/> when <paramref name="counted"/>.
    /// </summary>
    private int SeenInDevice(ref PhoneState s, int phone, in EngineEvent e, int now, bool counted, in PlaceCounts counts)
    {
        if (e.Device < 0)
        {
            return 0;
        }

        s.LastDevice = e.Device;
        if (counted)
        {
            EnqueuePushes(counts.Pushes);
            return counts.SimsInDevice;
        }

        return SimInDevice(phone, e.Device, now);
    }

    /// <summary>
    /// The device side of a call or SMS: records the SIM and returns the device's distinct SIMs in its
    /// window. When a new SIM makes the device a cluster, the SIMs it held before get the signal too
    /// (SIM boxes rotate SIMs, so earlier ones may never be seen again).
    /// </summary>
    private int SimInDevice(int phone, int device, int now)
    {
        ref var d = ref _devices[device];
        Rotate(ref d, now / _deviceHalfSeconds);
        var isNew = Sketch.Add(ref d.SimsNow, phone) && !Sketch.MayContain(d.SimsPrev, phone);
        var sims = Sketch.AtLeast(d.SimsNow | d.SimsPrev);
        if (isNew)
        {
            var strength = SimClusterIndicator.Strength(sims, 0, _ind.SimCluster);
            if (strength > 0)
            {
                foreach (var other in d.RecentSims)
                {
                    if (other >= 0 && other != phone)
                    {
                        _pushes.Enqueue(new Push(ScoredKind.Phone, other, IndicatorId.SimCluster, strength));
                    }
                }
            }

            DeviceState.Remember(ref d.RecentSims, ref d.NextSim, phone);
        }

        return sims;
    }

    private void TouchPhone(ref PhoneState s, int phone, in PhoneProfile profile, int now)
    {
        var day = _clock.LocalDay(now);
        if (s.FirstSeen == EngineTime.Never)
        {
            s.FirstSeen = now;
            s.Day = day;
            RaiseStatic(ref s, phone, in profile);
        }
        else if (day != s.Day)
        {
            var gap = day - s.Day;
            var alpha = Math.Max(_alpha, 1f / (s.HistoryDays + 1));
            s.BaseOut += alpha * (s.OutCalls - s.BaseOut);
            if (gap > 1)
            {
                s.BaseOut *= IdleFactor(gap - 1);
            }

            s.HistoryDays = Sat.Add(s.HistoryDays, gap);
            s.OutCalls = s.ShortCalls = s.InCalls = s.CodeSms = 0;
            s.Callees = s.CodeSenders = 0;
            s.HeavyToday = 0;
            s.Day = day;
            s.Score.Decay(DecayFactor(gap));
                        RaiseStatic(ref s, phone, in profile);
        }

        s.LastSeen = now;
    }

    /// <summary>Reference-data and linked signals, re-asserted at first sight and each new day.</summary>
    private void RaiseStatic(ref PhoneState s, int phone, in PhoneProfile profile)
    {
        if (profile.Holder >= 0)
        {
            s.Score.Raise(IndicatorId.SimsPerIdentity, SimsPerIdentityIndicator.Strength(_reference.Holder(profile.Holder).MaxSimsPerOperator, _ind.SimsPerIdentity));
            RaiseLinked(ref s.Score, ScoredKind.Phone, phone, profile.Holder);
        }
    }
}
