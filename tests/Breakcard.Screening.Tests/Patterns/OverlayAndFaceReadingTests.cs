using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 420, on hand-written sentences that come from no simulator template: someone else's pay code stuck over a third
/// party's own (a kiosk's, a market stall's, a restaurant table's), and one's own live face or voice lent to a persona someone
/// else runs — each against honest work of the same shape (the owner's own new code fitted, a parking office removing
/// stickers, a model under their own name, a dating app's own verification desk).
/// </summary>
public sealed class OverlayAndFaceReadingTests
{
    private const string Overlay = "code-placed-over";

    private const string Face = "face-lent-to-persona";

    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(string text, string pattern) => Match(text).Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("Labels job: replace the pay code on car-wash kiosks with ours. We mail you 50 weatherproof labels, press each over the old one, $2 per label, text a photo of each to our Telegram. Go early, when nobody's around.")]
    [InlineData("Night market helpers: stick our QR over the stall's own payment code at each stall after closing, we send the codes on WeChat, $10 a night. If the stall owner asks, say it's a new promotion.")]
    [InlineData("Quick cash: put these QR stickers right over the official code on the parking machines at the mall, $3 a sticker, paid in crypto.")]
    public void CodesPlacedOverOthers_AreFound(string text) => Assert.True(Live(text, Overlay));

    [Theory]
    // The operator's own new code on its own kiosks.
    [InlineData("Labels job: replace the pay code on car-wash kiosks with the operator's new one. The operator mails you 50 weatherproof labels, press each over the old one, $2 per label, text a photo of each to the operator's ticket desk. Go early, before the washes open.")]
    // A parking office's technician who finds the stickers and removes them.
    [InlineData("Parking technician, $24/hour: check every pay station's QR decal against the city's list; fake stickers placed over the official code are peeled off, photographed and reported to the police.")]
    // A warning that tells the approach.
    [InlineData("Warning: fraudsters pay people $2 a sticker to put QR stickers over the official code on parking meters. Never scan a code that looks stuck on; report it to 311.")]
    public void OwnersOwnCodesAndRemovals_AreNotIt(string text) => Assert.False(Live(text, Overlay));

    [Theory]
    [InlineData("Verification helper: hop on camera for 10 seconds and pretend to be the account's owner when our chatter says \"prove you're real\". $15 per call.")]
    [InlineData("Selfie model: send us 10 selfies a day for the profile \"Emily\" in the outfits we pick; the men chatting think they're talking to you. $30 a day.")]
    [InlineData("Friendly girls wanted: short video calls as \"Kate\" when our team sends a link, read the lines we send, $50 per call. No need to know who's on the other end.")]
    public void FacesLentToPersonas_AreFound(string text) => Assert.True(Live(text, Face));

    [Theory]
    // The app's own trust desk: staff appear as themselves, and the persona is refused.
    [InlineData("Verification helper at the dating app's trust desk: hop on camera for 10 seconds with users who ask, wearing your staff badge, and never pretend to be the account's owner. $15 per hour.")]
    // Selfies for a brand's page, posted under the model's own name.
    [InlineData("Selfie model: send us 10 selfies a day for the profile of Emily Rose Swimwear, the brand's page; posted as #ad with your own name. $30 a day.")]
    // An agency's booking under the model's own name, the calls as someone else refused.
    [InlineData("Brand shoot: model Jamie R. (real name on the release), two product clips, paid by invoice. The agency never asks a model to join video calls with strangers as someone else or send selfies for a \"profile\" — those offers are romance scams; tell us.")]
    // A warning that tells the approach with the wrongdoer as who acts.
    [InlineData("Heads-up: scammers hire girls for video calls as the profile the victim chats with, $50 per call, and tell them never to say your real name. Report such offers.")]
    public void OwnFacesAndRefusals_AreNotIt(string text) => Assert.False(Live(text, Face));
}
