using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 464, on hand-written English texts that come from no simulator template: others' money passed through the reader for a
/// share, written in the passive, as the money's own arrival, with a modal between payer and verb or with the pay on its own
/// line below the rules; and a number, wallet or account got on the reader's own ID and its means of control handed to the
/// poster's side for a price per piece. Each with the honest form of the same words.
/// </summary>
public sealed class EnglishOwnNameAndPassedOnTests
{
    private static bool Live(string text, string pattern) =>
        PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("Your account will be used to receive payments from our customers; once a payment lands, it must be transferred to the supplier details we provide within two hours. Your fee: 5% of every payment received.")]
    [InlineData("Your bank account can earn for you: we route customer refunds through it, you send them on to our partner account the same hour, and 6% of each refund stays with you.")]
    [InlineData("Friends' payments for concert tickets come to your Venmo; you pay our seller from it right away and keep $10 a ticket.")]
    [InlineData("hey so basically ppl will zelle u, u just zelle it to my guy after, 5 percent is yours every time. dont tell ur bank what its for lol")]
    [InlineData("Payments: clients pay you by PayPal, you transfer it to the wallet we text you the same evening\nRules: one client at a time, never more than two payments a day from the same person, a new note on each one, and if PayPal asks you for documents tell us first\nPay: you keep 7% of each payment, weekly")]
    public void OthersMoneyPassedOn_ForShare_IsRead(string text) => Assert.True(Live(text, "passed-on-for-share"));

    [Theory]
    [InlineData("Accounts payable clerk: you receive supplier invoices and payments into the company's business account; payments to suppliers are transferred from the company account after approval. Salary $3,200 a month.")]
    [InlineData("Customers' refunds are paid back to the customer's own card by our finance team; payments land in the company account and 6% of each refund is reported to the auditor.")]
    [InlineData("Friends' payments for concert tickets come to the organiser's Venmo; the organiser pays the box office from it and keeps nothing.")]
    [InlineData("Payments: clients pay you by PayPal after each lesson and you keep all of it\nRules: one client at a time, never more than two lessons a day with the same person, a short note after each one, and if PayPal asks you for documents send them yourself\nPay: the agency invoices you 7% of each payment, monthly")]
    public void MoneyKeptOrBankedForEmployer_IsNotRead(string text) => Assert.False(Live(text, "passed-on-for-share"));

    [Theory]
    [InlineData("Need people to get new phone numbers on their own ID and give the SIMs to our runner, $30 a SIM.")]
    [InlineData("Open a crypto wallet with your passport, verify it, then give us the seed phrase. $150 per wallet, paid instantly.")]
    [InlineData("Sign up for two fintech accounts using your own details, hand us the logins once they're approved; $120 bonus for each new account.")]
    public void OpenedOnOwnId_ControlHandedOver_PerPiece_IsRead(string text) => Assert.True(Live(text, "own-name-handed-over"));

    [Theory]
    [InlineData("Phone store associate: customers get new phone numbers on their own ID and keep their SIMs; $30 commission a contract, paid with your salary.")]
    [InlineData("Open a crypto wallet with your passport at our exchange, verify it and keep your seed phrase private: never give it to anyone, not even us.")]
    [InlineData("Sign up for two fintech accounts using your own details, keep the logins to yourself; we pay $25 an hour for the usability notes.")]
    public void OpenedOnOwnId_KeptByHolder_IsNotRead(string text) => Assert.False(Live(text, "own-name-handed-over"));
}
