using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

// ADR 458: a business's own check list refuses money from others — 不收陌生人代付, 不接受第三方转账, 不收他人代付 — as a dealer's
// purchase confirmation does when the buyer must pay from their own card. The plain negators negate only the acts ADR 365 names, and
// 不收 is a decoy (it buys nothing), so the payment word after the refusal and the stranger was read as the poster's own 代付. A refusal
// of receiving, with a third party or nothing between it and the payment word in its clause, refuses that payment: it is not offered.
public sealed partial class PatternContext
{
    // Payment words a refusal of receiving can take as its object.
    private const Concept RefusablePayments = Concept.Settlement | Concept.SettlementAmbiguous | Concept.MoneyFlow | Concept.CollectMoney | Concept.Inflow;

    // Refusals of receiving, as normalised (simplified, no spaces).
    private static readonly string[] ReceiptRefusals = ["不收", "不接受", "不接收", "不收取", "拒收", "拒绝", "谢绝", "恕不接受"];

    // Whose payment is refused: a third party, or a stranger (陌生人代付, 第三方转账, 他人汇款).
    private static readonly string[] PayingOthers = ["陌生人", "第三方", "他人", "别人", "外人", "非本人", "任何人", "其他人"];

    /// <summary>Negates each payment word right after a refusal of receiving, a paying third party between or none (ADR 458).</summary>
    private void NegateRefusedPayments(bool[] negated)
    {
        if (!Has(RefusablePayments))
        {
            return;
        }

        var s = Text.Text;
        for (var k = 0; k < Terms.Count; k++)
        {
            var t = Terms[k];
            var from = !negated[k] && t.Has(RefusablePayments) && t.Start < s.Length ? RefusedFrom(s, t.Start) : -1;
            if (from < 0)
            {
                continue;
            }

            negated[k] = true;
            // The payer the refusal names (陌生人 in 不收陌生人代付) is refused with it: no stranger is served (ADR 469).
            for (var j = k - 1; j >= 0 && Terms[j].Start >= from; j--)
            {
                negated[j] = true;
            }
        }
    }

    // Where the refusal of the payment word at `at` starts, or −1 when nothing refuses it.
    private int RefusedFrom(string s, int at)
    {
        var before = at;
        foreach (var who in PayingOthers)
        {
            if (EndsAt(s, before, who) && _clause[before - who.Length] == _clause[at])
            {
                before -= who.Length;
                break;
            }
        }

        foreach (var refusal in ReceiptRefusals)
        {
            if (EndsAt(s, before, refusal) && _clause[before - refusal.Length] == _clause[at])
            {
                return before - refusal.Length;
            }
        }

        return -1;
    }
}
