using System.Collections.Immutable;
using Breakcard.Cases.CaseFiles;
using Breakcard.Core;

namespace Breakcard.Cases.Clues.Import;

/// <summary>
/// One account of a fund-chain trace as <c>breakcard trace</c> wrote it (trace.json), checked:
/// what a clue needs of it. Identifiers are validated; cash points keep their <c>CASH:</c> id. Immutable.
/// </summary>
/// <param name="Party">The account, or the cash point.</param>
/// <param name="Layer">Hops from the trace's start (0 is the start account).</param>
/// <param name="Received">Traced money that reached it.</param>
/// <param name="Passed">Traced money it passed on.</param>
/// <param name="CashOut">Traced money it withdrew as cash (its traced transfers to cash points).</param>
/// <param name="Share">Its share of the traced total, 0–1.</param>
/// <param name="Stop">Why tracing stopped here (snake-case outcome), or null when the money moved on.</param>
/// <param name="Flags">Graph flags (cash, external, known_normal, confirmed_mule).</param>
/// <param name="HolderRef">The first holder's id in the source data, when known.</param>
/// <param name="HolderKind">That holder's kind (person, company), when known.</param>
/// <param name="HolderName">The first holder's name, when it is a person's, when known.</param>
/// <param name="FirstTime">When traced money first reached it (China time text, as written).</param>
/// <param name="IncomingTransactions">Ids of the traced transfers into it, in file order.</param>
public sealed record TracedAccount(
    Party Party,
    int Layer,
    Money Received,
    Money Passed,
    Money CashOut,
    double Share,
    string? Stop,
    ImmutableArray<string> Flags,
    string? HolderRef,
    string? HolderKind,
    Identifiers.Identifier? HolderName,
    string FirstTime,
    ImmutableArray<string> IncomingTransactions)
{
    /// <summary>True for a cash point: the end of a chain, not a person's account.</summary>
    public bool IsCashPoint => Party.Account is null || Flags.Contains("cash");

    /// <summary>True when tracing found normal business here (a merchant, payroll) or the caller marked it normal.</summary>
    public bool IsNormalBusiness => Stop == "normal_behaviour" || Flags.Contains("known_normal");
}
