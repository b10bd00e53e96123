using System.Buffers;
using System.Text.RegularExpressions;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// ADR 408: two ways of moving others' money through the reader's own account in small steps, read by who pays whom with whose
/// money, for what pay and what is kept from view.
/// <para>
/// Money paid out for goods the reader never keeps: money arrives in the reader's account from the recruiter's side (钱先打到你卡上,
/// we wire the funds to your account), the reader pays it on to the sellers of goods or services (扫码付给农户, 当场结清, pay the
/// sellers on the spot), and the reader is paid by the sum moved (每付一万给你200, 按流水1%提成, 2% of every $10,000 you pay out) or
/// told not to ask whose money it is (打款人每次不一样, 钱是谁打的别问). A buyer employed by a cooperative or a company pays from the
/// employer's account, or from an advance named as the employer's (备用金) against receipts, for a wage — no pay per sum moved and
/// no source hidden.
/// </para>
/// <para>
/// Transfers used as an advertising channel: the reader's own account sends tiny sums (0.01元, 一分钱, one cent) with a note the
/// recruiter writes (附言, 备注, 留言, 转账说明, memo) to others' accounts, with the principal covered by the recruiter (本金我们出,
/// 打出去的钱我们报销, we cover the cents) or paid per transfer, to strangers or a list the recruiter gives, or with an advert in
/// the note (加V, 进群, a link). A platform's or a bank's penny verification sends from its own account to account holders who
/// asked for it, with only a number in the note and nobody paid per transfer.
/// </para>
/// Both read over the normalised text with the Martian and Cantonese folds of FraudHelpReadings and RegistrationLentReadings,
/// behind a cheap test for the part without which nothing can match.
/// </summary>
internal static partial class MoneyPaidOutReadings
{
    // How far the payment on may lie from the money's arrival: a slip's two lines, or one item of a digest.
    private const int PayoutReach = 120;

    // How far the pay per sum or the hidden source may lie: a slip's four lines.
    private const int TermsReach = 220;

    // How far the note and the tiny sum may lie apart (金额：0.01元　附言：…; in English, where each letter counts, *send $0.01
    // payments … to the list … and paste our link in the memo*), and the principal or the list from them.
    private const int NoteReach = 100;
    private const int PennyReach = 200;

    // How far from the act the quoted term may lie.
    private const int QuoteReach = 160;

    // Those paid on, or a payment on the spot: PaidToSellers cannot match without one of them (the folds of Plain and Fold change
    // none of their characters but 一 and 上, so 家家 and 马 stand for 一家家 and 马上).
    // An AnchoredWords scanner, not a SearchValues<string> (ADR 435): the set mixes Chinese words with "pay", which made its
    // search a per-character lookup over the text (≈ 1.2–1.8 µs, ADRs 414 and 426) on the ≈ 22 % of texts past the first test.
    private static readonly AnchoredWords SellerWords = new(
        ["农户", "农民", "茶农", "果农", "菜农", "药农", "渔民", "牧民", "村民", "老乡", "卖家", "卖主", "商家", "商户", "摊主", "档口", "供应商", "供货商",
         "货主", "厂家", "家家", "每家", "回收点", "当场", "马", "现场", "立刻", "立即", "当面", "pay"]);

    /// <summary>
    /// True when the text names those paid on (necessary for the reading) and a sign of pay per sum moved or of a hidden source
    /// (每 with 万 or 千, %, 谁, 打款人, 陌生 …): the cheap test for the payout reading.
    /// </summary>
    /// <remarks>
    /// The pay or source signs first (ADR 414): nine vectorised searches, ≈ 0.45 µs, true on ≈ 22 % of the bench's texts, where the
    /// sellers' words — Chinese words, which a SearchValues&lt;string&gt; reads by its per-character fallback — cost ≈ 1.2 µs on every
    /// text. Both tests are pure, so the order changes only the cost.
    /// </remarks>
    public static bool MentionsPayoutTerms(PatternContext c)
    {
        var s = c.Text.Text.AsSpan();
        return MentionsPayOrSource(s) && SellerWordsIn(s);
    }

    /// <summary>True when <paramref name="s"/> names those paid on (农户, 商家, 当场 …, pay): the second cheap test.</summary>
    internal static bool SellerWordsIn(ReadOnlySpan<char> s) => SellerWords.IndexIn(s) >= 0;

    private static bool MentionsPayOrSource(ReadOnlySpan<char> s)
    {
        return (s.IndexOf('每') >= 0 && s.IndexOfAny('万', 'w', '千') >= 0) || s.IndexOf('%') >= 0 || s.Contains("every", StringComparison.Ordinal)
            || s.Contains("per", StringComparison.Ordinal) || s.IndexOf('谁') >= 0 || s.Contains("打款人", StringComparison.Ordinal)
            || s.Contains("陌生", StringComparison.Ordinal) || s.Contains("来路", StringComparison.Ordinal) || s.Contains("whose", StringComparison.Ordinal);
    }

    /// <summary>
    /// Where money that reached the reader from the recruiter's side is paid on to sellers for pay per sum moved or with its source
    /// kept from view, the arrival and the payment not refused in their clauses.
    /// </summary>
    public static IEnumerable<(int First, int Last)> PaidOutForOthers(PatternContext c)
    {
        var s = UnaskedReadings.Folded(c);
        foreach (var arrival in ArrivesWithReader().EnumerateMatches(s))
        {
            var (start, end) = (arrival.Index, arrival.Index + arrival.Length);
            if (IdentityAndAdReadings.IsRefusedInClause(c, start, end) || !RegistrationLentReadings.Within(c, s, PaidToSellers(), start, end, PayoutReach)
                || !(RegistrationLentReadings.Within(c, s, PayPerSumMoved(), start, end, TermsReach) || RegistrationLentReadings.Within(c, s, SourceHidden(), start, end, TermsReach)))
            {
                continue;
            }

            return IdentityAndAdReadings.AnchorNear(c, start, end, QuoteReach);
        }

        return [];
    }

    /// <summary>True when the text names a transfer's note field and a tiny sum: the cheap test for the penny reading.</summary>
    public static bool MentionsNote(PatternContext c)
    {
        var s = c.Text.Text;
        return HasTinySum(s) && NamesNote(s);
    }

    // A zero that opens a number (001 from 0.01, 01 from 0.1), or the words of a cent: TinySum cannot match without one.
    private static bool HasTinySum(string text)
    {
        var s = text.AsSpan();
        for (var at = s.IndexOf('0'); at >= 0;)
        {
            if ((at == 0 || !char.IsAsciiDigit(s[at - 1])) && at + 1 < s.Length && char.IsAsciiDigit(s[at + 1]))
            {
                return true;
            }

            var next = s[(at + 1)..].IndexOf('0');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return MerchantAndParcelReadings.ContainsAny(text, CentFirsts, CentWords);
    }

    // The cent's words, found by their first characters and each hit checked (ADR 414): a SearchValues<string> of words that are
    // not all ASCII reads every character through its per-character fallback (≈ 1 µs on every text); the first characters are
    // one vectorised search, ≈ 15 times cheaper on the bench's texts.
    private static readonly string[] CentWords = ["分钱", "分qian", "毛钱", "零", "cent", "penn"];

    private static readonly SearchValues<char> CentFirsts = MerchantAndParcelReadings.FirstCharacters(CentWords);

    private static bool NamesNote(ReadOnlySpan<char> s)
    {
        return s.Contains("附言", StringComparison.Ordinal) || s.Contains("备注", StringComparison.Ordinal) || s.Contains("留言", StringComparison.Ordinal)
            || s.Contains("说明", StringComparison.Ordinal) || s.Contains("祝福语", StringComparison.Ordinal) || s.Contains("memo", StringComparison.Ordinal)
            || s.Contains("note", StringComparison.Ordinal) || s.Contains("reference", StringComparison.Ordinal);
    }

    /// <summary>
    /// Where tiny sums are sent with a note to others' accounts for the recruiter: a tiny sum and a note field close together, the
    /// principal covered by the recruiter or the sender paid per transfer, and the recipients strangers or a list given, or an advert
    /// in the note — none refused in its clause.
    /// </summary>
    public static IEnumerable<(int First, int Last)> PennyAdverts(PatternContext c)
    {
        var s = UnaskedReadings.Folded(c);
        foreach (var penny in TinySum().EnumerateMatches(s))
        {
            var (start, end) = (penny.Index, penny.Index + penny.Length);
            if (!RegistrationLentReadings.Within(c, s, NoteField(), start, end, NoteReach)
                || !RegistrationLentReadings.Within(c, s, SenderCovered(), start, end, PennyReach)
                || !(RegistrationLentReadings.Within(c, s, OthersListed(), start, end, PennyReach) || RegistrationLentReadings.Within(c, s, AdvertInNote(), start, end, PennyReach)))
            {
                continue;
            }

            return IdentityAndAdReadings.AnchorNear(c, start, end, QuoteReach);
        }

        return [];
    }

    // Money reaching the reader: sent, wired or put into the reader's card or account (打到你卡上, 转进你的, 先转你, 汇给您; we wire the
    // funds to your account, deposited into your account).
    [GeneratedRegex("(?:打|转|汇|存|充|划|发)(?:到|进|入|给)?(?:你|您)(?!们)|(?:先|会)(?:打|转)(?:给)?(?:你|您)"
        + "|(?:wire|send|deposit|transfer|put|load)(?:s|ed)?(?:the)?(?:money|funds|cash|payments?)?(?:into|to|in)your", RegexOptions.CultureInvariant)]
    private static partial Regex ArrivesWithReader();

    // Paid on to those who sell goods or services, or settled on the spot (扫码付给农户, 转付给茶农, 当场结清, pay the farmers on the
    // spot, pay the sellers).
    [GeneratedRegex("(?:付|转|打|结|扫码|支付)[^。\\n]{0,3}?(?:农户|农民|茶农|果农|菜农|药农|渔民|牧民|村民|老乡|卖家|卖主|商家|商户|摊主|档口|供应商|供货商|货主|厂家|一家家|每家|回收点)"
        + "|(?:当场|马上|现场|立刻|立即|当面)(?:扫码|转账)?(?:付款|结清|结账|结算|付钱|付清)"
        + "|pay(?:s|ing)?(?:the|each|every|local)?(?:farmers?|growers?|sellers?|vendors?|suppliers?|dealers?|stalls?|shops?)|payonthespot", RegexOptions.CultureInvariant)]
    private static partial Regex PaidToSellers();

    // Pay by the sum moved (每付一万给你200, 每收1w提300, 按流水1%提成, 2% of every $10,000, per 10k you pay out); a quantity of goods
    // after the sum (每收一万斤) is a buyer's piece rate, not money moved.
    [GeneratedRegex("每(?:付|收|转|打|走|过|经手|代付)(?:款|出|出去)?(?:一|1|壹|弌)?(?:万|w|千|k)(?!斤|公斤|件|个|箱|吨|单|张|份|只|头|株|棵|米|块砖)"
        + "|(?:流水|金额|货款|付款额|转账额)的?[0-9.]+%|(?:[0-9.]+%|百分之[一二三四五1-5])(?:的)?(?:流水|提成|佣金)"
        + "|[0-9.]+%of(?:every|each|the|all)[a-z$0-9,]{0,24}(?:paid|moved|sent|transferred|youpay|youmove)|(?:per|every|each)\\$?10(?:,?000|k)(?:you)?(?:paid|pay|moved|move|sent)", RegexOptions.CultureInvariant)]
    private static partial Regex PayPerSumMoved();

    // Whose money it is kept from view (打款人每次不一样, 转账的都是陌生名字, 钱是谁打的别问, 来路不用管, the sender changes every time).
    [GeneratedRegex("(?:打款人|转账人|汇款人|付款人|打款的|转账的|汇款的|钱|款|货款|来路|谁打|谁转)[^。\\n]{0,6}?(?:别问|不用管|不要问|不用问|别管|不要管|不一样|都不同|陌生)"
        + "|(?:whosemoney|wherethemoneycomesfrom|whosends(?:it)?|thesender)[a-z]{0,20}(?:dontask|doesntmatter|changes|nevermind)", RegexOptions.CultureInvariant)]
    private static partial Regex SourceHidden();

    // A tiny sum: a cent or a few (0.01元, 0.1元, 一分钱, 一毛钱, 1分钱, 零点零一, one cent, a penny, $0.01). The normaliser drops the
    // decimal point (0.01 reads 001, 0.1 reads 01, 零.5 reads 零5), so a sum that opens with a zero is read as a fraction of a yuan.
    [GeneratedRegex("(?<![0-9])00?[1-9](?![0-9])|(?:一|1|壹|弌|几)分(?:钱|qian)|一毛钱|零点零[一1]|零0?[1-9](?![0-9])|onecent|apenny|pennies|1cent", RegexOptions.CultureInvariant)]
    private static partial Regex TinySum();

    // A transfer's note field (附言, 备注, 留言, 转账说明, 祝福语, memo, the note, reference).
    [GeneratedRegex("附言|备注|留言|转账说明|祝福语|memo|note|reference", RegexOptions.CultureInvariant)]
    private static partial Regex NoteField();

    // The sender's money made good by the recruiter (本金我们出, 打出去的钱我们报销, 钱先转你, we cover the cents) or the sender paid per
    // transfer (报酬：每笔, 一笔给你, paid per transfer).
    [GeneratedRegex("本金|(?:钱|款)(?:我们|我|老板)?(?:出|报销|先转)|(?:我们|我)(?:报销|出钱|先转你|先转给你|垫)|(?:报酬|工资|佣金|给你|赚|提成)[^。\\n]{0,2}(?:每|一)笔"
        + "|wecover|wereimburse|(?:paid|pay|earn)[a-z0-9$.]{0,12}per(?:transfer|payment|send)", RegexOptions.CultureInvariant)]
    private static partial Regex SenderCovered();

    // The recipients are strangers or a list the recruiter gives (表格里的账户, 我们给的名单, 对方不认识你, 几百个账户, the list we send).
    [GeneratedRegex("表格|名单|清单|我们给的|陌生|不认识|几百个|[0-9]{3}个|三四百|几百笔|strangers|thelist|ourlist|alist", RegexOptions.CultureInvariant)]
    private static partial Regex OthersListed();

    // An advert in the note: a contact, a group, a link or copy the recruiter writes (加V, 进群, 加微, 链接, 文案, 广告, add us on).
    [GeneratedRegex("加v|进群|加微|加群|加q|链接|网址|二维码|群号|文案|广告|联系方式|addus|joinour|link|url|ourtelegram|ourgroup", RegexOptions.CultureInvariant)]
    private static partial Regex AdvertInNote();
}
