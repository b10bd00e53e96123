namespace Breakcard.Ingest;

/// <summary>
/// The dense indexes a consumer gave the current event's entities ahead of time, on the reading
/// thread (see <see cref="IEventKeyResolver"/>), so its own thread does not look the strings up
/// again; -1 wherever nothing was resolved (the consumer then looks the string up itself). Which
/// entity each slot holds depends on the kind of event: transaction — debit, credit; call — caller,
/// callee, device; SMS — receiver, sender, device; login — account, device.
/// </summary>
/// <param name="First">Debit account, caller, receiver or login account; -1 when not resolved.</param>
/// <param name="Second">Credit account, callee, sender or login device; -1 when not resolved.</param>
/// <param name="Third">Device of a call or SMS; -1 when not resolved (or none).</param>
public readonly record struct EventKeys(int First, int Second, int Third)
{
    /// <summary>Nothing resolved.</summary>
    public static EventKeys None => new(-1, -1, -1);
}
