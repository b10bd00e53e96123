using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Breakcard.Core;

namespace Breakcard.Cases.Clues.Import;

/// <summary>
/// Turns a traced fund chain into clues: one per account the victim's money passed through, each
/// carrying the whole chain, the transfers into the account as evidence and, in words, what the
/// account did with the money. Not made clues: the start account (where the traced money came
/// from — the victim's, in a victim trace), cash points (the end of the chain, not a person's
/// account) and accounts where tracing found normal business (merchants, payroll). Pure.
/// </summary>
public static class TraceClueBuilder
{
    /// <summary>
    /// The clues of <paramref name="trace"/>, largest traced amount first (then layer, then
    /// account), keeping accounts that received at least <paramref name="minAmount"/> and at most
    /// <paramref name="top"/> of them when given.
    /// </summary>
    public static IReadOnlyList<TraceClue> Build(TraceFileRead trace, Money minAmount = default, int? top = null)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var chosen = trace.Accounts
            .Where(a => a.Layer > 0 && !a.IsCashPoint && !a.IsNormalBusiness && a.Received >= minAmount)
            .OrderByDescending(a => a.Received.Fen).ThenBy(a => a.Layer).ThenBy(a => a.Party.Account!.Value.Reveal(), StringComparer.Ordinal)
            .Select(a => new TraceClue(Draft(trace, a), a));
        return top is { } n ? [.. chosen.Take(Math.Max(0, n))] : [.. chosen];
    }

    private static ClueDraft Draft(TraceFileRead trace, TracedAccount a)
    {
        var evidence = trace.StartTransactions.Concat(a.IncomingTransactions).Distinct(StringComparer.Ordinal).Take(ClueDraft.MaxListLength).ToImmutableArray();
        return ClueDraft.FromTrace(trace.TraceRef, a.Party.Account!.Value, trace.Chain, Summary(trace, a)) with
        {
            HolderRef = a.HolderRef,
            HolderName = a.HolderName,
            Reasons = Reasons(trace, a),
            EvidenceEventIds = evidence,
        };
    }

    private static ImmutableArray<ClueReason> Reasons(TraceFileRead trace, TracedAccount a)
    {
        var reasons = ImmutableArray.CreateBuilder<ClueReason>();
        reasons.Add(new ClueReason("TRACED_FUNDS", string.Create(CultureInfo.InvariantCulture,
            $"received {a.Received} of traced money at layer {a.Layer} of {trace.Depth} ({a.Share * 100:0.0}% of {trace.Total})")));
        if (a.Passed.Fen > 0)
        {
            reasons.Add(new ClueReason("TRACED_PASSED_ON", string.Create(CultureInfo.InvariantCulture, $"passed {a.Passed} of it on along the chain")));
        }

        if (a.CashOut.Fen > 0)
        {
            reasons.Add(new ClueReason("TRACED_CASH_OUT", string.Create(CultureInfo.InvariantCulture, $"withdrew {a.CashOut} of it as cash")));
        }

        if (a.Flags.Contains("confirmed_mule"))
        {
            reasons.Add(new ClueReason("CONFIRMED_MULE", "marked a confirmed mule account when the trace ran"));
        }

        return reasons.ToImmutable();
    }

    // What the trace shows about the account, in words; identifiers only masked.
    private static string Summary(TraceFileRead trace, TracedAccount a)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Fund-chain trace {trace.TraceRef} (forward, {trace.Rule}")
            .Append(trace.StartTransactions.Length == 1 ? $", from transaction {trace.StartTransactions[0]}" : string.Create(CultureInfo.InvariantCulture, $", from {trace.StartTransactions.Length} transfers"))
            .Append(CultureInfo.InvariantCulture, $", {trace.Total} traced): {a.Party.Account!.Value.Masked} received {a.Received} at layer {a.Layer} of {trace.Depth}, first at {a.FirstTime}");
        if (a.Passed.Fen > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"; passed on {a.Passed}");
        }

        if (a.CashOut.Fen > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"; {a.CashOut} withdrawn as cash");
        }

        if (a.Stop is { } stop)
        {
            sb.Append("; tracing stopped here: ").Append(stop.Replace('_', ' '));
        }

        if (a.Flags.Contains("external"))
        {
            sb.Append("; the account is outside the traced data (another institution's)");
        }

        var text = sb.Append(CultureInfo.InvariantCulture, $". The chain has {trace.Accounts.Length - 1:N0} accounts beyond its start.").ToString();
        return text.Length <= 2000 ? text : text[..1997] + "...";
    }
}
