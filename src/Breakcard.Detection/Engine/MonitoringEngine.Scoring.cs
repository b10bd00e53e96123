using Breakcard.Detection.Alerts;
using Breakcard.Detection.Indicators;
using Breakcard.Detection.Scoring;
using Breakcard.Detection.State;

namespace Breakcard.Detection.Engine;

/// <content>Scoring, unified (linked) risk and alerts.</content>
public sealed partial class MonitoringEngine
{
    /// <summary>
    /// Re-scores an entity whose strengths changed, records its risk with its holder (unified risk),
    /// and raises an alert when the risk enters a higher control band than any alerted before.
    /// </summary>
    private void Rescore(ScoredKind kind, int entity, ref ScoreState score, int now, long sequence, int holder)
    {
        if (score.Dirty == 0)
        {
            return;
        }

        score.Dirty = 0;
        var risk = _model.Score(kind, in score.Strengths);
        score.Risk = (byte)risk;
        Observer?.OnScored(kind, entity, in score.Strengths, risk);
        if (risk > score.PeakRisk)
        {
            score.PeakRisk = (byte)risk;
            score.PeakAt = now;
        }

        if (holder >= 0)
        {
            NoteRisk(holder, kind, entity, DirectRisk(kind, in score.Strengths, risk));
        }

        var band = BandOf(risk);
        if (band > score.AlertBand)
        {
            score.AlertBand = band;
            _counters.Alerts++;
            var facts = kind == ScoredKind.Account ? AlertFacts.ForAccount(in _accounts[entity], entity, this) : AlertFacts.ForPhone(in _phones[entity], this);
            _sink.OnAlert(BuildAlert(kind, entity, holder, now, sequence, risk, band, in score.Strengths, score.EvidenceHead, facts));
        }
    }

    /// <summary>Keeps the event as evidence when it raised a strength or the entity is already watched.</summary>
    private void LogEvidence(ref ScoreState score, ScoredKind kind, int entity, in EngineEvent e, int counterparty, EvidenceDirection direction)
    {
        if (score.Dirty != 0 || score.Risk >= _engine.WatchRisk)
        {
            _evidence.Append(ref score.EvidenceHead, kind, in e, EngineTime.ToStored(e.Time), counterparty, direction);
            if (_evidence.SweepDue)
            {
                SweepEvidenceHeads();
            }
        }
    }

    /// <summary>Clears every head whose evidence has left the ring, so head tags stay unambiguous (every 2^30 writes; ADR 0160).</summary>
    private void SweepEvidenceHeads()
    {
        for (var r = 0; r < _accounts.UsedRuns; r++)
        {
            foreach (ref var s in _accounts.UsedRun(r))
            {
                _evidence.Sweep(ref s.Score.EvidenceHead);
            }
        }

        for (var r = 0; r < _phones.UsedRuns; r++)
        {
            foreach (ref var s in _phones.UsedRun(r))
            {
                _evidence.Sweep(ref s.Score.EvidenceHead);
            }
        }

        _evidence.Swept();
    }

    /// <summary>The risk without linked risk: what an entity shows on its own evidence (passed to its holder, so risk never echoes).</summary>
    private int DirectRisk(ScoredKind kind, in Strengths strengths, int risk)
    {
        if (strengths[(int)IndicatorId.LinkedRisk] == 0)
        {
            return risk;
        }

        var own = strengths;
        own[(int)IndicatorId.LinkedRisk] = 0;
        return _model.Score(kind, in own);
    }

    private void NoteRisk(int holder, ScoredKind kind, int entity, int direct)
    {
        // A holder none of whose entities ever reached the linked-risk minimum passes nothing on;
        // skipping it avoids a holder look-up on most re-scorings.
        if (direct < _ind.LinkedRisk.MinLinkedRisk && (_flaggedHolders[holder >> 6] & (1UL << holder)) == 0)
        {
            return;
        }

        ref var h = ref _holders[holder];
        ref var risk = ref kind == ScoredKind.Account ? ref h.AccountRisk : ref h.PhoneRisk;
        ref var riskiest = ref kind == ScoredKind.Account ? ref h.RiskiestAccount : ref h.RiskiestPhone;
        if (direct <= risk && riskiest != entity)
        {
            return;
        }

        var before = risk;
        risk = (byte)direct;
        riskiest = entity;
        ScheduleIfRaised(holder, before, direct, kind, entity);
    }

    private void ScheduleIfRaised(int holder, int before, int after, ScoredKind kind, int entity)
    {
        // Any rise at or above the minimum is pushed, so linked entities never carry a stale figure;
        // only holders with a flagged entity ever get here, so this is rare.
        if (after >= _ind.LinkedRisk.MinLinkedRisk && after > before)
        {
            _flaggedHolders[holder >> 6] |= 1UL << holder;
            // Who raised it, for a sharded host's merge order (ADR 0330); a rise while passing
            // risk on keeps the origin of the holder being passed on, one generation later: the
            // queue puts it after every holder already waiting (ADR 0361).
            var raiser = _followUp.Stage == FollowUpStage.Linked ? _followUp with { Generation = _followUp.Generation + 1 }
                : new FollowUp(FollowUpStage.Linked, kind, entity, _followUp.Stage);
            _linkedHolders.Enqueue((holder, raiser));
        }
    }

    /// <summary>The highest direct risk among the holder's entities other than the given one.</summary>
    private int LinkedRiskFor(int holder, ScoredKind kind, int entity)
    {
        ref readonly var h = ref _holders[holder];
        var phone = kind == ScoredKind.Phone && h.RiskiestPhone == entity ? 0 : h.PhoneRisk;
        var account = kind == ScoredKind.Account && h.RiskiestAccount == entity ? 0 : h.AccountRisk;
        return Math.Max(phone, account);
    }

    private void RaiseLinked(ref ScoreState score, ScoredKind kind, int entity, int holder)
    {
        // Most holders never have a flagged entity: a bit per holder (small enough to stay cached)
        // saves a look-up in the holder array on every new day of every account.
        if (holder >= 0 && (_flaggedHolders[holder >> 6] & (1UL << holder)) != 0)
        {
            score.Raise(IndicatorId.LinkedRisk, LinkedRiskIndicator.Strength(LinkedRiskFor(holder, kind, entity), _ind.LinkedRisk));
        }
    }

    /// <summary>An indicator strength one entity's event gives another entity (the SIMs of a device found to be a SIM box, the cards of a shared device, a card whose codes were relayed).</summary>
    private readonly record struct Push(ScoredKind Kind, int Entity, IndicatorId Indicator, byte Strength);

    /// <summary>
    /// Applies pushed strengths at once, in the order they were raised, each with the current event
    /// as related evidence, and re-scores the receivers (which may alert).
    /// </summary>
    private void RunPushes(in EngineEvent e, int now)
    {
        while (_pushes.Count > 0)
        {
            var push = _pushes.Dequeue();
            // CODE_RELAY is the one push of an entity rather than a place (ADR 0338).
            var stage = push.Indicator == IndicatorId.CodeRelay ? FollowUpStage.Relay : FollowUpStage.Push;
            _followUp = new FollowUp(stage, push.Kind, push.Entity, FollowUpStage.Own);
            var holder = push.Kind == ScoredKind.Account ? _reference.Account(push.Entity).Holder : _reference.Phone(push.Entity).Holder;
            ref var score = ref push.Kind == ScoredKind.Account ? ref _accounts[push.Entity].Score : ref _phones[push.Entity].Score;
            score.Raise(push.Indicator, push.Strength);
            if (score.Dirty != 0)
            {
                _evidence.Append(ref score.EvidenceHead, push.Kind, in e, EngineTime.ToStored(e.Time), e.Source, EvidenceDirection.Related);
                if (_evidence.SweepDue)
                {
                    SweepEvidenceHeads();
                }

                Rescore(push.Kind, push.Entity, ref score, now, e.Sequence, holder);
            }
        }

        _followUp = FollowUp.Own;
    }

    /// <summary>
    /// Pushes a holder's raised risk to their other accounts and numbers at once (they may have no
    /// event of their own for a while). Deterministic: holders in the order they were raised,
    /// entities in index order.
    /// </summary>
    private void RunLinked(int now, long sequence)
    {
        while (_linkedHolders.Count > 0)
        {
            (var holder, _followUp) = _linkedHolders.Dequeue();
            foreach (var a in _reference.AccountsOf(holder))
            {
                ref var score = ref _accounts[a].Score;
                RaiseLinked(ref score, ScoredKind.Account, a, holder);
                Rescore(ScoredKind.Account, a, ref score, now, sequence, holder);
            }

            foreach (var p in _reference.PhonesOf(holder))
            {
                ref var score = ref _phones[p].Score;
                RaiseLinked(ref score, ScoredKind.Phone, p, holder);
                Rescore(ScoredKind.Phone, p, ref score, now, sequence, holder);
            }
        }

        _followUp = FollowUp.Own;
    }

    private AlertDraft BuildAlert(ScoredKind kind, int entity, int holder, int now, long sequence, int risk, int band, in Strengths strengths, int evidenceHead, IReadOnlyList<IndicatorFact> facts)
    {
        var evidence = _evidence.Chain(kind, evidenceHead, _engine.MaxEvidencePerAlert);
        if (kind == ScoredKind.Account)
        {
            AddInflows(evidence, entity, sequence);
        }

        LinkedEntity? linked = null;
        if (holder >= 0 && strengths[(int)IndicatorId.LinkedRisk] > 0)
        {
            ref readonly var h = ref _holders[holder];
            var phoneRisk = kind == ScoredKind.Phone && h.RiskiestPhone == entity ? 0 : h.PhoneRisk;
            var accountRisk = kind == ScoredKind.Account && h.RiskiestAccount == entity ? 0 : h.AccountRisk;
            linked = phoneRisk >= accountRisk && h.RiskiestPhone >= 0
                ? new LinkedEntity(ScoredKind.Phone, h.RiskiestPhone, holder, phoneRisk)
                : h.RiskiestAccount >= 0 ? new LinkedEntity(ScoredKind.Account, h.RiskiestAccount, holder, accountRisk) : null;
        }

        return new AlertDraft
        {
            Kind = kind,
            Entity = entity,
            Holder = holder,
            Time = now,
            TriggerSequence = sequence,
            Risk = risk,
            Band = band,
            Model = _model.Name,
            Contributions = _model.Explain(kind, in strengths),
            Facts = facts,
            Evidence = evidence,
            Linked = linked,
        };
    }

    /// <summary>Adds the account's remembered inflows that the evidence log does not already hold, newest first.</summary>
    private void AddInflows(List<EvidenceRecord> evidence, int account, long currentSequence)
    {
        ref readonly var s = ref _accounts[account];
        for (var i = 0; i < InflowRing.Count && evidence.Count < _engine.MaxEvidencePerAlert + InflowRing.Count; i++)
        {
            var inflow = s.Inflows[i];
            if (inflow.Fen == 0)
            {
                continue;
            }

            var sequence = currentSequence + unchecked((int)(inflow.SequenceLow - (uint)currentSequence));
            if (evidence.Exists(r => r.Sequence == sequence))
            {
                continue;
            }

            evidence.Add(new EvidenceRecord
            {
                Sequence = sequence, Value = inflow.Fen, Time = inflow.Time, Counterparty = -1,
                Kind = ScoredKind.Account, EventKind = EventKind.Transaction, Direction = EvidenceDirection.In,
            });
        }

        evidence.Sort(static (x, y) => y.Time != x.Time ? y.Time.CompareTo(x.Time) : y.Sequence.CompareTo(x.Sequence));
    }

    /// <summary>Distinct holders whose accounts used <paramref name="device"/> in its window (0 for none).</summary>
    // Peek: an alert's facts may name a device counted on another shard (ADR 0335); it gets no slot here.
    internal int DeviceHolders(int device) =>
        device < 0 ? 0 : Sketch.AtLeast(_devices.Peek(device).HoldersNow | _devices.Peek(device).HoldersPrev);

    /// <summary>Distinct SIMs seen in <paramref name="device"/> in its window.</summary>
    internal int DeviceSims(int device) =>
        device < 0 ? 0 : Sketch.AtLeast(_devices.Peek(device).SimsNow | _devices.Peek(device).SimsPrev);

    /// <summary>Heavy-calling SIMs in <paramref name="cell"/> today.</summary>
    internal int CellHeavySims(int cell) => cell < 0 ? 0 : Sketch.AtLeast(_cells.Peek(cell).HeavySims);

    /// <summary>The holder state of <paramref name="holder"/>.</summary>
    internal HolderState HolderOf(int holder) => _holders[holder];
}
