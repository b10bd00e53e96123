using System.Diagnostics.CodeAnalysis;
using Breakcard.Cases.Identifiers;
using Breakcard.Core.Events;

namespace Breakcard.Cases.CaseFiles;

/// <summary>
/// One side of a transaction: an account (a personal identifier, masked) or a cash point
/// (<c>CASH:…</c>, ADR 0003 — not personal data). Immutable.
/// </summary>
/// <param name="Account">The account, or null for a cash point.</param>
/// <param name="CashPoint">The cash point id, or null for an account.</param>
public sealed record Party(Identifier? Account, string? CashPoint)
{
    /// <summary>Parses an account key as transactions carry it.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Party? party, [NotNullWhen(false)] out string? error)
    {
        party = null;
        if (text is not null && CashPoints.IsCash(text.Trim()))
        {
            party = new Party(null, text.Trim());
            error = null;
            return true;
        }

        if (Identifier.TryParseAccount(text, out var account, out error))
        {
            party = new Party(account, null);
            return true;
        }

        return false;
    }

    /// <summary>Shows the party through <paramref name="show"/> (which masks or reveals accounts).</summary>
    public string Show(Func<Identifier, string> show)
    {
        ArgumentNullException.ThrowIfNull(show);
        return Account is { } a ? show(a) : CashPoint ?? "";
    }
}
