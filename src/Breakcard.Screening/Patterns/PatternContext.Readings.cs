using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Patterns;

// Readings that correct what a term means in its place (ADRs 233, 244, 260): a date is not daily pay, help for a served
// person is not acting on someone's behalf.
public sealed partial class PatternContext
{
    private bool _helpsServedPerson;

    /// <summary>
    /// The text's terms with two readings corrected (ADR 233): a disguised pay word that is a date in plain
    /// writing (次月10日转入 is not 日赚) carries no concept, and 帮/代 followed by a served person or by 你
    /// (帮老人操作, 帮你约) is help for that person, not acting on someone's behalf with money — unless money
    /// moves right after (帮你做流水, 帮客户收款).
    /// </summary>
    private IReadOnlyList<TermMatch> Adjusted(NormalisedText text)
    {
        TermMatch[]? copy = null;
        var terms = text.Terms;
        var s = text.Text;
        for (var i = 0; i < terms.Count; i++)
        {
            var t = terms[i];
            var concepts = t.Concepts;
            if (t.Fold.IsDisguise() && t.Has(Concept.DailyPay | Concept.EasyMoney) && t.Start > 0 && char.IsAsciiDigit(s[t.Start - 1]) && s[t.Start] is '日' or '月' or '号')
            {
                concepts = Concept.None;
            }
            else if (t.Has(Concept.OnBehalf) && !t.Has(Concept.CollectMoney | Concept.Settlement | Concept.SettlementAmbiguous)
                && ((t.End < s.Length && s[t.End] is '你' or '您' && (t.End + 1 >= s.Length || s[t.End + 1] != '的'))
                    || (i + 1 < terms.Count && terms[i + 1].Start == t.End && terms[i + 1].Has(Concept.ServedPerson)))
                && !MovesMoneyRightAfter(terms, i))
            {
                concepts &= ~Concept.OnBehalf;
                _helpsServedPerson = true;
            }

            if (concepts != t.Concepts)
            {
                copy ??= [.. terms];
                copy[i] = t with { Term = new LexiconTerm(t.Term.Text, concepts) };
            }
        }

        return copy ?? terms;
    }

    // 帮你做流水, 帮客户收款: the help is moving money, so it stays acting on someone's behalf.
    private static bool MovesMoneyRightAfter(IReadOnlyList<TermMatch> terms, int i)
    {
        const Concept money = Concept.MoneyFlow | Concept.CollectMoney | Concept.Settlement | Concept.SettlementAmbiguous
            | Concept.Inflow | Concept.Outflow | Concept.CashWithdrawal | Concept.Conversion;
        for (var k = i + 1; k < terms.Count && terms[k].Start - terms[i].End <= 5; k++)
        {
            if (terms[k].Has(money))
            {
                return true;
            }
        }

        return false;
    }
}
