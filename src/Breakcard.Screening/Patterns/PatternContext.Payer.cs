using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

// ADR 383: whose account money comes from. A ticket desk's rules say whom it takes fares from — 票款只收乘客本人或单位对公账户,
// fares only from the passenger's own card or the company's corporate account — where a buyer of accounts writes 高价收对公账户.
// A named payment (票款, 货款, 房租, 学费, 押金 …) right before 收, with at most a restricting word between (只, 仅, 均, 一律),
// is the payment received, and the account after it is the payer's: 收 is taking a payment, not buying the account. Cash is no
// such payment (现金收对公户 is buying for cash), nor a price (高价收).
public sealed partial class PatternContext
{
    // Payments a business takes from its customers, named before the verb that takes them.
    private static readonly string[] NamedPayments = ["票款", "货款", "房租", "租金", "学费", "费用", "押金", "车费", "运费", "保费", "会费", "款项"];

    // Words that restrict whom the payment is taken from: 只收, 仅收, 均收, 一律收, 统一收.
    private static readonly string[] Restrictions = ["只能", "只", "仅限", "仅", "均", "一律", "统一", "都"];

    private static bool BreakBefore(NormalisedText text, int at) =>
        at < text.Text.Length && (text.ClauseBreakBefore(at) || text.SentenceBreakBefore(at));

    /// <summary>收 right after a named payment (票款只收…, 货款统一收…) takes the payment from the account that follows; it buys nothing.</summary>
    private static Concept ReadPayer(NormalisedText text, TermMatch t, Concept concepts)
    {
        // The concept bits first: most terms buy nothing, and the string is compared only for those that do.
        if ((concepts & (Concept.Buy | Concept.Purchase)) == 0 || t.Term.Text != "收")
        {
            return concepts;
        }

        var s = text.Text;
        var at = t.Start;
        foreach (var r in Restrictions)
        {
            if (at >= r.Length && string.CompareOrdinal(s, at - r.Length, r, 0, r.Length) == 0 && !BreakBefore(text, at))
            {
                at -= r.Length;
                break;
            }
        }

        // The payment in the same clause: 不收押金，收对公账户 names a deposit it does not take, then buys an account.
        return !BreakBefore(text, at) && EndsWithAny(s, at, NamedPayments) ? concepts & ~(Concept.Buy | Concept.Purchase) : concepts;
    }
}
