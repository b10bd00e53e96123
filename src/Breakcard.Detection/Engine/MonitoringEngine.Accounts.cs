using Breakcard.Detection.Indicators;
using Breakcard.Detection.Internal;
using Breakcard.Detection.Reference;
using Breakcard.Detection.Scoring;
using Breakcard.Detection.State;

namespace Breakcard.Detection.Engine;

/// <content>Transactions and logins: the account side of the engine.</content>
public sealed partial class MonitoringEngine
{
    private void ApplyTransaction(in EngineEvent e, int now)
    {
        Sides(in e, out var debitProfile, out var creditProfile, out var debitCash, out var creditCash, out var sameHolder);
        var annotation = TransferAnnotation.None;
        if (!debitCash)
        {
            annotation = Debit(e.Source, e.Target, in e, now, sameHolder, creditCash, in debitProfile);
        }

        if (!creditCash)
        {
            Credit(e.Target, e.Source, in e, now, sameHolder, debitCash, in annotation, in creditProfile, in debitProfile);
        }
    }

    /// <summary>What both sides of a transfer read from the reference data: profiles, which side is a cash point, and whether one holder owns both.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private void Sides(in EngineEvent e, out AccountProfile debitProfile, out AccountProfile creditProfile, out bool debitCash, out bool creditCash, out bool sameHolder)
    {
        debitProfile = e.Source >= 0 ? _reference.Account(e.Source) : AccountProfile.Unknown;
        creditProfile = e.Target >= 0 ? _reference.Account(e.Target) : AccountProfile.Unknown;
        debitCash = e.Source < 0 || (debitProfile.Flags & AccountFlags.Cash) != 0;
        creditCash = e.Target < 0 || (creditProfile.Flags & AccountFlags.Cash) != 0;
        sameHolder = debitProfile.Holder >= 0 && debitProfile.Holder == creditProfile.Holder;
    }

    private TransferAnnotation Debit(int a, int payee, in EngineEvent e, int now, bool sameHolder, bool payeeCash, in AccountProfile profile)
    {
        ref var s = ref _accounts[a];
        TouchAccount(ref s, a, in profile, now);
        var fen = e.Value;
        s.OutCount = Sat.Inc(s.OutCount);
        s.OutYuan = Sat.Add(s.OutYuan, fen / 100);

        var newPayee = payeeCash;
        if (!payeeCash)
        {
            var known = Sketch.BloomMayContain(s.KnownLow, s.KnownHigh, payee);
            newPayee = !known;
            if (!known)
            {
                Sketch.BloomAdd(ref s.KnownLow, ref s.KnownHigh, payee);
                if (!sameHolder)
                {
                    Sketch.Add(ref s.PayeesNow, payee);
                }
            }
        }

        var recentPool = s.PoolAt != EngineTime.Never && now - s.PoolAt <= _passWindowSeconds;
        if (!recentPool)
        {
            s.PoolFen = 0;
            s.PoolInFen = 0;
        }

        // Passing on: this outflow carries at least half of what recently came in. Only then does the
        // money keep its upstream and origin (scatter-gather, cycles); a salaried person paying a
        // courier ¥50 out of a ¥8,000 salary passes nothing on.
        var passingOn = recentPool && !sameHolder && fen * 2 >= s.PoolInFen && s.PoolInFen > 0;
        if (!sameHolder && s.PoolFen > 0)
        {
            var matched = Math.Min(s.PoolFen, fen);
            s.PoolFen -= (uint)matched;
            if (PassThroughIndicator.Explained(fen, matched, _ind.PassThrough)
                && PassThroughIndicator.Completed(s.PoolInFen, s.PoolFen, _ind.PassThrough))
            {
                s.PassNow = Sat.Inc(s.PassNow);
                // Volume counts only when the money leaves to a new counterparty or as cash: a
                // person sweeping each salary to the wallet they always use repeats one payee, a
                // mule's first job sends the money somewhere it has never paid. (Repeated cycles
                // to one payee still count as cycles.)
                if (newPayee)
                {
                    s.PassKiloNow = Sat.Add(s.PassKiloNow, (int)Math.Min(int.MaxValue, (s.PoolInFen - s.PoolFen) / 100_000));
                }
                // What was retained is the mule's commission: set aside, so the next cycle is judged on its own.
                s.PoolFen = 0;
                s.PoolInFen = 0;
            }
        }

        var testAmount = CardTestIndicator.IsTestAmount(fen, _ind.CardTest);
        if (testAmount && !payeeCash && !sameHolder && (profile.Flags & AccountFlags.Corporate) == 0)
        {
            Sketch.Add(ref s.TestedCards, payee);
        }

        var testedCards = Sketch.AtLeast(s.TestedCards);
        s.Score.Raise(IndicatorId.CardTest, CardTestIndicator.Strength(testedCards, _ind.CardTest));
        if (JustUnderThresholdIndicator.IsJustUnder(fen, _underBands))
        {
            s.UnderThreshold = Sat.Inc(s.UnderThreshold);
        }

        var payees = Sketch.AtLeast(s.PayeesNow | s.PayeesPrev);
        // A company moves large sums in and out as a matter of course (revenue, then payroll): for
        // company accounts only repeated cycles count, not the volume.
        var passedYuan = (profile.Flags & AccountFlags.Corporate) != 0 ? 0 : (s.PassKiloNow + s.PassKiloPrev) * 1_000L;
        var volumeThreshold = PassThroughIndicator.VolumeThreshold(s.BaseYuan, s.HistoryDays, _ind.PassThrough);
        s.Score.Raise(IndicatorId.PassThrough, PassThroughIndicator.Strength(s.PassNow + s.PassPrev, passedYuan, volumeThreshold, _ind.PassThrough));
        s.Score.Raise(IndicatorId.FanOut, FanOutIndicator.Strength(payees, _ind.FanOut));
        s.Score.Raise(IndicatorId.GatherScatter, GatherScatterIndicator.Strength(Sketch.AtLeast(s.PayersNow | s.PayersPrev), payees, _ind.GatherScatter));
        RaiseCommon(ref s, in profile, now);

        LogEvidence(ref s.Score, ScoredKind.Account, a, in e, payeeCash ? -1 : payee, EvidenceDirection.Out);
        Rescore(ScoredKind.Account, a, ref s.Score, now, e.Sequence, profile.Holder);
        return new TransferAnnotation(s.Score.Risk, passingOn ? s.Upstream : -1, passingOn && s.Origin >= 0 ? s.Origin : a, testAmount ? testedCards : 0);
    }

    private void Credit(int a, int payer, in EngineEvent e, int now, bool sameHolder, bool payerCash, in TransferAnnotation annotation, in AccountProfile profile, in AccountProfile payerProfile)
    {
        ref var s = ref _accounts[a];
        TouchAccount(ref s, a, in profile, now);
        var fen = e.Value;
        s.InCount = Sat.Inc(s.InCount);
        s.InYuan = Sat.Add(s.InYuan, fen / 100);

        if (!payerCash)
        {
            if (!Sketch.BloomMayContain(s.KnownLow, s.KnownHigh, payer))
            {
                Sketch.BloomAdd(ref s.KnownLow, ref s.KnownHigh, payer);
                if (!sameHolder)
                {
                    Sketch.Add(ref s.PayersNow, payer);
                }
            }

            if (!sameHolder && (payerProfile.Flags & AccountFlags.Corporate) != 0 && (profile.Flags & AccountFlags.Corporate) == 0)
            {
                Sketch.Add(ref s.CompanyPayers, payer);
            }
        }

        if (!sameHolder)
        {
            if (s.PoolAt == EngineTime.Never || now - s.PoolAt > _passWindowSeconds)
            {
                s.PoolFen = 0;
                s.PoolInFen = 0;
            }

            s.PoolFen = Sat.Add(s.PoolFen, fen);
            s.PoolInFen = Sat.Add(s.PoolInFen, fen);
            s.PoolAt = now;
            if (fen >= _passMinFen)
            {
                s.Upstream = payerCash ? -1 : payer;
                s.Origin = payerCash ? -1 : annotation.Origin;
            }
        }

        s.Inflows[1] = s.Inflows[0];
        s.Inflows[0] = new Inflow { Time = now, Fen = (uint)Math.Min(uint.MaxValue, fen), SequenceLow = unchecked((uint)e.Sequence) };

        if (annotation.Origin == a && fen >= _cycleMinFen)
        {
            s.CycleNow = Sat.Inc(s.CycleNow);
        }

        if (!payerCash && annotation.Upstream >= 0 && annotation.Upstream != a)
        {
            TrackGather(ref s, payer, annotation.Upstream);
        }

        var payers = Sketch.AtLeast(s.PayersNow | s.PayersPrev);
        // The day's inflows or the account's usual daily events, whichever is more: how big a crowd
        // its patterns are drawn from. Intermediaries count only while their source is fresh (the
        // bitmap is replaced, not cleared, when a new source appears in a later window).
        var crowd = Math.Max(s.InCount, (int)Math.Min(ushort.MaxValue, s.BaseCount));
        var intermediaries = s.GatherAge <= 1 ? Sketch.AtLeast(s.Intermediaries) : 0;
        s.Score.Raise(IndicatorId.FanIn, FanInIndicator.Strength(payers, _ind.FanIn));
        s.Score.Raise(IndicatorId.GatherScatter, GatherScatterIndicator.Strength(payers, Sketch.AtLeast(s.PayeesNow | s.PayeesPrev), _ind.GatherScatter));
        s.Score.Raise(IndicatorId.ScatterGather, ScatterGatherIndicator.Strength(intermediaries, crowd, _ind.ScatterGather));
        s.Score.Raise(IndicatorId.Cycle, CycleIndicator.Strength(s.CycleNow + s.CyclePrev, crowd, _ind.Cycle));
        s.Score.Raise(IndicatorId.CorporateUnrelated, (profile.Flags & AccountFlags.Corporate) != 0
            ? CorporateUnrelatedIndicator.CompanyStrength(payers, (profile.Flags & AccountFlags.ConsumerFacing) != 0, _ind.CorporateUnrelated)
            : CorporateUnrelatedIndicator.IndividualStrength(Sketch.AtLeast(s.CompanyPayers), _ind.CorporateUnrelated));
        s.Score.Raise(IndicatorId.TaintedInflow, TaintedInflowIndicator.Strength(annotation.Risk, fen, s.Score[IndicatorId.TaintedInflow], _ind.TaintedInflow));
        s.Score.Raise(IndicatorId.CardTest, CardTestIndicator.Strength(annotation.TestedCards, _ind.CardTest));
        if ((profile.Flags & AccountFlags.Corporate) == 0)
        {
            s.Score.Raise(IndicatorId.ProfileMismatch, ProfileMismatchIndicator.Strength(
                s.InYuan, profile.Occupation, profile.Age, s.BaseYuan, s.HistoryDays, _ind.ProfileMismatch));
        }

        RaiseCommon(ref s, in profile, now);
        LogEvidence(ref s.Score, ScoredKind.Account, a, in e, payerCash ? -1 : payer, EvidenceDirection.In);
        Rescore(ScoredKind.Account, a, ref s.Score, now, e.Sequence, profile.Holder);
    }

    private static void TrackGather(ref AccountState s, int intermediary, int upstream)
    {
        var fresh = s.GatherAge <= 1;
        if (s.GatherSource == upstream && fresh)
        {
            Sketch.Add(ref s.Intermediaries, intermediary);
            s.GatherAge = 0;
        }
        else if (s.GatherSource == upstream || !fresh || Sketch.AtLeast(s.Intermediaries) < 2)
        {
            // A new candidate source replaces one that has not gathered from two intermediaries yet, or a stale one.
            s.GatherSource = upstream;
            s.Intermediaries = 0;
            Sketch.Add(ref s.Intermediaries, intermediary);
            s.GatherAge = 0;
        }
    }

    private void ApplyLogin(in EngineEvent e, int now)
    {
        var a = e.Source;
        if (a < 0)
        {
            return;
        }

        var profile = _reference.Account(a);
        if ((profile.Flags & AccountFlags.Cash) != 0)
        {
            return;
        }

        ref var s = ref _accounts[a];
        TouchAccount(ref s, a, in profile, now);
        int deviceHolders = 0, ipHolders = 0;
        var owner = _reference.DeviceOwner(e.Target);
        var counted = TakeCounts(in e, out var counts);
        if (e.Target >= 0)
        {
            deviceHolders = counted ? counts.DeviceHolders : LoginDevice(e.Target, a, in profile, owner, now);
            s.LastDevice = e.Target;
            if (counted)
            {
                EnqueuePushes(counts.Pushes);
            }
        }

        // A login from a device its holder does not own stamps the account's bound phone, so a
        // verification code arriving there minutes later is seen as relayed (CodeRelay).
        var bound = _reference.BoundPhone(a);
        if (bound >= 0 && profile.Holder >= 0 && owner != profile.Holder)
        {
            ref var phone = ref _phones[bound];
            phone.ForeignLoginAt = now;
            phone.ForeignLoginAccount = a;
        }

        if (e.Cell >= 0)
        {
            ipHolders = counted ? counts.IpHolders : LoginIp(e.Cell, a, in profile, now);
        }

        s.Score.Raise(IndicatorId.SharedDevice, SharedDeviceIndicator.Strength(deviceHolders, ipHolders, _ind.SharedDevice));
        LogEvidence(ref s.Score, ScoredKind.Account, a, in e, e.Target, EvidenceDirection.Login);
        Rescore(ScoredKind.Account, a, ref s.Score, now, e.Sequence, profile.Holder);
    }

    /// <summary>
    /// Remembers an account newly seen on a device; when the device's distinct holders grew past
    /// the threshold, the accounts it served before get the shared-device signal too.
    /// </summary>
    private void PushSharedDevice(ref DeviceState d, int account, int holdersBefore, int holdersNow)
    {
        foreach (var seen in d.RecentAccounts)
        {
            if (seen == account)
            {
                return;
            }
        }

        if (holdersNow > holdersBefore)
        {
            var strength = SharedDeviceIndicator.Strength(holdersNow, 0, _ind.SharedDevice);
            if (strength > 0)
            {
                foreach (var other in d.RecentAccounts)
                {
                    if (other >= 0)
                    {
                        _pushes.Enqueue(new Push(ScoredKind.Account, other, IndicatorId.SharedDevice, strength));
                    }
                }
            }
        }

        DeviceState.Remember(ref d.RecentAccounts, ref d.NextAccount, account);
    }

    /// <summary>Indicators both sides of a transaction update: burst, night, dormancy, new account, structuring.</summary>
    private void RaiseCommon(ref AccountState s, in AccountProfile profile, int now)
    {
        var events = s.InCount + s.OutCount;
        var yuan = (long)s.InYuan + s.OutYuan;
        s.Score.Raise(IndicatorId.Burst, BurstIndicator.Strength(events, s.BaseCount, s.HistoryDays, _ind.Burst));
        s.Score.Raise(IndicatorId.AbnormalHours, AbnormalHoursIndicator.Strength(s.UnusualNight, _ind.AbnormalHours));
        if (s.RevivedAt != EngineTime.Never)
        {
            s.Score.Raise(IndicatorId.DormantRevived, DormantRevivedIndicator.Strength((now - (long)s.RevivedAt) / EngineTime.Day, yuan, events, _ind.DormantRevived));
        }

        if (profile.OpenedDay != int.MinValue)
        {
            s.Score.Raise(IndicatorId.NewAccountVelocity, NewAccountVelocityIndicator.Strength(_clock.LocalDay(now) - (long)profile.OpenedDay, events, yuan, _ind.NewAccountVelocity));
        }

        s.Score.Raise(IndicatorId.JustUnderThreshold, JustUnderThresholdIndicator.Strength(s.UnderThreshold, _ind.JustUnderThreshold));
    }

    /// <summary>Brings an account's clock to <paramref name="now"/>: first sight, dormancy, day roll-over, window rotation, night counting.</summary>
    private void TouchAccount(ref AccountState s, int a, in AccountProfile profile, int now)
    {
        var day = _clock.LocalDay(now);
        if (s.LastSeen == EngineTime.Never)
        {
            if (profile.LastActivityDay != int.MinValue && DormantRevivedIndicator.IsDormantGap(day - (long)profile.LastActivityDay, _ind.DormantRevived))
            {
                Revive(ref s, now, day - (long)profile.LastActivityDay);
            }
            else if (profile.LastActivityDay == int.MinValue && (profile.Flags & AccountFlags.Dormant) != 0)
            {
                Revive(ref s, now, _ind.DormantRevived.DormantDays);
            }

            ReadHolder(ref s, in profile);
            RaiseStatic(ref s, a, profile.Holder);
        }
        else
        {
            if (now - (long)s.LastSeen >= _dormantSeconds)
            {
                Revive(ref s, now, (now - (long)s.LastSeen) / EngineTime.Day);
            }

            // The day and half of the counters are those of the last event (ADR 0160).
            var lastDay = _clock.LocalDay(s.LastSeen);
            if (day != lastDay)
            {
                RollDay(ref s, lastDay, day);
                RaiseStatic(ref s, a, profile.Holder);
            }

            var lastHalf = HalfOf(s.LastSeen);
            var half = HalfOf(now);
            if (half != lastHalf)
            {
                RotateHalf(ref s, lastHalf, half);
            }
        }

        if (AbnormalHoursIndicator.IsNight(_clock.LocalHour(now), _ind.AbnormalHours))
        {
            s.NightToday = Sat.Inc(s.NightToday);
            if (AbnormalHoursIndicator.NightIsUnusual(s.HistoryEvents, s.HistoryNight, _ind.AbnormalHours))
            {
                s.UnusualNight = Sat.Inc(s.UnusualNight);
            }
        }

        s.LastSeen = now;
    }

    /// <summary>The fan window's half containing <paramref name="now"/>, aligned to local midnight (so a day of date-only data falls in one half).</summary>
    private int HalfOf(int now) => (int)((now + (long)_offsetSeconds) / _halfSeconds);

    private static void Revive(ref AccountState s, int now, long gapDays)
    {
        s.RevivedAt = now;
        s.DormantGapDays = Sat.ToUShort(gapDays);
    }

    private void RollDay(ref AccountState s, int lastDay, int day)
    {
        var gap = day - lastDay;
        var today = s.InCount + s.OutCount;
        // A cumulative mean for the first days, then an exponentially weighted one, so the
        // baseline is meaningful after a few days instead of creeping up from zero.
        var alpha = Math.Max(_alpha, 1f / (s.HistoryDays + 1));
        s.BaseCount += alpha * (today - s.BaseCount);
        s.BaseYuan += alpha * (s.InYuan + (float)s.OutYuan - s.BaseYuan);
        if (gap > 1)
        {
            var idle = IdleFactor(gap - 1);
            s.BaseCount *= idle;
            s.BaseYuan *= idle;
        }

        s.HistoryDays = Sat.Add(s.HistoryDays, gap);
        var events = s.HistoryEvents + today;
        var night = s.HistoryNight + s.NightToday;
        while (events > ushort.MaxValue)
        {
            events /= 2;
            night /= 2;
        }

        s.HistoryEvents = (ushort)events;
        s.HistoryNight = (ushort)night;
        AgePool(ref s, gap);
        s.InCount = s.OutCount = s.NightToday = s.UnusualNight = s.UnderThreshold = 0;
        s.InYuan = s.OutYuan = 0;
        s.Score.Decay(DecayFactor(gap));
    }

    private static void RotateHalf(ref AccountState s, int lastHalf, int half)
    {
        s.GatherAge = (byte)Math.Clamp(s.GatherAge + ((long)half - lastHalf), 0, 2);
        if (half == lastHalf + 1)
        {
            s.PayersPrev = s.PayersNow;
            s.PayeesPrev = s.PayeesNow;
            s.PassPrev = s.PassNow;
            s.PassKiloPrev = s.PassKiloNow;
            s.CyclePrev = s.CycleNow;
        }
        else
        {
            s.PayersPrev = s.PayeesPrev = 0;
            s.PassPrev = s.CyclePrev = 0;
            s.PassKiloPrev = 0;
        }

        s.PayersNow = s.PayeesNow = 0;
        s.PassNow = s.CycleNow = 0;
        s.PassKiloNow = 0;
        if ((half & 1) == 0 || half > lastHalf + 1)
        {
            s.CompanyPayers = 0;
            s.TestedCards = 0;
        }
    }

    private static void Rotate(ref DeviceState d, int half)
    {
        if (half == d.Half)
        {
            return;
        }

        if (half == d.Half + 1)
        {
            d.SimsPrev = d.SimsNow;
            d.HoldersPrev = d.HoldersNow;
        }
        else
        {
            d.SimsPrev = d.HoldersPrev = 0;
        }

        d.SimsNow = d.HoldersNow = 0;
        d.Half = half;
    }

    /// <summary>Reads the holder's register facts once, at first sight, into the account's state (no holder look-up per event).</summary>
    private void ReadHolder(ref AccountState s, in AccountProfile profile)
    {
        if (profile.Holder < 0)
        {
            return;
        }

        ref readonly var holder = ref _reference.Holder(profile.Holder);
        if (!holder.IsCompany)
        {
            s.StaticSignal = AccountsPerIdentityIndicator.Strength(holder.MaxClassIPerBank, holder.Accounts, _ind.AccountsPerIdentity);
        }
        else if ((profile.Flags & AccountFlags.Corporate) != 0)
        {
            var shell = ShellCompanyIndicator.Strength(holder.NotOperating, holder.CompaniesAtAddress, _ind.ShellCompany);
            s.StaticSignal = shell == 0 ? (byte)0 : (byte)(AccountState.StaticShellFlag | shell);
        }
    }

    /// <summary>
    /// Indicators that come from reference data and from the holder's other entities, re-asserted at
    /// first sight and at each new day so decay does not erase them while they hold. Linked risk is
    /// also pushed at once when a holder's risk rises (<see cref="RunLinked"/>).
    /// </summary>
    private void RaiseStatic(ref AccountState s, int a, int holder)
    {
        var shell = (s.StaticSignal & AccountState.StaticShellFlag) != 0;
        s.Score.Raise(shell ? IndicatorId.ShellCompany : IndicatorId.AccountsPerIdentity, (byte)(s.StaticSignal & ~AccountState.StaticShellFlag));
        RaiseLinked(ref s.Score, ScoredKind.Account, a, holder);
    }

    /// <summary>
    /// At a new local day the pool keeps at most what came in on the day before: money older than
    /// that is outside any 24-hour window. The pool's own expiry only restarts it after a quiet
    /// spell, so without this a shop taking payments every day (and date-only inputs such as
    /// AMLSim, where a day's events share one time) would pool a week of takings and see its
    /// weekly sweep as a pass-through.
    /// </summary>
    private static void AgePool(ref AccountState s, int gap)
    {
        var yesterdayFen = gap == 1 ? (s.InYuan * 100L) + 99 : 0;
        if (s.PoolFen > yesterdayFen)
        {
            s.PoolFen = (uint)yesterdayFen;
        }

        if (s.PoolInFen > yesterdayFen)
        {
            s.PoolInFen = (uint)yesterdayFen;
        }
    }

    private float DecayFactor(int days) => days < _decayByDays.Length ? _decayByDays[days] : 0f;

    private float IdleFactor(int days) => days < _idleByDays.Length ? _idleByDays[days] : 0f;
}
