using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 399, on hand-written sentences that come from no simulator template: others' payment cards spent from a phone or
/// wallet the recruiter supplies with the goods handed on, and parcels taken in at one's address for others and handed on —
/// each against honest work of the same shape (an office runner with the employer's card, a building's front desk, a
/// store's returns agent) — and the police read as the one a cover story is told to, not as a warning topic.
/// </summary>
public sealed class WalletAndParcelReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("Easy money for students: we send you a Samsung preloaded with cards in Samsung Pay. Tap for PS5s and Apple gift cards at Target, then hand everything to our runner in the parking lot. $250 a day, and don't ask whose cards they are.")]
    [InlineData("Weekend errands, $60 per trip: use the phone we give you, the payment cards in its wallet are not yours. Buy electronics at Currys and give the receipts and boxes to our driver outside.")]
    [InlineData("Shopping runs for a reseller: cards already tokenised to Google Pay on the handset we lend you. Buy gift cards, then send us the codes. 12% of every run is yours. If the clerk asks, tell them it's your brother's card.")]
    [InlineData("Shopping agent, 15% of each order: use the virtual cards we add to your phone's wallet to buy iPhones at the Apple Store, then ship them to our warehouse.")]
    public void OthersCardsSpent_AreFound(string text) => Assert.True(Live(Match(text), "others-cards-spent"));

    [Theory]
    // The employer's own card issued to the runner, supplies to the office, other people's cards refused.
    [InlineData("Office runner, $18 an hour: pay with the firm's purchasing card in the company phone's wallet, issued in your name. Buy toner at Staples, tap to pay and take the boxes to the stock room. Never use a card that is not yours.")]
    // A condition in which someone else asks: a rule to refuse and report, not an order.
    [InlineData("Reception assistant, £11 an hour: buy coffee for the office with the company card in Apple Wallet. If someone asks you to buy with someone else's card or to hand gift cards to a driver, tell your manager.")]
    public void OfficeRunners_AreNotIt(string text) => Assert.False(Live(Match(text), "others-cards-spent"));

    [Theory]
    [InlineData("Parcel helper, $80 per box: boxes for other names get delivered to your flat; sign for them and hand them over to our courier the next morning. No need to know who sends them.")]
    [InlineData("Work from home forwarding packages: you receive parcels at your address, repackage them and ship them to the addresses we send you, $30 per parcel. Never sign your real name on the delivery.")]
    [InlineData("Pick up envelopes from seniors' homes and deposit the cash into the accounts we text you. $150 per envelope. If anyone asks, say you're their nephew.")]
    [InlineData("Package handler, work from home: accept deliveries for our clients at your place, our driver picks them up daily. $25 a package. Never mention our company to the couriers.")]
    [InlineData("Shipping coordinator from home: receive packages for our overseas customers at your address, repackage them and send them on with the labels we provide. $40 per package.")]
    public void ParcelsHandedOn_AreFound(string text) => Assert.True(Live(Match(text), "parcels-received-for-others"));

    [Theory]
    // A front desk signs for residents, refuses boxes for others and reports whoever asks to collect them.
    [InlineData("Concierge, $21 an hour: sign for residents' boxes at the front desk; residents collect their own with a fob. A box for a name that is not a resident is refused, and anyone who asks to pick it up for a client and pass it to a driver is reported to the police.")]
    // The reader's own parcels, no pay per box, nothing kept from view.
    [InlineData("Moving house? Have your boxes delivered to your new address and give them to our courier for storage; ask us anything about what we store. $45 a month.")]
    // A store's own returns taken in at home and sent back to the store, paid by the hour, nothing kept from view.
    [InlineData("Returns agent from home, $17 an hour: our customers' returns arrive at your house addressed to our store; repackage them and send them on with the labels we provide to our warehouse. Ask us anything.")]
    public void FrontDesksAndOwnBoxes_AreNotIt(string text) => Assert.False(Live(Match(text), "parcels-received-for-others"));

    [Fact]
    public void PoliceInACoverStory_IsNoWarningTopic()
    {
        // Read as a topic, police and the two cues (never, don't) made the offer's own rules a warning notice.
        var m = Match("Parcel sign-in, $120 a box: boxes to a name we give at your address, handed to our driver the same day. Never sign your real name, don't open the boxes; if police come, say you were holding it for a friend.");
        Assert.False(m.IsWarningNotice);
        Assert.True(Live(m, "parcels-received-for-others"));
    }

    [Fact]
    public void PoliceNamedInAWarning_StayAWarningTopic()
    {
        var m = Match("Scam alert: if police call and say your grandson needs bail, hang up. Never hand cash to a courier; report it to the police.");
        Assert.True(m.IsWarningNotice);
        Assert.False(Live(m, "parcels-received-for-others"));
    }

    [Fact]
    public void ClauseBefore_AnEmojiCutByTheReach_DoesNotThrow()
    {
        // 60 characters of emoji pairs before the act put the reach's edge between the two halves of one pair.
        var text = "Gift run 💳💳💳💳💳💳💳💳💳💳💳💳💳💳💳💳💳💳💳💳💳💳💳💳💳💳💳💳💳💳💳 cards not yours loaded in Google Wallet, buy gift cards by tap, hand everything to our driver, $200 a day.";
        var m = Match(text);
        Assert.True(Live(m, "others-cards-spent"));
    }
}
