using Breakcard.Core.Identifiers;

namespace Breakcard.Core.Events;

/// <summary>
/// One voice call from a call detail record. Numbers are strings because a counterparty may be
/// a landline, a short service code or an international number; the subscriber side of an
/// operator's own records is normally an 11-digit <see cref="MobileNumber"/>.
/// </summary>
/// <param name="Id">Unique record id.</param>
/// <param name="Start">Call start (event time).</param>
/// <param name="Caller">Calling number.</param>
/// <param name="Callee">Called number.</param>
/// <param name="DurationSeconds">Connected duration in seconds (0 for unanswered).</param>
/// <param name="CellId">Serving cell of the caller, if known.</param>
/// <param name="Device">Caller's device, if known.</param>
public readonly record struct CallEvent(
    string Id,
    DateTimeOffset Start,
    string Caller,
    string Callee,
    int DurationSeconds,
    string? CellId,
    DeviceId? Device)
{
    /// <summary>Masked summary.</summary>
    public override string ToString() =>
        $"{Id} {Start:O} {Masking.KeepEnds(Caller, 3, 4)} -> {Masking.KeepEnds(Callee, 3, 4)} {DurationSeconds}s";
}
