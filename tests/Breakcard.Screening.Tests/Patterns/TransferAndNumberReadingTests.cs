using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 391, on hand-written sentences that come from no simulator template: money-transfer payouts collected in one's own
/// name for others with the cash handed on, and numbers or accounts registered on one's own phone and handed over — each
/// against honest work of the same shape (a money-transfer agent's counter, a company's IT desk, a phone shop's set-up desk)
/// — and "money mule" read as the name warnings give the offence.
/// </summary>
public sealed class TransferAndNumberReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("Easy side money: pick up cash transfers under your own name at supermarket kiosks and bring the notes to our collector by the car park. $90 for each pickup. Who sends them is not your business, don't ask who they are.")]
    [InlineData("Need someone with a passport: receive wires at Ria in your name, hand over the cash to our manager the same day, keep 6% of every collection. If the teller asks, tell them it's from your cousin.")]
    [InlineData("Collect payouts sent to your name and deposit the money into a crypto ATM for us. You keep 9 percent. No need to know who the senders are.")]
    public void PickupsHandedOn_AreFound(string text) => Assert.True(Live(Match(text), "transfer-pickup"));

    [Theory]
    // The agent's clerk pays out to the named receiver, who keeps the money.
    [InlineData("Counter assistant at a Western Union agent, £11.50 an hour: pay out transfers to the receiver named on them after checking ID in their own name; the cash goes to the receiver, who keeps it. Ask who sent it.")]
    // A receiver's own pickup from family: nobody is handed the cash after, nobody is paid for it.
    [InlineData("Collect the transfer sent to your name by your mother at any MoneyGram counter with your passport; the money is yours for rent. Tell the clerk it's from your mother.")]
    // The act refused in its clause.
    [InlineData("Weekend cashier, $14 an hour: collect payouts for receivers in your own name only, never hand the cash to a courier or driver for anyone, and no need to know who your regulars are.")]
    public void AgentCountersAndOwnPickups_AreNotIt(string text) => Assert.False(Live(Match(text), "transfer-pickup"));

    [Theory]
    [InlineData("Paid $18 per account: register Gmail accounts using your own phone number, then add our address as the recovery owner and delete your number. Send us any new codes within ten minutes. Don't ask what they are for.")]
    [InlineData("Make €10 a line: activate prepaid messaging lines on your own SIM, log them in on our phones and forward every code when we ask.")]
    public void NumbersHandedOver_AreFound(string text) => Assert.True(Live(Match(text), "number-handover"));

    [Theory]
    // The company's own numbers, no personal phone linked, codes forwarded to nobody.
    [InlineData("Office assistant, $18 an hour: IT registers the business phone lines in the admin console with company numbers, never using your own phone number; you sign in with your work account. Never forward a code to anyone.")]
    // The reader's own account kept by the reader.
    [InlineData("Student ambassador, €10 an hour: create the club's page with your own phone number and keep the login yourself; the union never asks for codes. Ask us what the page is for.")]
    public void CompanyNumbersAndOwnAccounts_AreNotIt(string text) => Assert.False(Live(Match(text), "number-handover"));

    [Fact]
    public void MoneyMule_NamedByAnAgentsRecord_IsAWarningTopic()
    {
        var m = Match("Agent log: payout held, the receiver could not say who sent it; reported to compliance and given the money mule leaflet.");
        Assert.False(Live(m, "settlement"));
    }
}
