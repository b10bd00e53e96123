using System.Collections.Immutable;
using Breakcard.Cases.CaseFiles;
using Breakcard.Cases.Identifiers;
using Breakcard.Core;
using Breakcard.Core.Time;
using Breakcard.Legal.Facts;

namespace Breakcard.Cases.Evaluation;

/// <summary>
/// Derives legal facts from what a case holds, conservatively: only what the evidence shows is
/// filled in, everything else stays unknown (so criteria that need it report "insufficient facts",
/// never "not met"). Users complete the rest — knowledge, gains, whether the helped crime was
/// verified — in a facts file (<c>breakcard case evaluate --write-facts</c>, then <c>--facts</c>).
/// Pure and thread safe.
/// </summary>
/// <remarks>
/// Implementation note: the conduct date is the China date of the latest evidence transaction;
/// the settlement amount and the one-way inflow are the sum of evidence transactions credited to
/// the case's own cards and accounts (money that passed through the suspect's cards); cards and
/// phones count only where kind, holder and dealing are all recorded. Whether handing over cards
/// is "payment settlement" or "other help" is the user's call (docs/legal.md): cards and phones
/// dealt in give <c>other_help</c>, transactions through the cards <c>payment_settlement</c>.
/// </remarks>
public static class CaseFactsBuilder
{
    /// <summary>
    /// Facts from <paramref name="items"/> (the items the evaluating institution can see) of case
    /// <paramref name="caseId"/>. Throws <see cref="Core.Errors.InvalidInputException"/> when the
    /// evidence cannot date the conduct.
    /// </summary>
    public static ConductFacts Build(string caseId, IEnumerable<CaseItem> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var contents = items.Select(i => i.Content).ToList();
        var transactions = contents.OfType<TransactionContent>().ToList();
        if (transactions.Count == 0)
        {
            throw new Core.Errors.InvalidInputException(new Core.Errors.InputError($"case {caseId}", null, "transactions",
                "the case has no evidence transactions to date the conduct; add transactions, or evaluate with a facts file (--facts)"));
        }

        var ownAccounts = contents.OfType<CardContent>().Select(c => c.Number).ToHashSet();
        var inflow = transactions.Where(t => t.Credit.Account is { } a && ownAccounts.Contains(a))
            .Aggregate(Money.Zero, (sum, t) => sum + t.Amount);
        var dealt = contents.OfType<CardContent>().Where(c => c.Holder is not null && c.Dealing is not null)
            .Select(c => (c.CardKind, Holder: c.Holder!.Value, Dealing: c.Dealing!.Value))
            .Concat(contents.OfType<PhoneContent>().Where(p => p.Holder is not null && p.Dealing is not null)
                .Select(p => (p.CardKind, Holder: p.Holder!.Value, Dealing: p.Dealing!.Value)));
        var cards = dealt.GroupBy(d => d).OrderBy(g => g.Key.CardKind).ThenBy(g => g.Key.Holder).ThenBy(g => g.Key.Dealing)
            .Select(g => new CardDealing(g.Key.CardKind, g.Key.Holder, g.Key.Dealing, g.Count())).ToImmutableArray();

        var help = ImmutableArray.CreateBuilder<HelpKind>();
        if (inflow.Fen > 0)
        {
            help.Add(HelpKind.PaymentSettlement);
        }

        if (!cards.IsEmpty || help.Count == 0)
        {
            help.Add(HelpKind.OtherHelp);
        }

        var identities = contents.OfType<SuspectContent>().Where(s => s.IdentityNumber is not null).Select(s => s.IdentityNumber!.Value).Distinct().ToList();
        DateOnly? birth = identities.Count == 1 ? contents.OfType<SuspectContent>().First(s => s.IdentityNumber == identities[0]).BirthDate : null;

        return new ConductFacts
        {
            CaseReference = caseId,
            ConductDate = transactions.Max(t => ChinaTime.DateOf(t.Time)),
            HelpKinds = help.ToImmutable(),
            Defendant = new Defendant(DefendantKind.Person, birth),
            Act = new ActQuantities
            {
                Settlement = inflow.Fen > 0 ? inflow : null,
                Cards = cards,
                Inflow = inflow.Fen > 0 ? new FundInflow(inflow, null, Money.Zero) : null,
            },
        };
    }

    /// <summary>The note written into derived facts files, saying what was derived and what is left unknown.</summary>
    public const string DerivedNote =
        "Derived from the case's evidence by Breakcard: conduct date = latest evidence transaction; settlement and one-way inflow = evidence transactions into the case's cards; cards counted where kind, holder and dealing are recorded. Everything else is unknown: add knowledge, gains, verified fraud money and whether the helped crime was verified before relying on the result.";
}
