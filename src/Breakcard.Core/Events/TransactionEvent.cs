using Breakcard.Core.Identifiers;

namespace Breakcard.Core.Events;

/// <summary>
/// One movement of money from a debit account to a credit account at an event time.
/// Account ids are strings because not every account key is a card number (corporate account
/// numbers, other institutions' ids, cash pseudo-accounts — see <see cref="CashPoints"/>).
/// </summary>
/// <param name="Id">Unique event id within its source; the key for de-duplication.</param>
/// <param name="Time">Event time (when the money moved), with its UTC offset.</param>
/// <param name="Debit">Paying account.</param>
/// <param name="Credit">Receiving account.</param>
/// <param name="Amount">Amount, positive.</param>
/// <param name="Channel">Channel.</param>
/// <param name="Memo">Free-text memo (附言), if any.</param>
public readonly record struct TransactionEvent(
    string Id,
    DateTimeOffset Time,
    string Debit,
    string Credit,
    Money Amount,
    Channel Channel,
    string? Memo)
{
    /// <summary>Masked summary; account ids are personal data.</summary>
    public override string ToString() =>
        $"{Id} {Time:O} {Masking.KeepEnds(Debit, 4, 4)} -> {Masking.KeepEnds(Credit, 4, 4)} {Amount} {Channel}";
}
