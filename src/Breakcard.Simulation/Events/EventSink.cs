using Breakcard.Core.Events;
using Breakcard.Simulation.Truth;
using Breakcard.Simulation.World;

namespace Breakcard.Simulation.Events;

/// <summary>
/// Where generators put events. Appends them to the current day's batch, attaches ground-truth
/// labels (and updates each labelled entity's first illicit time), and lets normal-life hooks
/// react to inflows (a sweeper moving the money on). Single-threaded, like the generators.
/// </summary>
internal sealed class EventSink(SimWorld world, TruthBook truth, ActionQueue actions)
{
    private DayBatch? _batch;
    private long _dayStart;
    private long _dayEnd;

    public SimWorld World { get; } = world;

    public TruthBook Truth { get; } = truth;

    public ActionQueue Actions { get; } = actions;

    /// <summary>Called for every unlabelled transfer into an account whose holder sweeps (see <see cref="SweepSources"/>).</summary>
    public Action<long, int, long>? OnSweepSourceCredited { get; set; }

    /// <summary>Accounts whose every inflow is swept on (set by normal life).</summary>
    public bool[] SweepSources { get; set; } = [];

    public long DayStart => _dayStart;

    public long DayEnd => _dayEnd;

    public DayBatch Batch => _batch ?? throw new InvalidOperationException("No day started.");

    /// <summary><paramref name="time"/> plus <paramref name="delta"/> seconds, but never past the
    /// current day: a step that would cross midnight happens in the day's last second instead.</summary>
    public long Later(long time, long delta) => Math.Min(time + delta, _dayEnd - 1);

    public void Begin(DayBatch batch)
    {
        _batch = batch;
        _dayStart = (long)batch.Day * SimCalendar.SecondsPerDay;
        _dayEnd = _dayStart + SimCalendar.SecondsPerDay;
    }

    public void Transaction(long time, long debit, long credit, long fen, Channel channel, short memo, EventLabel? label = null)
    {
        if (fen <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(fen), fen, "Transactions move a positive amount.");
        }

        var e = new SimEvent { Time = time, A = debit, B = credit, Value = fen, Kind = EventKind.Transaction, Sub = (byte)channel, Memo = memo, Cell = -1, Device = -1 };
        e.Label = Attach(label, EventKind.Transaction, time);
        Add(e);
        if (label is not null)
        {
            TouchAccount(debit, time);
            TouchAccount(credit, time);
        }
        else if (credit >= 0 && credit < SweepSources.Length && SweepSources[credit])
        {
            OnSweepSourceCredited?.Invoke(time, (int)credit, fen);
        }
    }

    public void Call(long time, long caller, long callee, int seconds, int cell, int device, EventLabel? label = null)
    {
        var e = new SimEvent { Time = time, A = caller, B = callee, Value = seconds, Kind = EventKind.Call, Cell = cell, Device = device };
        e.Label = Attach(label, EventKind.Call, time);
        Add(e);
        if (label is not null)
        {
            TouchPhone(caller, time);
            TouchPhone(callee, time);
            TruthBook.Touch(Truth.Devices, device, time);
        }
    }

    public void Sms(long time, long sender, long receiver, SmsKind kind, int cell, int device, EventLabel? label = null)
    {
        var e = new SimEvent { Time = time, A = sender, B = receiver, Kind = EventKind.Sms, Sub = (byte)kind, Cell = cell, Device = device };
        e.Label = Attach(label, EventKind.Sms, time);
        Add(e);
        if (label is not null)
        {
            TouchPhone(receiver, time);
            TruthBook.Touch(Truth.Devices, device, time);
        }
    }

    public void Login(long time, int account, int device, uint ip, EventLabel? label = null)
    {
        var e = new SimEvent { Time = time, A = account, Kind = EventKind.Login, Cell = -1, Device = device, Ip = ip };
        e.Label = Attach(label, EventKind.Login, time);
        Add(e);
        if (label is not null)
        {
            TouchAccount(account, time);
            TruthBook.Touch(Truth.Devices, device, time);
        }
    }

    private void Add(in SimEvent e)
    {
        if (e.Time < _dayStart || e.Time >= _dayEnd)
        {
            throw new InvalidOperationException($"Event at second {e.Time} generated outside day {Batch.Day}.");
        }

        Batch.Add(e);
    }

    private int Attach(EventLabel? label, EventKind kind, long time)
    {
        if (label is null)
        {
            return -1;
        }

        label.Kind = kind;
        if (label.Actor >= 0)
        {
            TruthBook.Touch(Truth.Persons, label.Actor, time);
        }

        Batch.Labels.Add(label);
        return Batch.Labels.Count - 1;
    }

    private void TouchAccount(long endpoint, long time)
    {
        if (endpoint >= 0)
        {
            TruthBook.Touch(Truth.Accounts, (int)endpoint, time);
        }
    }

    private void TouchPhone(long number, long time)
    {
        var phone = World.Phones.Find(number);
        if (phone >= 0)
        {
            TruthBook.Touch(Truth.Phones, phone, time);
        }
    }
}
