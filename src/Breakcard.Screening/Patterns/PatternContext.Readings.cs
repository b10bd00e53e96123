using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

// Round 10's readings of whose money and whose act (ADR 244): the job's own pay flow is not money moved for
// others, and what a third party could do after a prohibition is the prohibition's reason, not an offer.
public sealed partial class PatternContext
{
    /// <summary>
    /// True when term <paramref name="i"/> is the job's pay itself: a flow verb on a schedule landing in the reader's
    /// own card or account (每周打到你自己的银行卡, 每月转到你本人的卡上) in a text where nothing sends money on.
    /// Such a flow is not evidence of money moved for others (ADR 244): it is how the worker is paid.
    /// </summary>
    internal bool IsPayFlow(int i)
    {
        if (_onwardLive || !Terms[i].Has(Concept.MoneyFlow | Concept.Inflow | Concept.CollectMoney) || _negated[i] || !OnSchedule(Text.Text, Terms[i].Start))
        {
            return false;
        }

        // The flow verb, then "your own" / 本人 / 乙方本人, then the card or account it lands in.
        for (var j = i + 1; j < Terms.Count && Span(Terms[i].End, Terms[j].Start) <= 8; j++)
        {
            if (!Terms[j].Has(Concept.Possessive))
            {
                continue;
            }

            if (Terms[j].Has(Concept.BankCard | Concept.CardGeneric | Concept.PaymentAccount)
                || (j + 1 < Terms.Count && Terms[j + 1].Has(Concept.BankCard | Concept.CardGeneric | Concept.PaymentAccount | Concept.InternetAccount)
                    && Span(Terms[j].End, Terms[j + 1].Start) <= 3))
            {
                return true;
            }
        }

        return LandsInOwnAccount(Text.Text, Terms[i].End);
    }

    // Who a consequence clause is about, and the modal that makes it a consequence (他人能用您的号, 对方可以, they can).
    private static readonly string[] ThirdParties = ["他人", "对方", "别人", "陌生人", "骗子", "不法分子", "犯罪分子", "others", "they", "scammers", "criminals"];
    private static readonly string[] Modals = ["能", "可", "会", "就", "便", "将", "can", "could", "will", "may", "would"];

    /// <summary>
    /// Negates the clause right after a prohibition when it says what a third party could then do (切勿给他人设备绑定eSIM，
    /// 他人能用您的号收短信): the reason for the prohibition, not an offer (ADR 244). Only in a text that pays nothing,
    /// since a recruiter writes 不要怕，对方会把钱打给你 too.
    /// </summary>
    private void NegateConsequences(bool[] negated)
    {
        var s = Text.Text;
        for (var c = 0; c < Terms.Count; c++)
        {
            if (!Terms[c].Has(Concept.WarningCue) || Terms[c].End >= s.Length)
            {
                continue;
            }

            var clause = _clause[Terms[c].Start];
            var governs = false;
            for (var k = c + 1; k < Terms.Count && Terms[k].Start < s.Length && _clause[Terms[k].Start] == clause; k++)
            {
                governs |= negated[k];
            }

            var next = Terms[c].End;
            while (next < s.Length && _clause[next] == clause)
            {
                next++;
            }

            if (!governs || next >= s.Length || _sentence[next] != _sentence[Terms[c].Start] || !StartsWithThirdPartyModal(s, next))
            {
                continue;
            }

            for (var k = c + 1; k < Terms.Count && Terms[k].Start < s.Length && _clause[Terms[k].Start] <= clause + 1; k++)
            {
                if (_clause[Terms[k].Start] == clause + 1)
                {
                    negated[k] = true;
                    ProhibitsConduct = true;
                }
            }
        }
    }

    private static bool StartsWithThirdPartyModal(string s, int at)
    {
        foreach (var who in ThirdParties)
        {
            if (string.CompareOrdinal(s, at, who, 0, who.Length) != 0)
            {
                continue;
            }

            var after = at + who.Length;
            foreach (var modal in Modals)
            {
                for (var gap = 0; gap <= 2 && after + gap < s.Length; gap++)
                {
                    if (string.CompareOrdinal(s, after + gap, modal, 0, modal.Length) == 0)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
