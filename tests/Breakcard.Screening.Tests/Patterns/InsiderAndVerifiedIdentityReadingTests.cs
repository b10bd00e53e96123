using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 409, on hand-written sentences that come from no simulator template: an employee's account action (a SIM swap, a
/// port-out, a contact change or reset) done for outsiders without the holder, paid per action, and one's own verified
/// identity (an iris, face or KYC check) passed for an account the recruiter keeps — each against honest work of the same
/// shape (a store's port-out for the holder, a call centre's change after a call-back, a booth or onboarding desk for the
/// customer's own account, a warning about the approach).
/// </summary>
public sealed class InsiderAndVerifiedIdentityReadingTests
{
    private const string Insider = "insider-account-action";

    private const string Identity = "verified-identity-handed-over";

    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(string text, string pattern) => Match(text).Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("Anyone working retail at T-Mobile, AT&T or Verizon? Looking for a plug to do SIM swaps. I provide the numbers, you switch them over to my eSIMs, $300 per job, paid in BTC. Hit me on Signal.")]
    [InlineData("Work at a carrier? I'll pay $1k per port-out. I give you the number, you port it to our carrier from your terminal. Account holder never knows.")]
    [InlineData("Bank tellers and call-centre staff wanted for a side gig: change the phone number on file for the accounts we send you, no call-back to the customer, $500 per account in USDT.")]
    [InlineData("Looking for support agents at a social media company: we send usernames, you reset the login email to ours, no questions asked, $2,000 per handle.")]
    [InlineData("Telecom insiders: I send the numbers, you port them to my SIMs before the owners notice. $400 a line, Telegram only.")]
    // Look-alike letters (Cyrillic о, с) in "no customer in store" still read as the holder's absence, not presence.
    [InlineData("Store reps: port the number we send to a new eSIM, n\u043e \u0441ustomer in store, skip the PIN check. Three hundos a swap by Zelle.")]
    public void AccountActionsForOutsiders_AreFound(string text) => Assert.True(Live(text, Insider));

    [Theory]
    // The holder in store, ID and PIN checked, the act refused for anyone else and offers reported.
    [InlineData("Carrier store associate: process SIM swaps and port-outs for account holders in store after photo ID and PIN checks; the new eSIM is activated on the customer's own phone. $19/hour plus commission. If anyone offers you money to swap or port a number for them, report it to asset protection.")]
    // A call centre's change after the security questions and a call-back.
    [InlineData("Contact-centre agent: reset online-banking passwords and update phone numbers for customers who call in, only after the security questions and a call-back to the number on file. $21 an hour.")]
    // A warning that tells the approach in the third person: only the holder's absence is named.
    [InlineData("Heads-up for store staff: criminals are texting carrier employees offering $300 per SIM swap. They send a number and want it moved to their eSIM without the customer present. Report such texts to security.")]
    // "Our network" is the employer's: a list from the dispatcher, the PIN checked with the customer.
    [InlineData("Port-in specialist: we send you the numbers customers asked to bring over; you port them to our network after checking the account PIN with the customer on the phone. $20/hour.")]
    [InlineData("Fraud-ops analyst: we send you accounts flagged by customers; reset their passwords and post the new temporary PIN to the customer. $25/hr.")]
    public void HoldersOwnRequests_AreNotIt(string text) => Assert.False(Live(text, Insider));

    [Theory]
    [InlineData("Make $60 per account: pass KYC on Binance with your passport and a selfie, then send us the login and the 2FA — we change the email to ours.")]
    [InlineData("Selling your face? $40 per liveness check: we open exchange accounts in your name on our phones, you do the face verification, we keep the accounts.")]
    [InlineData("Worldcoin Orb gig: we bring the phones with World App already set up, you scan your iris, the World ID stays on our phone. 30 USDT per scan, bring friends for more.")]
    [InlineData("Earn $50: do a selfie video holding your ID on the phone we give you to verify an account, then hand the phone back to us. No need to know what the account is for.")]
    [InlineData("Students wanted: get your face verified on a new bank app we set up for you, $80 each; the card and login go to our team after. Keep it between us.")]
    public void VerifiedIdentitiesHandedOver_AreFound(string text) => Assert.True(Live(text, Identity));

    [Theory]
    // The customer's own passport, phone and account; nothing taken or kept.
    [InlineData("Exchange onboarding assistant ($20/hr): help new users pass KYC with their own passport and selfie on their own phone. We never take a customer's phone, login or 2FA, and never keep accounts for anyone.")]
    [InlineData("Orb operator, part-time, $18/hour: guide visitors through the iris scan on their own phone with the World App they installed themselves. Never keep anyone's phone, and tell anyone who offers money for verified accounts to report it.")]
    // A device lab lends its phones and takes them back: one sign, no account of the reader's.
    [InlineData("Phone test lab, $20/hour: test face unlock on the phones we provide — scan your face, run the checks, return the phones to us at the end of the shift.")]
    [InlineData("IT admin, salary $60k: verify new hires' identity documents, set up their accounts, and hand the accounts over to the new employees on day one.")]
    [InlineData("Beware: people are paying $50 for verified World ID accounts. Never hand over your verified account or let someone else scan for it; it will be used for fraud.")]
    public void OwnVerifiedAccounts_AreNotIt(string text) => Assert.False(Live(text, Identity));
}
