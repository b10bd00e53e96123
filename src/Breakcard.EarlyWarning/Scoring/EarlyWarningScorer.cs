using System.Globalization;
using Breakcard.Core.Events;
using Breakcard.Core.People;
using Breakcard.Core.Time;
using Breakcard.EarlyWarning.Input;
using Breakcard.EarlyWarning.Signals;
using Breakcard.EarlyWarning.Warnings;

namespace Breakcard.EarlyWarning.Scoring;

/// <summary>
/// Builds the early-warning list from what a bank knows: holders, personal accounts, registered
/// devices, monitoring alerts, and transactions and logins in event-time order. Each holder's
/// score is the noisy-OR of the distinct signals seen on their accounts (weights in
/// <see cref="SignalCatalog"/>) times the prior boost; the warning time is the event at which the
/// score first reaches <see cref="WarningOptions.WarnAt"/>. No truth is read here.
/// <para>Register every entity and alert, then feed events in time order, then call
/// <see cref="Finish"/>. Not thread safe.</para>
/// </summary>
public sealed class EarlyWarningScorer
{
    private readonly WarningOptions _options;
    private readonly DateOnly _periodStart;
    private readonly Dictionary<string, HolderFacts> _facts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HolderState> _holders = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccountState> _accounts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _deviceOwners = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _deviceHolders = new(StringComparer.Ordinal);
    private readonly List<(DateTimeOffset Time, Action Apply)> _pending = [];
    private int _nextPending = -1;
    private DateTimeOffset _latest = DateTimeOffset.MinValue;

    /// <summary>Creates a scorer for data starting on <paramref name="periodStart"/> (China time).</summary>
    public EarlyWarningScorer(WarningOptions options, DateOnly periodStart)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        _options = options;
        _periodStart = periodStart;
    }

    /// <summary>Events applied.</summary>
    public long Events { get; private set; }

    /// <summary>Events about accounts that are not registered personal accounts (corporate, unknown): counted, not scored.</summary>
    public long EventsOutsideScope { get; private set; }

    /// <summary>Events older than one already applied; applied at the latest time seen.</summary>
    public long LateEvents { get; private set; }

    /// <summary>Registers a holder's know-your-customer facts.</summary>
    public void AddHolder(HolderFacts holder)
    {
        ArgumentNullException.ThrowIfNull(holder);
        EnsureRegistering();
        _facts[holder.Id] = holder;
    }

    /// <summary>Registers a personal account.</summary>
    public void AddAccount(AccountFacts account)
    {
        ArgumentNullException.ThrowIfNull(account);
        EnsureRegistering();
        var holder = Holder(account.HolderId);
        var dormant = account.Opened < _periodStart.AddDays(-_options.DormantDays)
            && (account.LastActivity is not { } last || last < _periodStart.AddDays(-_options.DormantDays));
        var state = new AccountState(account, holder, dormant);
        holder.Accounts.Add(state);
        _accounts[account.AccountNumber] = state;
    }

    /// <summary>Registers a device and its owner (null when the owner is unknown to the bank).</summary>
    public void AddDevice(string deviceId, string? ownerId)
    {
        ArgumentNullException.ThrowIfNull(deviceId);
        EnsureRegistering();
        _deviceOwners[deviceId] = ownerId;
    }

    /// <summary>Registers a monitoring alert; it is applied when the event stream reaches its time.</summary>
    public void AddAlert(MonitoringAlert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        EnsureRegistering();
        _pending.Add((alert.Time, () =>
        {
            if (_accounts.TryGetValue(alert.AccountNumber, out var account))
            {
                Raise(account, SignalKind.MonitoringAlert, alert.Time, string.Create(CultureInfo.InvariantCulture, $"monitoring risk {alert.Risk}: {alert.Reason}"));
            }
        }));
    }

    /// <summary>Applies a transaction.</summary>
    public void Observe(in TransactionEvent transaction)
    {
        var time = Advance(transaction.Time);
        var debit = _accounts.GetValueOrDefault(transaction.Debit);
        var credit = _accounts.GetValueOrDefault(transaction.Credit);
        if (debit is null && credit is null)
        {
            EventsOutsideScope++;
            return;
        }

        if (credit is not null)
        {
            Inflow(credit, transaction.Debit, transaction.Amount.Fen, transaction.Channel, time);
        }

        if (debit is not null)
        {
            Outflow(debit, transaction.Credit, transaction.Amount.Fen, time);
        }
    }

    /// <summary>Applies a login.</summary>
    public void Observe(in LoginEvent login)
    {
        var time = Advance(login.Time);
        if (!_accounts.TryGetValue(login.Account, out var account))
        {
            EventsOutsideScope++;
            return;
        }

        var device = login.Device.Reveal();
        var holder = account.Holder;
        var known = _deviceOwners.TryGetValue(device, out var owner);
        if (known && string.Equals(owner, holder.Id, StringComparison.Ordinal))
        {
            return;
        }

        if (!_deviceHolders.TryGetValue(device, out var holders))
        {
            holders = new HashSet<string>(StringComparer.Ordinal);
            _deviceHolders[device] = holders;
        }

        holders.Add(holder.Id);
        if (!known || owner is null)
        {
            Raise(account, SignalKind.UnknownDeviceLogin, time, "a device registered to nobody logged in");
        }
        else if (holders.Count >= _options.SharedDeviceHolders)
        {
            Raise(account, SignalKind.SharedDeviceLogin, time, string.Create(CultureInfo.InvariantCulture, $"the device has logged into accounts of {holders.Count} people who do not own it"));
        }
        else
        {
            Raise(account, SignalKind.OtherPersonDeviceLogin, time, "another customer's device logged in");
        }

        if (account.Dormant)
        {
            Raise(account, SignalKind.DormantRevived, time, DormantDetail(account, "a login from a device that is not the holder's"));
        }
    }

    /// <summary>Applies everything still pending and returns the warning list in warning-time order.</summary>
    public IReadOnlyList<Warning> Finish()
    {
        Prepare();
        ApplyPending(DateTimeOffset.MaxValue);
        return [.. _holders.Values.Where(h => h.WarnedAt is not null).Select(ToWarning).OrderBy(w => w.WarnedAt).ThenBy(w => w.HolderId, StringComparer.Ordinal)];
    }

    /// <summary>The current score (0–100) of a holder; 0 for a holder with no signal.</summary>
    public int ScoreOf(string holderId) => _holders.TryGetValue(holderId, out var h) ? h.Score : 0;

    /// <summary>The prior factors of a holder on the period's first day.</summary>
    public static IReadOnlyList<PriorFactor> PriorsOf(HolderFacts facts, DateOnly on)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var priors = new List<PriorFactor>(4);
        var age = Ages.Between(facts.BirthDate, on);
        if (age is >= 16 and <= 29)
        {
            priors.Add(PriorFactor.Young);
        }

        if (facts.Occupation == Occupation.Student)
        {
            priors.Add(PriorFactor.Student);
        }

        if (facts.Occupation == Occupation.Unemployed)
        {
            priors.Add(PriorFactor.NoFixedJob);
        }

        if (facts.Education is Education.PrimaryOrNone or Education.JuniorHigh)
        {
            priors.Add(PriorFactor.LittleSchooling);
        }

        return priors;
    }

    private void Inflow(AccountState account, string payer, long fen, Channel channel, DateTimeOffset time)
    {
        if (CashPoints.IsCash(payer) || account.Holder.Owns(payer))
        {
            return;
        }

        if (account.CardInOtherHands)
        {
            AddSettlement(account.Holder, fen, time);
        }

        if (!account.Counterparties.Add(payer))
        {
            return;
        }

        // A buyer tests a card with a bank transfer; a few fen through a payment app is a customer's purchase.
        if (fen <= _options.TestTransferMaxFen && channel == Channel.Transfer)
        {
            Raise(account, SignalKind.TestTransfer, time, string.Create(CultureInfo.InvariantCulture, $"¥{fen / 100m:0.00} from a first-time payer"));
        }

        var window = account.StrangerPayments;
        window.Enqueue(time);
        while (window.Count > 0 && window.Peek() <= time.AddHours(-24))
        {
            window.Dequeue();
        }

        if (window.Count >= _options.StrangerPayers)
        {
            Raise(account, SignalKind.StrangerInflows, time, string.Create(CultureInfo.InvariantCulture, $"{window.Count} first-time payers within 24 hours"));
        }

        if (fen >= _options.PassThroughMinFen)
        {
            var open = account.OpenInflows;
            open.RemoveAll(i => i.Time < time - _options.PassThroughWindow);
            if (open.Count < 16)
            {
                open.Add((time, fen));
            }
        }

        if (account.Dormant)
        {
            Raise(account, SignalKind.DormantRevived, time, DormantDetail(account, "money from a first-time payer"));
        }
    }

    private void Outflow(AccountState account, string payee, long fen, DateTimeOffset time)
    {
        if (account.Holder.Owns(payee))
        {
            return;
        }

        if (!CashPoints.IsCash(payee))
        {
            account.Counterparties.Add(payee);
        }

        var open = account.OpenInflows;
        for (var i = 0; i < open.Count; i++)
        {
            var (at, inflow) = open[i];
            // Almost the whole inflow (a mule keeps 1–3 %, at most a tenth), within the window.
            if (time - at <= _options.PassThroughWindow && fen <= inflow && fen * 10 >= inflow * 9)
            {
                open.RemoveAt(i);
                var recent = account.PassThroughs;
                recent.Enqueue(time);
                while (recent.Peek() <= time.AddHours(-24))
                {
                    recent.Dequeue();
                }

                if (recent.Count >= _options.PassThroughRepeats)
                {
                    Raise(account, SignalKind.PassThrough, time, string.Create(CultureInfo.InvariantCulture,
                        $"{recent.Count} pass-throughs within 24 hours, the last ¥{inflow / 100m:N2} from a first-time payer, ¥{fen / 100m:N2} passed on {(time - at).TotalMinutes:0} minutes later"));
                }

                return;
            }
        }
    }

    private void AddSettlement(HolderState holder, long fen, DateTimeOffset time)
    {
        holder.SettlementFen = checked(holder.SettlementFen + fen);
        if (holder.ThresholdReachedAt is null && holder.SettlementFen >= _options.SettlementThresholdFen)
        {
            holder.ThresholdReachedAt = time;
            holder.ThresholdReason = string.Create(CultureInfo.InvariantCulture,
                $"¥{holder.SettlementFen / 100m:N0} received on cards used by others (法释〔2019〕15号 Art. 12: ¥200,000)");
        }
    }

    private void Raise(AccountState account, SignalKind kind, DateTimeOffset time, string detail)
    {
        var holder = account.Holder;
        if (!holder.Seen.Add((kind, account.Facts.AccountNumber)))
        {
            return;
        }

        holder.Signals.Add(new Signal(kind, time, account.Facts.AccountNumber, detail));
        if (SignalCatalog.Of(kind).CardInOtherHands && !account.CardInOtherHands)
        {
            account.CardInOtherHands = true;
            holder.CardsInOtherHands++;
            if (holder.ThresholdReachedAt is null && holder.CardsInOtherHands >= _options.CardsThreshold)
            {
                holder.ThresholdReachedAt = time;
                holder.ThresholdReason = string.Create(CultureInfo.InvariantCulture, $"{holder.CardsInOtherHands} cards used by others (法发〔2021〕22号 Art. 9: five)");
            }
        }

        if (Array.IndexOf(holder.Kinds, kind) >= 0)
        {
            return;
        }

        holder.Kinds = [.. holder.Kinds, kind];
        holder.Score = Score(holder.Kinds, holder.Priors.Count);
        if (holder.WarnedAt is null && holder.Score >= _options.WarnAt)
        {
            holder.WarnedAt = time;
            holder.ScoreAtWarning = holder.Score;
        }
    }

    /// <summary>Noisy-OR of the distinct signals' weights, boosted by the priors, on 0–100.</summary>
    internal int Score(IReadOnlyCollection<SignalKind> kinds, int priors)
    {
        var none = 1.0;
        foreach (var k in kinds)
        {
            none *= 1 - SignalCatalog.Of(k).Weight;
        }

        var boost = 1 + (_options.PriorBoost * Math.Min(priors, _options.MaxPriors));
        return (int)Math.Min(100, Math.Round(100 * (1 - none) * boost, MidpointRounding.AwayFromZero));
    }

    private Warning ToWarning(HolderState h)
    {
        var interventions = new List<Intervention> { Intervention.Bank };
        var student = h.Facts?.Occupation == Occupation.Student;
        if (student)
        {
            interventions.Add(Intervention.School);
        }

        var inOtherHands = h.Kinds.Count(k => SignalCatalog.Of(k).CardInOtherHands);
        if (h.ThresholdReachedAt is not null || inOtherHands >= 2)
        {
            interventions.Add(Intervention.Police);
        }

        return new Warning(h.Id, h.WarnedAt!.Value, h.ScoreAtWarning, h.Score, [.. h.Signals.OrderBy(s => s.Time)], h.Priors, interventions,
            h.ThresholdReachedAt, h.ThresholdReason, student);
    }

    private HolderState Holder(string id)
    {
        if (!_holders.TryGetValue(id, out var holder))
        {
            var facts = _facts.GetValueOrDefault(id);
            holder = new HolderState(id, facts, facts is null ? [] : PriorsOf(facts, _periodStart));
            _holders[id] = holder;
        }

        return holder;
    }

    private DateTimeOffset Advance(DateTimeOffset time)
    {
        Prepare();
        Events++;
        if (time < _latest)
        {
            LateEvents++;
            time = _latest;
        }

        _latest = time;
        ApplyPending(time);
        return time;
    }

    private void EnsureRegistering()
    {
        if (_nextPending >= 0)
        {
            throw new InvalidOperationException("Register holders, accounts, devices and alerts before the first event.");
        }
    }

    /// <summary>Turns the entity facts into timed signals (an account opened, a phone card activated) once registration is over.</summary>
    private void Prepare()
    {
        if (_nextPending >= 0)
        {
            return;
        }

        var start = ChinaTime.StartOf(_periodStart);
        foreach (var holder in _holders.Values)
        {
            foreach (var account in holder.Accounts)
            {
                var f = account.Facts;
                var opened = ChinaTime.StartOf(f.Opened);
                var isNew = f.Opened >= _periodStart.AddDays(-_options.NewAccountDays);
                if (isNew && holder.Accounts.Any(o => o.Facts.Opened < f.Opened))
                {
                    var a = account;
                    _pending.Add((Max(opened, start), () => Raise(a, SignalKind.NewSecondAccount, Max(opened, start),
                        string.Create(CultureInfo.InvariantCulture, $"opened {f.Opened:yyyy-MM-dd}; the holder has {holder.Accounts.Count(o => o.Facts.Opened < f.Opened)} older account(s)"))));
                }

                if (f.BoundPhoneActivated is { } activated && activated >= _periodStart.AddDays(-_options.NewPhoneDays) && (activated > f.Opened || isNew))
                {
                    var a = account;
                    var at = Max(ChinaTime.StartOf(activated), start);
                    _pending.Add((at, () => Raise(a, SignalKind.NewBoundPhone, at,
                        string.Create(CultureInfo.InvariantCulture, $"bound phone card activated {activated:yyyy-MM-dd}, account opened {f.Opened:yyyy-MM-dd}"))));
                }
            }
        }

        // Stable, so signals due at the same instant apply in registration order and runs repeat exactly.
        var ordered = _pending.OrderBy(p => p.Time).ToList();
        _pending.Clear();
        _pending.AddRange(ordered);
        _nextPending = 0;
    }

    private void ApplyPending(DateTimeOffset upTo)
    {
        while (_nextPending < _pending.Count && _pending[_nextPending].Time <= upTo)
        {
            _pending[_nextPending++].Apply();
        }
    }

    private string DormantDetail(AccountState account, string what) => account.Facts.LastActivity is { } last
        ? string.Create(CultureInfo.InvariantCulture, $"{what} on a card last used {last:yyyy-MM-dd} ({_periodStart.DayNumber - last.DayNumber} days before the period)")
        : $"{what} on a card never used before the period";

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
