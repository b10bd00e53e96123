using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// Someone else's payment code placed over a third party's own (ADR 420): the reader sticks, pastes or swaps a QR code,
/// label or decal the recruiter supplies over the code a meter, charger, kiosk, shop, restaurant table or donation box
/// shows for its own payments, so that whoever scans it pays the recruiter. It is the "quishing" sticker of 2024–2025
/// reporting (fake QR codes found on parking meters in Austin and San Antonio, over restaurant-table and ticket codes, and
/// over shops' collection codes in China — 偷换商家收款码), paid per sticker, where the placer is told neither where the
/// payments go nor what the code leads to.
/// <para>
/// The honest record is the same form and the same words — a parking office's technician who finds such stickers over the
/// official code, peels them off and reports them; a vendor who fits the city's own new decal over its old one. So the
/// reading asks, besides the placing and the pay, that the code covered is the owner's (the real, official, original code,
/// the restaurant's QR) replaced by the recruiter's (ours, our stickers), or that the placing is kept from view (where the
/// payments go not to be asked, a cover story for an officer who asks, cameras avoided) — each not refused in its clause
/// and not inside a condition.
/// </para>
/// Read over the normalised text (lower case, spaces and punctuation removed) behind a vectorised search for the code's
/// anchor words (ADR 382).
/// </summary>
internal static partial class CodeOverlayReadings
{
    // Without one of these no code can be placed over another. ASCII only: a vectorised search (ADR 382).
    private static readonly SearchValues<string> CodeWords = SearchValues.Create(["qr", "sticker", "decal", "barcode", "paycode"], StringComparison.Ordinal);

    // …and one of the placing's words (each alternative of Placed holds one of these).
    private static readonly SearchValues<string> PlaceWords = SearchValues.Create(["over", "ontopof", "cover", "replac", "swap"], StringComparison.Ordinal);

    private const int QuoteReach = int.MaxValue;

    /// <summary>True when the normalised text names a QR code, sticker, decal or barcode and covering or replacing: the cheap test.</summary>
    public static bool MentionsOverlay(PatternContext c) => c.Text.Text.AsSpan().ContainsAny(CodeWords) && c.Text.Text.AsSpan().ContainsAny(PlaceWords);

    /// <summary>
    /// Where a code is placed over a third party's own: the placing, standing, in a text that pays (or pays per sticker),
    /// with the covered code the owner's and the new one the recruiter's, or the placing kept from view.
    /// </summary>
    public static IEnumerable<(int First, int Last)> CodesPlacedOver(PatternContext c)
    {
        var s = c.Text.Text;
        if ((!InsiderAccountReadings.Pays(c, s) && !PerPiece().IsMatch(s))
            || WalletAndParcelReadings.FirstStanding(c, Placed().Matches(s), refusable: true) is not { } placed
            || Narrated(c, placed))
        {
            return [];
        }

        // The owner's code named as such in the placing itself (over the official code, cover the restaurant's QR with
        // ours), or the placing kept from view elsewhere: a technician who peels stickers off names neither.
        var owners = placed.Groups["owner"].Success || placed.Groups["ours"].Success;
        if (!owners && WalletAndParcelReadings.FirstStanding(c, KeptFromView().Matches(s), refusable: false) is null)
        {
            return [];
        }

        return IdentityAndAdReadings.AnchorNear(c, placed.Index, placed.Index + placed.Length, QuoteReach);
    }

    /// <summary>
    /// True when the clause of <paramref name="m"/> names a wrongdoer as who acts (fraudsters pay people to put QR stickers over
    /// the official code; scammers hire girls for video calls as a profile): a report of the approach, not an offer to the reader.
    /// </summary>
    internal static bool Narrated(PatternContext c, Match m) => Wrongdoer().IsMatch(IdentityAndAdReadings.ClauseBefore(c, m.Index, m.Index + m.Length));

    [GeneratedRegex("\\b(?:fraudsters?|scammers?|criminals?|crooks?|thieves|thief|gangs?|con ?artists?|conmen|con men)\\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Wrongdoer();

    // The placing: a code, sticker, label or decal over or on top of a code (one sticker right over the official QR code,
    // our QR stickers on top of the QR), a code covered with ours (cover the table's QR with our sticker), a code replaced
    // or swapped with ours (swap the kiosk's pay code for ours). "owner" marks the covered code named as the owner's;
    // "ours" the new code named as the recruiter's.
    [GeneratedRegex("(?:qr|qrs|code|codes|sticker|stickers|label|labels|decal|decals)(?:right|directly|neatly|exactly|just)?(?:over|ontopof|overtop|overthetopof)(?:the|each|every|their|its|a|an|any)?(?<owner>real|official|original|genuine|existing|printed|citys|city|venues|restaurants|shops|stores|merchants|owners|vendors|tables|meters|chargers|kiosks)?[a-z]{0,16}?(?:qr|code|codes|decal|decals|barcode|barcodes|paycode|sticker|label)"
        + "|cover(?:s|ed|ing)?(?:up)?(?:the|each|every|their|its|all)?(?<owner>real|official|original|genuine|existing|printed|citys|city|venues|restaurants|shops|stores|merchants|owners|vendors|tables|meters|chargers|kiosks)?[a-z]{0,16}?(?:qr|code|codes|decal|decals|barcode|barcodes|paycode)s?(?:(?:on|at|of|in)[a-z]{0,20}?)?with(?<ours>our|ours|my|mine|(?:the)?(?:ones|stickers|labels|codes)(?:we|i)(?:send|sent|mail|mailed|give|gave|post|posted))"
        + "|(?:replac|swap)(?:e|es|ed|ing|s|ped|ping)?(?:the|each|every|their|its|all)?(?<owner>real|official|original|genuine|existing|printed|citys|city|venues|restaurants|shops|stores|merchants|owners|vendors|tables|meters|chargers|kiosks)?[a-z]{0,16}?(?:qr|code|codes|decal|decals|barcode|barcodes|paycode)s?(?:(?:on|at|of|in)[a-z]{0,20}?)?(?:with|for)(?<ours>our|ours|my|mine|(?:the)?(?:ones|stickers|labels|codes)(?:we|i)(?:send|sent|mail|mailed|give|gave|post|posted))",
        RegexOptions.CultureInvariant)]
    private static partial Regex Placed();

    // The placing kept from view: where the payments, money, scans or link go not to be asked; a cover story for whoever asks
    // (if a parking officer asks, you're fixing a peeling decal); cameras or staff avoided.
    [GeneratedRegex("(?:dontask|donotask|noneedtoknow|noneedtoask|dontneedtoknow|nevermind|noquestions|dontworry)(?:about)?(?:where|who|whose|what)(?:the)?(?:payments?|money|scans?|link|links|codes?|qr|cash|funds)?(?:go|goes|lead|leads|end|ends|is|are)"
        + "|if(?:a|an|the|any)?[a-z]{0,20}?(?:asks?|stops?youandasks)(?:you)?(?:just)?(?:say|tell(?:them)?)?(?:that)?(?:you(?:re|are)?|youwork|itsa|its|say)(?:fixing|replacing|from|with|for|work|working|just|the|a)"
        + "|(?:avoid|skip|stayawayfrom)(?:any)?[a-z]{0,16}?(?:with|near|under)(?:a|any)?(?:cameras?|cctv|staff|attendants?)|(?:when|while)(?:no(?:one|body)|nostaff)(?:is|s)?(?:around|looking|watching)",
        RegexOptions.CultureInvariant)]
    private static partial Regex KeptFromView();

    // A sum per sticker or placement ($1 a sticker, 2 dollars per label, five bucks each code).
    [GeneratedRegex("(?:[0-9]|bucks|dollars?)(?:a|an|per|each|every|foreach)(?:sticker|label|decal|code|qr|placement|meter|table|kiosk|stall|bar|box)s?",
        RegexOptions.CultureInvariant)]
    private static partial Regex PerPiece();
}
