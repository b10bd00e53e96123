using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 453: something opened or registered on the reader's own identity and handed to the poster's side, for pay per piece
/// — whatever the thing is. Real-name rules tie a card, a number, an account, a wallet, a room or a car to the
/// person whose ID opened it; the help a fraud buys is that tie. Round 27's blind misses named it with nouns no reading
/// listed (办几张手机号，开通后寄给我们，一张给50元; 本人…开两间房，登记完将门卡给对接人，一间每晚150;
/// <i>I open a crypto debit card in my own name … hand the card and its PIN to the desk … $200 per card</i>), so the reading
/// names the act and not the noun: the reader's own name or ID (凭本人证件, 用你的身份证, 以你的名义, 你名下; <i>in your own
/// name, with your ID</i>), an opening or registering verb beside it (办, 开通, 注册, 申请, 登记, 开两间房; <i>open, register,
/// sign up, activate</i>), then a hand-over to the poster's side (寄给我们, 交给对接人, 发给助理; <i>hand … to the desk, send it
/// to us</i>), and pay per piece (一张给50元, 一间每晚150; <i>$200 per card</i>).
/// <para>
/// Honest work opens things in the reader's name for the reader (a wage card whose number goes to payroll is paid by the
/// month, not per card), or hands what a customer opened back to the customer; neither hands the opened thing to the
/// poster's side for pay per piece. Each part is needed, in one item, the hand-over not refused in its clause and neither it
/// nor the opening narrated of a wrongdoer in the sentence before (ADR 438's reading).
/// </para>
/// Behind a first-character search for the hand-over's verbs and the English <i>to</i>, then one regex per part over a window.
/// </summary>
internal static partial class OwnNameHandedOverReadings
{
    // How far the opening may stand from the reader's name or ID (either side), the hand-over after the opening, and the pay
    // from the hand-over (either side): one item of a digest or a slip's few lines.
    private const int NameReach = 60;
    private const int HandReach = 160;
    private const int PayReach = 160;

    // The quote may stand anywhere in the item: these slips name the thing in words the lexicon may not hold.
    private const int QuoteReach = 200;

    // The hand-over's Chinese verbs and the t of English "to": a text with none of them costs one scan.
    private static readonly SearchValues<char> HandFirsts = SearchValues.Create("交发转寄送递传给邮拿t");

    /// <summary>
    /// Where the reader's own name or ID opens something that is then handed to the poster's side, for pay per piece:
    /// the hand-over, not refused in its clause, quoted by the term nearest it.
    /// </summary>
    public static IEnumerable<(int First, int Last)> OwnNameHandedOver(PatternContext c)
    {
        var s = c.FoldedText;
        if (s.AsSpan().IndexOfAny(HandFirsts) < 0)
        {
            return [];
        }

        foreach (var hand in HandedToPoster().EnumerateMatches(s))
        {
            var (start, end) = (hand.Index, hand.Index + hand.Length);
            if (IdentityAndAdReadings.IsRefusedInClause(c, start, end) || BorderCrossingReadings.Narrated(c, start, end) || !OpenedInOwnName(c, s, start)
                || !RegistrationLentReadings.Within(c, s, PerPiece(), start, end, PayReach))
            {
                continue;
            }

            return IdentityAndAdReadings.AnchorNear(c, start, end, QuoteReach);
        }

        return [];
    }

    // An opening verb within reach before the hand-over, with the reader's own name or ID within reach of it; neither refused
    // nor narrated of a gang in the sentence before (最近有团伙找年轻人用本人证件开房，再把门卡给对接人: a police notice).
    private static bool OpenedInOwnName(PatternContext c, string s, int handStart)
    {
        var from = Math.Max(0, handStart - HandReach);
        foreach (var open in Opened().EnumerateMatches(s.AsSpan(from, handStart - from)))
        {
            var (start, end) = (from + open.Index, from + open.Index + open.Length);
            if (!IdentityAndAdReadings.IsRefusedInClause(c, start, end) && !BorderCrossingReadings.Narrated(c, start, end)
                && RegistrationLentReadings.Within(c, s, OwnName(), start, end, NameReach))
            {
                return true;
            }
        }

        return false;
    }

    // The reader's own name or ID: 凭本人证件, 用你的身份证, 以你（本人）的名义, 你名下, 你实名, 你自己的…; English in / under
    // your (my, for a declaration the reader signs) own name, with your ID or passport; ADR 464: on, with or using your (their, for
    // the people a crew recruits) own ID, identity, details or documents.
    [GeneratedRegex(
        "(?:你|您)(?:本人|自己)?(?:的)?(?:身份证|证件|名义|名字|实名|名下|户口|自己的)|本人(?:的)?(?:身份证|证件|名义|实名|名下)?"
        + "|(?:in|under)(?:your|my)(?:own|real|full|legal){0,2}names?|with(?:your|my)(?:own|real)?(?:id|passport|ssn|licen[cs]e|photoid)"
        + "|(?:on|with|under|using)(?:your|ur|their|my)(?:own|real)?(?:id|ids|passport|ssn|identity|details|documents|docs|photoid)",
        RegexOptions.CultureInvariant)]
    private static partial Regex OwnName();

    // Opening, registering or taking something on: 办 (not 办公, 办法, 办事), 开通, 开户, 开卡, 开房, 开 a number of rooms or cards
    // (开两间, 开几张), 注册, 申请, 激活, 登记, 绑定, 认证, 租 (not 租给 / 租出: lending out), 订房; English open, register, sign up,
    // activate, set up, apply for, create, rent, lease, hire, book; ADR 464: get or take out a, new, some or a number of them;
    // ADR 471: apply in, with or under (the own name or ID beside it).
    [GeneratedRegex(
        "办(?!公|法|事|学)|开(?:通|户|卡|房|设|立|[一二两三四五几0-9]|个)|注册|申请|激活|登记|绑定|认证|租(?!给|出)|订(?:房|车|[一二两三四五几0-9])"
        + "|open(?:s|ed|ing)?|(?:rent|lease|hire|book)(?:s|ed|ing)?|register(?:s|ed|ing)?|sign(?:s|ed|ing)?up|activat(?:e|es|ed|ing)|set(?:s|ting)?up|apply(?:ing)?for|appl(?:y|ies|ied|ying)(?:in|with|using|under|online)|creat(?:e|es|ed|ing)"
        + "|(?:get|gets|getting|takeout|takingout)(?:a|an|new|some|several|two|three|[0-9])",
        RegexOptions.CultureInvariant)]
    private static partial Regex Opened();

    // Handed, sent, posted or given to the poster's side: us, the contact, the assistant, the desk, the team (寄给我们, 交给对接人,
    // 将门卡给对接人, 发给助理, 送给公司账号); English hand, give, send, mail, post, ship, pass or deliver … to us, me, the desk,
    // team, office, agent or handler, or our people; ADR 464: give, hand or send us (me) the means of control — the login, card,
    // SIM, seed phrase, key, PIN or code; ADR 471: read, text or forward us the codes the app sends, and let us log in or order on
    // it (the pay-later account used by the poster's side). Not a customer, a family member or a named person as receiver.
    [GeneratedRegex(
        "(?:交|发|转|寄|送|递|传|给|邮|拿)(?:给|到|回|去)?(?:我们|我方|我|上家|上线|对接人|接头人|助理|客服|专人|团队|公司|老板|主管|负责人|来人|跑腿)"
        + "|(?:hand|give|gave|send|sent|mail|post|ship|pass|deliver|turn)(?:s|ed|ing|over|in)?[a-z]{0,60}?to(?:us|me|the(?:desk|team|office|agent|handler|courier|runner|boss|manager)|our(?:desk|team|office|agent|handler|courier|runner|guy|people|contact|partner))"
        + "|(?:hand|give|send|pass|read|text|tell|forward|share)(?:s|ing)?(?:over)?(?:us|me)(?:the|your|ur|its|their|all|each|every)?(?:logins?|cards?|sims?|seedphrase|recoveryphrase|phrase|keys?|passwords?|pins?|codes?|accounts?|wallets?|phones?|numbers?|passbooks?|tokens?|devices?|texts?|otps?)"
        + "|let(?:s|ting)?(?:us|me|ourteam|ourpeople|theteam)(?:login|logon|signin|logintoit|use(?:it|them|the)|access|orderon|shopon|order|buy|spend)",
        RegexOptions.CultureInvariant)]
    private static partial Regex HandedToPoster();

    // Pay per piece: 一张给50元, 每个300, 一间每晚幺五洞元, 一单返1; English $200 per card, 50 each. Not a day, hour, month or
    // shift of work (一天150, 一个月3000, $20 per day): a wage, which honest onboarding pays too, not a price for what is handed over.
    // ADR 464: $30 a SIM, $150 a wallet, $200 (bonus) for each new account — the thing named, so $25 an hour stays a wage;
    // ADR 471: for each approved (verified, opened) account, and a sum written in words (a couple hundred for each account).
    [GeneratedRegex(
        "(?:一|每)(?:张|个(?!月)|套|单|间|台|部|户|条|份|号|卡|只|辆)[^，。；\\n]{0,6}?[0-9一二两三四五六七八九十百千几壹贰叁肆伍陆柒捌玖拾佰仟幺洞]"
        + "|[0-9](?:usd|dollars?|bucks)?per(?!day|hour|hr|week|month|year|shift|night|session|minute)[a-z]{2,10}|[0-9](?:usd|dollars?|bucks)?each"
        + "|(?:[0-9]|couplehundred|fewhundred)(?:usd|dollars?|bucks)?(?:bonus|extra)?(?:a|an|foreach|forevery)(?:new|approved|verified|opened|activated)?(?:sim|card|account|number|wallet|line|phone|login|profile|application|app|set|kit|device|selfie|signup|registration)",
        RegexOptions.CultureInvariant)]
    private static partial Regex PerPiece();
}
