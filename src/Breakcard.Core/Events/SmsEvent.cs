using Breakcard.Core.Identifiers;

namespace Breakcard.Core.Events;

/// <summary>What an SMS is, as far as an operator can tell from sender and template.</summary>
public enum SmsKind
{
    /// <summary>Person-to-person message.</summary>
    Personal = 1,

    /// <summary>A platform's verification code (验证码) — floods of these mark SMS-code platforms.</summary>
    VerificationCode = 2,

    /// <summary>Notifications and marketing from service numbers.</summary>
    Notification = 3,
}

/// <summary>One SMS.</summary>
/// <param name="Id">Unique record id.</param>
/// <param name="Time">Event time.</param>
/// <param name="Sender">Sending number or service code (for example 106…).</param>
/// <param name="Receiver">Receiving number.</param>
/// <param name="Kind">Message kind.</param>
/// <param name="CellId">Receiver's serving cell, if known.</param>
/// <param name="Device">Receiver's device, if known.</param>
public readonly record struct SmsEvent(
    string Id,
    DateTimeOffset Time,
    string Sender,
    string Receiver,
    SmsKind Kind,
    string? CellId,
    DeviceId? Device)
{
    /// <summary>Masked summary.</summary>
    public override string ToString() =>
        $"{Id} {Time:O} {Masking.KeepEnds(Sender, 3, 4)} -> {Masking.KeepEnds(Receiver, 3, 4)} {Kind}";
}
