using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 453: others' money received and passed straight on, for a share of what passes — whatever receives it. The settlement
/// readings of ADRs 198–425 read the pair through the reader's instrument (收款 + 转出 with 你的卡, <i>your account</i>); round
/// 27's blind misses named the instrument round-about or not at all (<i>accept customer payments to the place your salary
/// lands and forward them to our overseas partner within an hour; keep 5% of every transfer</i>; 资金到账后立马转出，佣金千分之八),
/// and the exceptions for one's own wage or an employer's takings read them as pay. The act is the same whatever receives the
/// money: an arrival of money (到账, 打进, 收到货款, 客户转过来; <i>receive / accept customer payments</i>), an onward move within
/// the clause or two after it (转出, 付出去, 转给; <i>forward them, pass them on</i>), not to the reader himself, and a share of
/// the flow as the reader's pay (佣金, 提成, 千分之八, 3个点; <i>keep 3%</i>, <i>commission</i>).
/// <para>
/// Honest work of the same words pays the takings into the employer's own or corporate account (对公, <i>the business
/// account</i>) or pays the reader into his own wallet; neither is read. Not refused in its clause, not narrated of a wrongdoer.
/// </para>
/// Behind the share's words (one regex over the text), then the arrival and the move.
/// </summary>
internal static partial class PassedOnForShareReadings
{
    // How far after the arrival the onward move may stand (a clause or two), and the share from either (one item).
    private const int MoveReach = 40;

    // English spends about twice the characters of Chinese on a clause: <i>they pay you half by Cash App, you forward it</i> (ADR 459).
    private const int EnglishMoveReach = 90;
    private const int ShareReach = 120;

    // An English slip puts its pay on a line of its own, a rules line or two below the move (ADR 464): twice the Chinese reach, as
    // for the move. Still one item: a digest's next job stands farther off.
    private const int EnglishShareReach = 240;

    // How far after the move an employer's own account may stand (转到公司对公账户).
    private const int PayeeReach = 20;
    private const int EnglishPayeeReach = 40;

    /// <summary>Where money received is passed straight on for a share of the flow: the arrival, quoted by the term nearest it.</summary>
    public static IEnumerable<(int First, int Last)> PassedOnForShare(PatternContext c)
    {
        var s = c.FoldedText;
        if (!Share().IsMatch(s))
        {
            return [];
        }

        foreach (var arrival in Arrival().EnumerateMatches(s))
        {
            var from = arrival.Index + arrival.Length;
            var english = char.IsAsciiLetter(s[arrival.Index]);
            var to = Math.Min(s.Length, from + (english ? EnglishMoveReach : MoveReach));
            var move = Onward().Match(s, from, to - from);
            if (!move.Success)
            {
                continue;
            }

            var (start, end) = (arrival.Index, move.Index + move.Length);
            if (IdentityAndAdReadings.IsRefusedInClause(c, move.Index, end) || BorderCrossingReadings.Narrated(c, start, end)
                || EmployersOwn().IsMatch(s.AsSpan(start, Math.Min(s.Length, end + (english ? EnglishPayeeReach : PayeeReach)) - start))
                || !RegistrationLentReadings.Within(c, s, Share(), start, end, english ? EnglishShareReach : ShareReach))
            {
                continue;
            }

            return IdentityAndAdReadings.AnchorNear(c, start, end, english ? EnglishShareReach : ShareReach);
        }

        return [];
    }

    // Money arriving: 到账, 打到, 打进, 转入, 资金到你…, 收到的款 / 货款 / 转账, 收款 (not the code, the payee or its account), 进账, 入账,
    // a customer or a stranger paying in (客户转过来, 对方打款); English receive, accept, take, collect or get (customer) payments,
    // money, funds, deposits or transfers; ADR 459: the payer's own act — <i>they / friends / customers pay you</i>, <i>Venmo
    // you</i>, <i>send you half / by Cash App</i> (not <i>send you their basket</i>), <i>we fund them</i>, <i>we send the deposits /
    // a few thousand</i>; ADR 464: a modal or an adverb between payer and verb (<i>people will Zelle u</i>), the money as the
    // subject (<i>payments land in your account</i>, <i>once a payment arrives</i>) and the poster routing it (<i>we route refunds
    // through it</i>), and a payer paying into the reader's account (<i>buyers pay into your Wise</i>); ADR 471: the money named
    // by what it is, not by a noun (<i>withdraw what comes in</i>, <i>whatever gets paid</i>), by its payers' act with no object
    // (<i>when customers pay, you …</i>; not <i>when they pay us</i> or <i>the shop</i>), and invoices or payment requests the reader
    // sends, whose money is what then arrives (<i>send each one an invoice</i>, <i>send payment requests to emails we give
    // you</i>, <i>request money from the names on our sheet</i>).
    [GeneratedRegex(
        "到账|打到|打进|转入|转进|(?:钱|资金|款项?)(?:一)?(?:到|进)(?:你|您)|收到(?:的)?(?:款|钱|货款|资金|转账)|收款(?!码|人|方|账)|进账|汇到|汇进|入账|(?:客户|买家|对方|别人|他人)(?:付|打|转|汇)(?:款|钱|过来|进|到)"
        + "|(?:receiv|accept|tak|collect|get)(?:e|es|ed|ing|s)?(?:customer|client|buyer|incoming|their|the)?(?:payments?|money|funds|deposits?|transfers?|wires?)"
        + "|(?:they|friends|classmates|customers|clients|buyers|people|players|riders|users|members|strangers|senders|payers)"
        + "(?:will|would|can|could|just|then|also|usually|often|simply)?"
        + "(?:pays?(?:you|u(?!s)|in(?:to)?(?:your|ur))|(?:venmo|zelle|wire|transfer|cashapp|paypal)s?(?:you|u(?!s))|sends?(?:you|u(?!s))(?:half|the(?:money|cash|payment|total|fare)|their(?:money|cash|payment)|money|cash|\\d|by|via))"
        + "|we(?:send|fund|wire|transfer|load|deposit)(?:s)?(?:the(?:deposits?|money|funds)|them|it|\\d|a(?:few)?(?:thousand|grand))"
        + "|(?:payments?|money|funds|transfers?|deposits?|refunds?|wires?)[a-z]{0,30}?(?:comes?|lands?|arrives?|hits?|goes|(?:gets?|is|are|be)(?:sent|paid|wired|transferred|deposited))(?:in)?(?:to|into|on|in)?(?:your|ur)"
        + "|(?:a|the|each|every)(?:payment|transfer|deposit|wire)(?:arrives|lands|comesin|hits)"
        + "|routes?(?:[a-z]{0,30}?)(?:payments|money|funds|refunds|transfers|deposits)(?:through|via|into)(?:it|your|ur)"
        + "|what(?:ever)?(?:comes|came|lands|arrives|is(?:paid|sent)|gets(?:paid|sent)|theypay|peoplepay|customerspay)(?:in)?"
        + "|when(?:people|customers|clients|buyers|they|someone|anyone|payers)(?:pay|paid|pays)(?!us|our|the(?:shop|store|business|company|firm))"
        + "|(?:send|email|issue|raise|bill|request)(?:s|ing)?(?:out)?(?:each(?:one|person|address)?|them|every(?:one|address))?(?:an?)?(?:invoices?|paymentrequests?|moneyrequests?|requests?formoney|bills?)"
        + "|request(?:s|ing)?(?:money|payments?|funds)from",
        RegexOptions.CultureInvariant)]
    private static partial Regex Arrival();

    // Passed on: 转出, 转走, 付出去, 转给, 打给, 转到, 汇出, 打回, 转回, 转交; English forward, pass / send them on, wire, transfer or
    // move them; ADR 459: <i>send it to</i>, <i>send the money</i>, a payment app's verb (<i>Zelle it</i>), <i>deposit it into</i>
    // (the betting apps); ADR 464: the move in the passive (<i>it must be transferred to the details we give</i>) and a payment to
    // the poster's side (<i>pay our seller from it</i>), <i>pass the money</i>, <i>move each one on</i>. Not to the reader himself (转到你自己的微信, <i>to you</i>: his pay).
    [GeneratedRegex(
        "(?:转出|转走|付出去|转给|打给|转到|汇给|汇出|汇到|打回|转回|转发给|转交)(?!你|您|自己|本人)"
        + "|(?:forward|passthemon|passiton|passthemto|sendthemon|senditon|sendthemto|wirethem|wireit|transferthem|transferit|movethem|moveit|remitthem"
        + "|sendit(?:to|back)|send(?:the|that)money|(?:zelle|venmo|cashapp)(?:it|them)|deposit(?:it|them)in"
        + "|(?:be|is|are|gets?|getting)(?:transferred|forwarded|wired|moved|passed|senton|sentto)"
        + "|pass(?:the|that)money|(?:move|send|pass|wire|transfer|forward)(?:each|every)(?:one|payment|transfer|deposit)(?:on|to)"
        + "|pay(?:it|them)?(?:to)?(?:our|my|the)(?:seller|supplier|partner|agent|contact|guy|plug|handler|handle|vendor|merchant|desk|team|wallet)"
        + ")(?!toyou|tou(?!s))",
        RegexOptions.CultureInvariant)]
    private static partial Regex Onward();

    // A share of the flow as pay: 佣金, 提成, 千分之八, 3个点, 抽2, 回佣; English keep 3 (the per-cent sign is dropped), 5 percent,
    // commission, a cut; ADR 459: <i>10% of each cash-out</i> (the sign dropped, a sum of the flow, not of the shifts); ADR 464: of each
    // refund, sale, ticket, transaction or payout, a share that <i>is yours</i> or <i>stays with you</i>, and a fee per transfer
    // (<i>$25 per transfer</i>): pay that grows with the money passed, not with the hours; ADR 471: a per-cent written in Chinese
    // numerals inside English (<i>Keep 壹伍%</i>).
    [GeneratedRegex(
        "佣金|yong金|提成|千分之|[0-9一二两三四五六七八九十半]个点|抽[0-9一二两三四五六七八九十]|回佣|返佣|[0-9壹贰叁肆伍陆柒捌玖拾一二三四五六七八九十]%"
        + "|keep(?:s|ing)?(?:a)?(?:[0-9]{1,2}|[壹贰叁肆伍陆柒捌玖拾一二三四五六七八九十]{1,3}%)|[0-9]{1,2}(?:percent|pc)|commission|acut"
        + "|[0-9]{1,2}%?of(?:each|every|the)(?:cashout|withdrawal|payment|transfer|order|deposit|fare|refund|sale|ticket|transaction|payout)"
        + "|[0-9]{1,2}(?:percent|pc)?(?:isyours|staysyours|stayswithyou|staywithyou)"
        + "|[0-9](?:usd|dollars?|bucks)?(?:per|a|an|each|foreach|forevery)(?:transfer|payment|deposit|wire|transaction|payout)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Share();

    // The employer's own or corporate account as the payee: its takings banked, not passed on for others.
    [GeneratedRegex("对公|公司(?:的)?(?:对公)?账户|公司账号|corporate|businessaccount|companyaccount", RegexOptions.CultureInvariant)]
    private static partial Regex EmployersOwn();
}
