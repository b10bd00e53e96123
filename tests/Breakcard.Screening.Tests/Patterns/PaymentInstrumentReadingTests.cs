using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 415, on hand-written English sentences that come from no simulator template: payment instruments (money orders,
/// cashier's checks, postal orders, bank drafts, prepaid reload cards) bought with cash that reaches the reader from the
/// recruiter's side or whose source is not to be asked, with the payee left to the recruiter or the instruments passed on to
/// them, for pay — against counter staff selling the same instruments to customers with their own money for payees they name.
/// </summary>
public sealed class PaymentInstrumentReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    private const string Pattern = "instruments-bought-for-others";

    [Theory]
    [InlineData("Weekend errand: our associate meets you with an envelope of cash; turn it into cashier's checks at two or three banks, made out to the names we text you, and hand them back to him. $60 per check.")]
    [InlineData("We'll transfer money into your account; withdraw it and buy postal orders at the Post Office, payable to whoever we name, then post them on to the addresses we send. £40 a trip.")]
    [InlineData("Courier gig: collect a bag of cash from our driver, buy bank drafts at different branches, leave the payee blank and send us photos of each one. $75 a run.")]
    [InlineData("Easy $200: buy prepaid reload cards at CVS with the cash we give you, don't ask where it comes from, and send us the pins.")]
    public void InstrumentsBoughtWithOthersCash_AreFound(string text) => Assert.True(Live(Match(text), Pattern));

    [Theory]
    // The customer's own money, the payee the customer names, a stranger's cash stopped.
    [InlineData("Teller, credit union, $18 an hour: members bring their own cash to buy cashier's checks made out to the payees they name; check their ID, and if a member says a stranger gave them the cash, stop and tell the manager.")]
    [InlineData("Post Office counter assistant, £11.50 an hour: customers buy postal orders with their own money, payable to whoever they name, and post them themselves. Never sell postal orders to someone spending a stranger's money; tell the branch manager.")]
    // A clerk's run sheet: the refusal and the condition are the sheet's checks.
    [InlineData("MONEY ORDER RUN SHEET — store #12 — clerk: Maria\nCustomer: buying one money order for their own rent with their own cash; payee written before payment ✔\nChecks: photo ID for $3,000 or more ✔; no one buys money orders with someone else's cash ✔\nNote: if a customer says a stranger gave them cash to buy money orders and mail them to an address in another state, stop the sale.")]
    public void CounterStaff_AreNotIt(string text) => Assert.False(Live(Match(text), Pattern));
}
