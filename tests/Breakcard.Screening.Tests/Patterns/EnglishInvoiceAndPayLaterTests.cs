using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 471, on hand-written English texts that come from no simulator template: invoices or payment requests sent from the
/// reader's own account to strangers, with what they pay passed on for a share; and a pay-later or credit account opened in the
/// reader's own name, used by the poster's side (let us log in, read us the codes), for pay per account. Each with the honest
/// form of the same words.
/// </summary>
public sealed class EnglishInvoiceAndPayLaterTests
{
    private static bool Live(string text, string pattern) =>
        PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("Remote billing assistant: from your own Venmo you request money from the names on our sheet, about 40 a day. Whatever gets paid, cash it out the same evening and send it to the account we text. Keep 12 percent of each payment.")]
    [InlineData("Side gig: we give you a list of email addresses and you send each address a PayPal invoice for $199 marked renewal. When customers pay, move the money to your bank and wire it to our partner the same day. Your cut: 10% of every payment.")]
    [InlineData("Mike: so I just bill people?\nRecruiter: yeah, raise invoices to the emails I send from your own Square, whatever comes in you forward to our account same day\nRecruiter: you keep 8, no questions about who they are")]
    public void InvoicesToStrangers_MoneyPassedOn_ForShare_IsRead(string text) => Assert.True(Live(text, "passed-on-for-share"));

    [Theory]
    [InlineData("Remote billing assistant for our salon: from the salon's own Venmo Business you request money from the clients on today's booking sheet. Whatever gets paid stays in the salon's account, never sent anywhere. $18 an hour plus 5 percent of the retail sales you ring up.")]
    [InlineData("Billing helper at a plumbing firm: you send each client a PayPal invoice for the job on their work sheet. When customers pay, the money goes into the firm's business account and you forward the receipt to our bookkeeper. Commission: 2% of every invoice paid.")]
    [InlineData("Mike: so I just bill people?\nManager: yeah, raise invoices to our own clients from the shop's Square, whatever comes in stays in the business account\nManager: you keep 8% on the sales you close, that's your commission")]
    public void InvoicesToOwnClients_MoneyBanked_IsNotRead(string text) => Assert.False(Live(text, "passed-on-for-share"));

    [Theory]
    [InlineData("Students! Sign up for Affirm with your own ID, then text us the codes when we check out. We buy phones on it and ship them to our warehouse. $250 for each approved account, paid by Zelle.")]
    [InlineData("Easy money: open a Klarna account under your name, let our team log in and order on it. A couple hundred for each account once the first order ships; ignore the repayment emails.")]
    [InlineData("Q: What do I do?\nA: Apply for Afterpay and Zip in your own name, pass the selfie check, then forward us every code the app texts.\nQ: What do I get?\nA: $180 per verified account.")]
    public void PayLaterInOwnName_UsedByPoster_PerAccount_IsRead(string text) => Assert.True(Live(text, "own-name-handed-over"));

    [Theory]
    [InlineData("Students! Sign up for Affirm with your own ID to buy your own laptop, and never text anyone the codes the app sends. Our campus store takes $25 off for each approved account, on your own order.")]
    [InlineData("Open a Klarna account under your name only if you will repay it, and never let anyone else log in. Our shop gives a couple hundred points for each account holder who buys in store.")]
    [InlineData("Q: What do I do?\nA: Apply for Afterpay in your own name at our till for your own order, pass the selfie check, and keep every code the app texts to yourself.\nQ: What do I get?\nA: $10 off per verified account, on your own basket.")]
    public void PayLaterInOwnName_KeptByHolder_IsNotRead(string text) => Assert.False(Live(text, "own-name-handed-over"));
}
