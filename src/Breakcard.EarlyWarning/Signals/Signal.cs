using Breakcard.Core.Identifiers;

namespace Breakcard.EarlyWarning.Signals;

/// <summary>One observed signal: what, when, on which account, and the numbers behind it.</summary>
/// <param name="Kind">The signal.</param>
/// <param name="Time">Event time it was observed at.</param>
/// <param name="Account">The account (kept whole for the host; print <see cref="AccountMasked"/>).</param>
/// <param name="Detail">The facts behind it, in English, with no raw identifier.</param>
public sealed record Signal(SignalKind Kind, DateTimeOffset Time, string Account, string Detail)
{
    /// <summary>The account, masked for screens and reports.</summary>
    public string AccountMasked => Masking.KeepEnds(Account, 4, 4);
}
