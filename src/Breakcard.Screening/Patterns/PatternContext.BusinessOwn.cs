using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

// ADR 444: a business paid into its own account for its own sale. A shop's pick-up slip (收款：客户对公转账汇款一笔，户名与订货单位一致),
// a travel agency's route sheet (团费客人线上付给旅行社对公收款), a supermarket's notice (收款码是超市自己的，钱直接进公司对公账户) receive the
// money through the business's corporate account or its own code: the reader's own account receives nothing, and where the text names
// collecting for others at all it refuses it (本店不接“代收陌生人转账”的单子). Collect-and-forward under Art. 287-2 needs an account of the
// reader's (or a stranger's) receiving money that is not its holder's and passing it on — so such a collection is not it. The same words
// with the reader's own account receiving (对公转账到你个人卡上), with strangers' money or an onward target standing (陌生人转账, 转给我们指定的
// 账户) or with the shop named as the reader's (你的烟酒店, 你开的店) stay read. Read only for a collection pair already found.
public sealed partial class PatternContext
{
    // The business's own receiving means, on the normalised text (simplified, lower case, no spaces): the corporate account or transfer
    // (对公: 对公转账, 对公收款, 对公账户), a business's code or account (门店的收款码, 超市自己的收款码, 本店账户), and in English a business,
    // company or store account. Read within the collection's reach only.
    private static readonly string[] BusinessReceivers = ["对公", "公户", "基本户", "businessaccount", "companyaccount", "corporateaccount", "merchantaccount"];

    // A business that owns the code or account named right after it (门店收款码, 超市自己的收款码, 本店账户; the store's own account).
    private static readonly string[] Businesses =
        ["本店", "门店", "店里", "店铺", "超市", "商场", "公司", "单位", "合作社", "社里", "旅行社", "酒店", "餐厅", "药店", "医院", "学校", "机构", "商家",
         "store", "shop", "company", "business", "restaurant", "pharmacy"];

    private static readonly string[] BusinessMeans = ["收款码", "二维码", "账户", "账号", "户头", "account", "qrcode", "code", "till"];

    // Between a business and its means: an owner's mark and nothing else (的, 自己的, 官方, 's own, own).
    private static readonly string[] OwnerMarks = ["自己的", "官方的", "官方", "的", "自己", "'sown", "sown", "own", "'s", "s", ""];

    // The reader or the recruiter in the collection's reach — as the shop's owner (你的店, 你开的), the payee (打到你卡上), the one who sends
    // it on (你再转给) or the onward account (我们指定的账户): the money then passes through the reader's hands or name (your account).
    private static readonly string[] ReaderOrRecruiterWords = ["你", "您", "我们", "指定", "上家", "对接人", "you"];

    // A negator right before the reader (不经你个人手, 不用你个人微信, never yours): the reader's account named as not used.
    private static readonly string[] ReaderDenials = ["不", "没", "无", "非"];

    private static readonly string[] EnglishReaderDenials = ["never", "not"];

    // How far before the first term and after the last the business's means may stand (收款：客户对公转账; 钱直接进公司对公账户).
    private const int ReceiverReach = 12;

    /// <summary>
    /// True when collection pair <paramref name="i"/>–<paramref name="j"/> is a business paid into its own account for its own sale
    /// (ADR 444): the business's corporate account, transfer or own code named within reach in the pair's sentences; no term that collects
    /// for others or sends money on standing anywhere in the text (refused ones, 不接代收陌生人转账, do not count); and no "your" or "your
    /// shop" in that reach (对公转账到你个人卡上, 你的烟酒店的对公账户).
    /// </summary>
    internal bool IsBusinessOwnReceipt(int i, int j)
    {
        if (LiveHas(Concept.OnBehalf | Concept.ForwardTarget | Concept.Outflow))
        {
            return false;
        }

        var s = Text.Text;
        // A term past the folded text's end (the rules guard for it elsewhere too) is not read: no input may throw here.
        if (Terms[i].Start >= s.Length || Terms[j].End > s.Length || Terms[j].End < Terms[i].Start)
        {
            return false;
        }

        var from = Terms[i].Start;
        var to = Terms[j].End;
        while (from > 0 && Terms[i].Start - from < ReceiverReach && !Text.SentenceBreakBefore(from))
        {
            from--;
        }

        while (to < s.Length && to - Terms[j].End < ReceiverReach && !Text.SentenceBreakBefore(to))
        {
            to++;
        }

        var span = s.AsSpan(from, to - from);
        return !NamesReaderOrRecruiter(span) && (NamesAny(span, BusinessReceivers) || NamesBusinessMeans(span) || OwnedByBusiness(span));
    }

    // The means said to be the business's after it (收款码是超市自己的, 码都是门店的; the code is the store's own).
    private static bool OwnedByBusiness(ReadOnlySpan<char> span)
    {
        foreach (var copula in OwnershipCopulas)
        {
            for (var at = span.IndexOf(copula, StringComparison.Ordinal); at >= 0;)
            {
                var rest = span[(at + copula.Length)..];
                foreach (var business in Businesses)
                {
                    if (rest.StartsWith(business, StringComparison.Ordinal) && StartsWithAny(rest[business.Length..], OwnedMarks))
                    {
                        return true;
                    }
                }

                var next = span[(at + 1)..].IndexOf(copula, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        return false;
    }

    private static readonly string[] OwnershipCopulas = ["是", "归", "isthe", "belongstothe", "goestothe", "gotothe", "intothe"];

    private static readonly string[] OwnedMarks = ["自己的", "的", "官方", "所有", "'s", "s", "account", "own"];

    // A reader or recruiter word not denied right before it (不经你个人手 and never yours name the reader's account as unused).
    private static bool NamesReaderOrRecruiter(ReadOnlySpan<char> span)
    {
        foreach (var word in ReaderOrRecruiterWords)
        {
            for (var at = span.IndexOf(word, StringComparison.Ordinal); at >= 0;)
            {
                // 不经你, 不用你个人, 非你: the negator within two characters; never yours, not yours: the English word right before.
                if (!NamesAny(span[Math.Max(0, at - 3)..at], ReaderDenials) && !NamesAny(span[Math.Max(0, at - 5)..at], EnglishReaderDenials))
                {
                    return true;
                }

                var next = span[(at + 1)..].IndexOf(word, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        return false;
    }

    // A business right before its code or account, with at most an owner's mark between (超市自己的收款码, 门店收款码, the store's own account).
    private static bool NamesBusinessMeans(ReadOnlySpan<char> span)
    {
        foreach (var business in Businesses)
        {
            for (var at = span.IndexOf(business, StringComparison.Ordinal); at >= 0;)
            {
                var rest = span[(at + business.Length)..];
                foreach (var mark in OwnerMarks)
                {
                    if (rest.StartsWith(mark, StringComparison.Ordinal) && StartsWithAny(rest[mark.Length..], BusinessMeans))
                    {
                        return true;
                    }
                }

                var next = span[(at + 1)..].IndexOf(business, StringComparison.Ordinal);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        return false;
    }

    /// <summary>
    /// True when a collecting term that is not itself a flow (收款, 收钱) stands unnegated: the text collects money. One the text disclaims
    /// or refuses (不需要你的微信收款, 不用个人收款码收钱) collects nothing, so pay into the reader's own wallet beside it stays pay (ADR 444).
    /// </summary>
    internal bool CollectsLive()
    {
        for (var k = 0; k < Terms.Count; k++)
        {
            if (!_negated[k] && Terms[k].Has(Concept.CollectMoney) && !Terms[k].Has(Concept.MoneyFlow | Concept.Inflow))
            {
                return true;
            }
        }

        return false;
    }

    // A trade verb's character opening a party noun (买家, 卖家, 买方, 卖方, 买主) or a trade verb heading a document (收购发票, 收购凭证,
    // 收购单据, 收购台账): the buyer who scans the device's code and the co-op's purchase invoice buy nothing from anyone (ADR 444).
    private static readonly string[] PartyHeads = ["家", "方", "主"];

    private static readonly string[] Documents = ["发票", "凭证", "单据", "票据", "台账", "记录"];

    /// <summary>
    /// True when term <paramref name="k"/>, a trade verb, is read as part of a noun: the first character of a party noun (买家扫机身二维码:
    /// the buyer scans) or a purchase that heads a document (开收购发票: the purchase invoice is issued) — no card or account is traded (ADR 444).
    /// </summary>
    internal bool IsVerbInNoun(int k)
    {
        var t = Terms[k];
        var s = Text.Text;
        if (!t.Has(Concept.RentOut | Concept.Sell | Concept.Buy | Concept.Purchase) || t.End >= s.Length)
        {
            return false;
        }

        var rest = s.AsSpan(t.End);
        return (t.Length == 1 && t.Term.Text is "买" or "卖" && StartsWithAny(rest, PartyHeads))
            || (t.Term.Text is "收购" or "采购" && StartsWithAny(rest, Documents));
    }

    /// <summary>
    /// A test of a verb–object pair: true when neither term is a trade verb read as part of a noun (ADR 444). Made once per context, and
    /// asked for only by a text holding the object (ADR 382: no delegate on the common path).
    /// </summary>
    internal Func<int, int, bool> NounlessVerbs => _nounlessVerbs ??= (i, j) => !IsVerbInNoun(i) && !IsVerbInNoun(j);

    private Func<int, int, bool>? _nounlessVerbs;
}
