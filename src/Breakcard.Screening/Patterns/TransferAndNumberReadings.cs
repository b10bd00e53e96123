using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// Readings of two forms of help written in English (ADR 391).
/// <para>
/// Money-transfer pickups: payouts or transfers collected in the reader's own name and the cash handed to the recruiter's
/// people (or turned into crypto for them), for pay per pickup or a cut kept, while who sends the money is not to be asked
/// or the clerk is told it comes from family. A money-transfer agent's clerk writes the same log — pickups, transfers,
/// receivers, IDs — but pays out to the named receiver, who keeps the money, and refuses whoever collects for strangers:
/// nobody is handed the cash after, nobody is paid per pickup, and nothing is kept from the clerk.
/// </para>
/// <para>
/// Numbers handed over: phone numbers or accounts registered with the reader's own phone, number or SIM and then given to
/// the recruiter (signed in on their device, their address made owner, the login handed over) or cut loose from the reader,
/// for pay per number, with the codes forwarded on request or the use left unasked. A company's IT desk writes the same
/// sheet — numbers, set-up, sign-in, codes — but the numbers are the company's, no personal phone is linked and codes are
/// forwarded to nobody.
/// </para>
/// They read characters of the normalised text (lower case, spaces and punctuation removed), each behind a vectorised search
/// for its anchor words, so a text that names neither cash, pickups nor numbers costs one search per reading.
/// </summary>
internal static partial class TransferAndNumberReadings
{
    // Without one of these words neither pickups handed on nor numbers handed over can be read. ASCII words: a
    // SearchValues<string> of them is a vectorised search, not the per-character fallback of non-ASCII words (ADR 382).
    private static readonly SearchValues<string> CashOrPickup = SearchValues.Create(["cash", "money", "funds", "pickup", "collect"], StringComparison.Ordinal);

    private static readonly SearchValues<string> NumberWords = SearchValues.Create(["number", "account", "line"], StringComparison.Ordinal);

    // How far from a reading the term it quotes may lie. The lexicon is left as it is (a new term, even one without a
    // concept, changes how run-together words are segmented and so the model's text): the nearest term the text has,
    // usually the reader's own (your own, your name) or the transfers, stands for the act.
    private const int QuoteReach = 120;

    /// <summary>True when the normalised text names cash, money or a pickup: the cheap test.</summary>
    public static bool MentionsCashOrPickup(PatternContext c) => c.Text.Text.AsSpan().ContainsAny(CashOrPickup);

    /// <summary>True when the normalised text names a number, an account or a line: the cheap test.</summary>
    public static bool MentionsNumber(PatternContext c) => c.Text.Text.AsSpan().ContainsAny(NumberWords);

    /// <summary>
    /// Where money collected in the reader's own name is handed on: the collection in the reader's name, the cash handed to
    /// the recruiter's people (not refused in its clause), for pay per pickup or a cut, with the senders not to be asked or a
    /// cover story of family for the clerk.
    /// </summary>
    public static IEnumerable<(int First, int Last)> PickupsHandedOn(PatternContext c)
    {
        var s = c.Text.Text;
        if (!Collection().IsMatch(s) || !OwnName().IsMatch(s) || !(Unasked().IsMatch(s) || FamilyCover().IsMatch(s))
            || !(FraudHelpReadings.Pays(c) || CutOrPerPickup().IsMatch(s)))
        {
            return [];
        }

        foreach (Match m in HandedOn().Matches(s))
        {
            if (!IdentityAndAdReadings.IsRefusedInClause(c, m.Index, m.Index + m.Length))
            {
                return IdentityAndAdReadings.AnchorNear(c, m.Index, m.Index + m.Length, QuoteReach);
            }
        }

        return [];
    }

    /// <summary>
    /// Where numbers registered on the reader's own phone are handed over: the registration on the reader's own phone,
    /// number or SIM and the control given to others (neither refused in its clause), for pay, with the codes forwarded on
    /// request or the use not to be asked.
    /// </summary>
    public static IEnumerable<(int First, int Last)> NumbersHandedOver(PatternContext c)
    {
        var s = c.Text.Text;
        if (!(Unasked().IsMatch(s) || CodesOnRequest().IsMatch(s)) || !FraudHelpReadings.Pays(c))
        {
            return [];
        }

        var registered = FirstUnrefused(c, RegisteredOnOwn().Matches(s));
        if (registered is not { } r || FirstUnrefused(c, ControlGiven().Matches(s)) is null)
        {
            return [];
        }

        return IdentityAndAdReadings.AnchorNear(c, r.Index, r.Index + r.Length, QuoteReach);
    }

    /// <summary>
    /// True when term <paramref name="i"/> names the subject of a warning's material: the word for the offence right before
    /// a leaflet, a poster, a notice or a talk (given the money-mule leaflet, a money laundering awareness talk, 洗钱宣传册).
    /// Whoever hands out the leaflet warns against the act; nobody offers it that way.
    /// </summary>
    public static bool NamesWarningMaterial(PatternContext c, int i)
    {
        var s = c.Text.Text;
        var end = c.Terms[i].End;
        return end < s.Length && WarningMaterial().IsMatch(s.AsSpan(end, Math.Min(MaterialReach, s.Length - end)));
    }

    // Characters after the offence's word in which its material is named (money-mule leaflet: 7 letters; 宣传册: 3).
    private const int MaterialReach = 12;

    private static Match? FirstUnrefused(PatternContext c, MatchCollection matches)
    {
        foreach (Match m in matches)
        {
            if (!IdentityAndAdReadings.IsRefusedInClause(c, m.Index, m.Index + m.Length))
            {
                return m;
            }
        }

        return null;
    }

    [GeneratedRegex("^(?:s|er|ers|ing)?(?:leaflets?|posters?|flyers?|brochures?|pamphlets?|warnings?|notices?|awareness|talks?|guides?|factsheets?|campaigns?|training|video|宣传|提示|警示|手册|海报|传单|防范)", RegexOptions.CultureInvariant)]
    private static partial Regex WarningMaterial();

    // Money collected at a counter or agent: a pickup, a collection, a payout, a transfer picked up.
    [GeneratedRegex("pick(?:s|ed|ing)?up|pickups?|collect(?:s|ed|ing|ion|ions)?|payouts?|cashout|withdraw", RegexOptions.CultureInvariant)]
    private static partial Regex Collection();

    // The money is in the reader's own name: sent to your name, in your own name, receiver: you, your passport or ID.
    [GeneratedRegex("(?:in|to|under)your(?:own|real|full)*name|receiver(?:is)?you(?!r)|your(?:own)?(?:passport|idcard|residencepermit|drivinglicen[cs]e|driverslicen[cs]e)", RegexOptions.CultureInvariant)]
    private static partial Regex OwnName();

    // The cash handed to the recruiter's people (hand the cash to our courier, cash handed to the driver, give the money to
    // us) or turned into crypto (buy bitcoin with it, put it into a crypto ATM). A receiver keeps the money: no recipient here
    // is the receiver, a family member or the reader.
    [GeneratedRegex("(?:hand|hands|handed|handing|give|gives|gave|given|giving|pass|passes|passed|passing|bring|brings|brought|deliver|delivers|delivered|drop|drops|dropped|take|takes|took|taken)(?:it|them|the|all|this|that|over|off|on)*(?:cash|money|funds|notes|everything)?(?:over|off|on)?(?:to|with)(?:our|the|my|a|an|their)(?:courier|driver|runner|collector|contact|handler|agent|boss|manager|rider|guy|man|team|person|partner|messenger)"
        + "|(?:hand|give|pass|bring|deliver|send)(?:it|them|the|all)?(?:cash|money|funds)?(?:over|on)?tous"
        + "|(?:cash|money|funds|notes)(?:is|are|was|were|gets|get)?(?:handed|given|passed|delivered|dropped|taken)(?:over|off|on)?to(?:our|the|my|a|an|their)(?:courier|driver|runner|collector|contact|handler|agent|boss|manager|rider|guy|man|team|person|partner|messenger)"
        + "|(?:buy|buys|bought|convert|converts|converted|turn|turns|turned|load|loads|loaded|deposit|deposits|deposited|put|puts|feed|feeds|fed)(?:it|them|the|all)?(?:cash|money|funds)?(?:into|in|to|as|with)?(?:a|an|the)?(?:bitcoin|btc|usdt|crypto)", RegexOptions.CultureInvariant)]
    private static partial Regex HandedOn();

    // Pay per pickup or a cut of the money kept (keep 8%, 8% is yours, your cut, $120 a pickup). The normalised text has
    // no spaces or symbols: "8% is yours. Don't" reads 8isyoursdont, "per collection! Collect" percollectioncollect.
    [GeneratedRegex("keep[0-9一二三四五六七八九十两壹贰叁肆伍陆柒捌玖拾]{1,3}(?:percent)?|[0-9一二三四五六七八九十两壹贰叁肆伍陆柒捌玖拾](?:percent)?(?:is|are)yours|youkeep|yourcut|(?:a|per|each|every)(?:pickup|collection|payout)", RegexOptions.CultureInvariant)]
    private static partial Regex CutOrPerPickup();

    // Who sends the money, who uses the number or what it is for, not to be asked (don't ask who sends it, no need to know
    // what the numbers are used for).
    [GeneratedRegex("(?:dontask|donotask|noneedtoknow|noneedtoask|dontneedtoknow|noquestions|dontworryabout|noneedtoworryabout|nevermind)(?:about)?(?:who|what|why|where|whose)", RegexOptions.CultureInvariant)]
    private static partial Regex Unasked();

    // A cover story of family for the clerk (tell the clerk it's from your uncle, say it's from family; you said: "Yes, my uncle").
    [GeneratedRegex("(?:tell|tells|told|say|says|said|claim|claims|explain)(?:to)?(?:the|a|them|him|her)?(?:clerk|teller|cashier|agent|staff|counter|shop|bank)?(?:that)?(?:its|itis|itwas|thisis|yes)?(?:from|sentby)?(?:my|your|a|the|his|her)?(?:family|uncle|aunt|auntie|cousin|parents?|mother|mum|mom|father|dad|brother|sister|relatives?|grandma|grandpa)", RegexOptions.CultureInvariant)]
    private static partial Regex FamilyCover();

    // Numbers or accounts set up with the reader's own phone, number or SIM (sign up for … on your own phone, verify it with
    // your real number, link it to your own SIM, create … numbers with your phone).
    [GeneratedRegex("(?:signup|signsup|setup|sets?up|create|creates|register|registers|open|opens|make|makes|verify|verifies|link|links|activate|activates)[a-z]{0,40}?(?:with|on|to|using|via|through)your(?:own|real|personal)*(?:us|uk|mobile)?(?:phone|number|sim|simcard|mobile|phonenumber|mobilenumber)", RegexOptions.CultureInvariant)]
    private static partial Regex RegisteredOnOwn();

    // Control given to others (log us in, log in on our device, add our e-mail as owner, hand the login to us) or the
    // reader's own link removed (then unlink your phone, remove your number).
    [GeneratedRegex("log(?:s|ged|ging)?(?:us|them)in|sign(?:s|ed)?(?:us|them)in|(?:log|sign)(?:s|ged|ed)?(?:in|on)(?:on|to|onto|into|with)?(?:our|their)(?:device|phone|computer|laptop|server)s?"
        + "|add(?:s|ed)?(?:our|their|my)[a-z-]{0,10}?as(?:the|an|a)?(?:owner|admin|administrator|manager|recovery)"
        + "|(?:hand|give|send|share|pass)(?:over)?(?:us|them)?(?:the|your)?(?:login|logins|account|accounts|password|credentials|logindetails)(?:over)?(?:to(?:us|them|me))?"
        + "|(?:remove|removes|unlink|unlinks|delete|deletes|disconnect|disconnects)(?:your)(?:own|real)?(?:number|phone|sim|email|e-mail)", RegexOptions.CultureInvariant)]
    private static partial Regex ControlGiven();

    // The codes that keep the number alive forwarded on request (forward the code within 5 minutes, send any re-verify
    // codes when we ask, send us the code).
    [GeneratedRegex("(?:forward|send|pass|give|text)(?:s|ing)?(?:us|me|them)?(?:the|any|all|every|each|new)?(?:re-?verif(?:y|ication))?codes?(?:to(?:us|me|them))?(?:within|when|whenever|ifweask|assoon|rightaway|immediately)", RegexOptions.CultureInvariant)]
    private static partial Regex CodesOnRequest();
}
