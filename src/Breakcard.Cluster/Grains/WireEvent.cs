using Breakcard.Core;
using Breakcard.Core.Events;
using Breakcard.Core.Identifiers;

namespace Breakcard.Cluster.Grains;

/// <summary>The kind of a <see cref="WireEvent"/>.</summary>
public enum WireKind : byte
{
    /// <summary>A <see cref="TransactionEvent"/>.</summary>
    Transaction = 1,

    /// <summary>A <see cref="CallEvent"/>.</summary>
    Call = 2,

    /// <summary>An <see cref="SmsEvent"/>.</summary>
    Sms = 3,

    /// <summary>A <see cref="LoginEvent"/>.</summary>
    Login = 4,

    /// <summary>
    /// Not an event: applies every event the engine holds back for late arrivals, as a single-process
    /// host's end-of-input flush does (the web host's demo load); numbered with the batch it is in,
    /// so a replay flushes at the same point.
    /// </summary>
    Flush = 5,
}

/// <summary>
/// One validated Core event as it travels from the gateway to a grain: flat fields, strings for
/// identifiers (already validated by the reader; they are revealed only on the wire between
/// gateway and silo, never printed), times as Unix seconds plus the input's offset so the event
/// rebuilt on the silo is the one the gateway read.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record WireEvent(
    [property: Id(0)] WireKind Kind,
    [property: Id(1)] string Id,
    [property: Id(2)] long UnixSeconds,
    [property: Id(3)] short OffsetMinutes,
    [property: Id(4)] string A,
    [property: Id(5)] string B,
    [property: Id(6)] long Value,
    [property: Id(7)] byte Sub,
    [property: Id(8)] string? Device,
    [property: Id(9)] string? Place,
    [property: Id(10)] string? Memo)
{
    /// <summary>The flush marker (<see cref="WireKind.Flush"/>).</summary>
    public static WireEvent FlushMarker { get; } = new(WireKind.Flush, string.Empty, 0, 0, string.Empty, string.Empty, 0, 0, null, null, null);

    /// <summary>A transaction: A = debit, B = credit, Value = fen, Sub = channel.</summary>
    public static WireEvent Of(in TransactionEvent e) =>
        new(WireKind.Transaction, e.Id, e.Time.ToUnixTimeSeconds(), Offset(e.Time), e.Debit, e.Credit, e.Amount.Fen, (byte)e.Channel, null, null, e.Memo);

    /// <summary>A call: A = caller, B = callee, Value = seconds, Place = cell.</summary>
    public static WireEvent Of(in CallEvent e) =>
        new(WireKind.Call, e.Id, e.Start.ToUnixTimeSeconds(), Offset(e.Start), e.Caller, e.Callee, e.DurationSeconds, 0, e.Device?.Reveal(), e.CellId, null);

    /// <summary>An SMS: A = sender, B = receiver, Sub = kind, Place = cell.</summary>
    public static WireEvent Of(in SmsEvent e) =>
        new(WireKind.Sms, e.Id, e.Time.ToUnixTimeSeconds(), Offset(e.Time), e.Sender, e.Receiver, 0, (byte)e.Kind, e.Device?.Reveal(), e.CellId, null);

    /// <summary>A login: A = account, Device, Place = IP address.</summary>
    public static WireEvent Of(in LoginEvent e) =>
        new(WireKind.Login, e.Id, e.Time.ToUnixTimeSeconds(), Offset(e.Time), e.Account, string.Empty, 0, 0, e.Device.Reveal(), e.Ip?.Reveal(), null);

    /// <summary>The event time with the input's offset.</summary>
    public DateTimeOffset Time => DateTimeOffset.FromUnixTimeSeconds(UnixSeconds).ToOffset(TimeSpan.FromMinutes(OffsetMinutes));

    /// <summary>Rebuilds the transaction.</summary>
    public TransactionEvent ToTransaction() => new(Id, Time, A, B, Money.FromFen(Value), (Channel)Sub, Memo);

    /// <summary>Rebuilds the call.</summary>
    public CallEvent ToCall() => new(Id, Time, A, B, checked((int)Value), Place, Device is null ? null : DeviceId.Parse(Device));

    /// <summary>Rebuilds the SMS.</summary>
    public SmsEvent ToSms() => new(Id, Time, A, B, (SmsKind)Sub, Place, Device is null ? null : DeviceId.Parse(Device));

    /// <summary>Rebuilds the login.</summary>
    public LoginEvent ToLogin() => new(Id, Time, A, DeviceId.Parse(Device ?? throw new InvalidOperationException("a login without a device")),
        Place is null ? null : IpAddress.Parse(Place));

    /// <summary>Masked: identifiers are personal data.</summary>
    public override string ToString() => $"{Kind} {Id} {Time:O}";

    private static short Offset(DateTimeOffset t) => checked((short)t.Offset.TotalMinutes);
}
