using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 442, on hand-written texts that come from no simulator template: items the poster's side provides put where the public
/// buys or pays (a store's gift-card rack, bike-share docks, self-checkout kiosks), or their code tampered, with who the reader
/// is or where the items come from kept from view, for pay per place — not a merchandiser who checks in with a badge and signs
/// the vendor log, not a store's notice that reports the scheme; and the English path's normalisation the misses needed (an
/// English clause written backwards read whole through its own mirrored commas and a note in full-width or look-alike letters;
/// a heart planted inside an English word).
/// </summary>
public sealed class PlacedStockReadingTests
{
    private const string Placed = "stock-placed-concealed";

    private static bool Live(string text) =>
        PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Any(h => h.Pattern.Id == Placed && !h.Negated);

    private static string Fold(string text) => TextNormaliser.Default.Normalise(text).Text;

    [Theory]
    [InlineData("Swap the tags on the Apple cards at Target, we ship you the stickers. No questions about where the cards come from. $30 a store, cash.")]
    [InlineData("Side gig: place our QR code decals on the bike-share docks downtown, right over the old ones. Wear a hood near the cameras. $10 per dock, paid in crypto.")]
    [InlineData("Weekend route: we ship you a pack of gift cards. Hang them on the gift card rack at each Walmart and take the same number of the store's own cards home. Tell the manager you're from corporate merchandising. $25 per store.")]
    [InlineData("Slip the card-reader overlays we mail you onto the self-checkout kiosks, two minutes each, and avoid the cameras. $40 per kiosk, no need to know who collects the data.")]
    public void StockPlaced_ProvidedItemsConcealed_IsRead(string text) => Assert.True(Live(text));

    [Theory]
    // The same route with the store told who the reader is: a badge shown and the vendor log signed.
    [InlineData("Weekend route: we ship you a pack of gift cards. Hang them on the gift card rack at each Walmart and take the expired cards back to the depot. Tell the manager you're from InComm merchandising, show your vendor badge and sign the vendor log. $25 per store.")]
    // The operator's own decals, put up openly.
    [InlineData("Bike-share ops: place our QR code decals on the docks downtown where the old ones have faded. Wear the company hi-vis and check in with the station supervisor. $10 per dock, paid fortnightly.")]
    // A store's loss-prevention notice that reports the scheme in the offer's own words.
    [InlineData("Loss-prevention alert: fraudsters post ads like 'hang the gift cards we give you on the racks, $20 a store, if staff ask say you're a vendor rep'. Anyone doing this is helping a gift card scam. Report it to the service desk.")]
    // A technician replacing the store's own readers with its IT lead present.
    [InlineData("Replace the card readers we mail you on the self-checkout kiosks with the store's IT lead present, sign the visitor log and leave the old readers with IT. $40 per kiosk.")]
    public void StockPlaced_IdentifiedOwnOrReported_IsNotRead(string text) => Assert.False(Live(text));

    [Fact]
    public void ReversedEnglishClause_LongWithMirroredCommas_ReadsWhole() =>
        Assert.Contains("receivecustomerpaymentsintoyourownbankaccountforwardthemtoourofficethesameday",
            Fold("Job: eriw yreve fo %3 peek ,yad emas eht eciffo ruo ot meht drawrof ,tnuocca knab nwo ruoy otni stnemyap remotsuc evieceR (read right to left)"),
            StringComparison.Ordinal);

    [Fact]
    public void ReversedEnglishClause_NoteInLookalikeLetters_Reads() =>
        Assert.Contains("forwardittoyourbankaccount", Fold("Pay: tnuocca knab ruoy ot ti drawrof (r\u0435v\u0435rse t\u043E re\u0430d)"), StringComparison.Ordinal);

    [Fact]
    public void ReversedEnglishClause_NoteInFullWidthLetters_Reads() =>
        Assert.Contains("sellyourcard", Fold("Ｊｏｂ：ｄｒａｃ ｒｕｏｙ ｌｌｅｓ (ｒｅａｄ ｒｉｇｈｔ ｔｏ ｌｅｆｔ)"), StringComparison.Ordinal);

    [Fact]
    public void ReversedEnglishClause_ReadingOrderPrefixStays() =>
        Assert.StartsWith("storeswalgreenscarddisplaysontheroute", Fold("Stores: etuor eht no syalpsid drac sneerglaW (reverse to read)"), StringComparison.Ordinal);

    [Fact]
    public void ReversedEnglishClause_InsideABracket_OnlyTheBracketsClauseMoves() =>
        Assert.Contains("textsadaythroughyoursimtolistsyouneverseeyouraccountislockedwithalink",
            Fold("What it does: the app sends 500 texts a day through your SIM to lists you never see (knil a htiw \"dekcol si tnuocca ruoy\" (read it from the end)); mute notifications"),
            StringComparison.Ordinal);

    [Theory]
    [InlineData("place gift c❤a❤r❤ds on the racks", "placegiftcardsontheracks")]
    [InlineData("place gift c♥a♥r♥ds on the racks", "placegiftcardsontheracks")]
    // A heart beside a Chinese character keeps its reading (微❤ = 微信), and one between words a space stands beside is dropped as any emoji.
    [InlineData("加微❤聊", "加微信聊")]
    public void HeartInsideEnglishWord_IsASeparator(string text, string expected) => Assert.Equal(expected, Fold(text));
}
