using System.Globalization;
using System.Text.Json.Serialization;
using Breakcard.Cases.Identifiers;
using Breakcard.Core;

namespace Breakcard.Cases.CaseFiles;

/// <summary>An evidence transaction (from an alert's evidence, a bank statement or a trace). Immutable.</summary>
/// <param name="EventId">The transaction's id in its source.</param>
/// <param name="Time">Event time, with its offset.</param>
/// <param name="Debit">Paying side.</param>
/// <param name="Credit">Receiving side.</param>
/// <param name="Amount">Amount, positive.</param>
/// <param name="Channel">Channel code (transfer, atm_cash, …), when known.</param>
public sealed record TransactionContent(string EventId, DateTimeOffset Time, Party Debit, Party Credit, Money Amount, string? Channel) : CaseItemContent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override CaseItemKind Kind => CaseItemKind.Transaction;

    /// <inheritdoc />
    [JsonIgnore]
    public override Identifier? Key => null;

    /// <inheritdoc />
    public override IEnumerable<Identifier> Identifiers()
    {
        if (Debit.Account is { } d)
        {
            yield return d;
        }

        if (Credit.Account is { } c)
        {
            yield return c;
        }
    }

    /// <inheritdoc />
    public override IEnumerable<ViewField> Fields(Func<Identifier, string> show)
    {
        ArgumentNullException.ThrowIfNull(show);
        yield return new("event_id", EventId);
        yield return new("time", Time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        yield return new("debit", Debit.Show(show));
        yield return new("credit", Credit.Show(show));
        yield return new("amount", Amount.ToString());
        if (Channel is not null)
        {
            yield return new("channel", Channel);
        }
    }

    /// <inheritdoc />
    public override string? Problem() =>
        string.IsNullOrWhiteSpace(EventId) || EventId.Length > 64 ? "event id must be 1 to 64 characters"
        : Amount.Fen <= 0 ? "amount must be positive"
        : (Debit.Account is null && Debit.CashPoint is null) || (Credit.Account is null && Credit.CashPoint is null) ? "both sides are required"
        : null;
}
