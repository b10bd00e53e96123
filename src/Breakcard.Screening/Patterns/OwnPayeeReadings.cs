using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

/// <summary>
/// Whose money lands in whose account (ADR 425): payer → payee → onward. A fee or wage the employer pays into the reader's own
/// account (£150 per video, paid by bank transfer to your own account; 稿费打到你本人银行卡; 每单佣金转入您本人账户) is the
/// reader's pay, not money collected through the account: collecting is third parties' money (customers', players', "clients'")
/// entering it and being passed on. ADR 205 read the reader's own card between the two money words (转到你自己的卡上); this reads
/// it as the payee right after the verb that moves the money (打到 → 本人银行卡, transfer to → your own account), only where no one
/// but the employer is named as paying and nothing is sent on (the caller's guard).
/// </summary>
internal static class OwnPayeeReadings
{
    // Characters allowed between the verb that moves the money and the reader's own (打到你本人: 你; transfer to ur own: to).
    private const int PayeeGap = 3;

    // Third parties named as paying in: their money entering the reader's account is collecting, whoever the payee is.
    private static readonly string[] OthersPaying =
        ["客户", "顾客", "客人", "买家", "玩家", "会员", "别人", "他人", "陌生人", "对方", "商家", "老板的", "customer", "client", "buyer",
         "player", "sender", "stranger", "someoneelse", "others"];

    /// <summary>
    /// True when the money moved by the term at <paramref name="flow"/> lands in the reader's own account — a possessive
    /// (本人, 你的, your own) within a few characters after it — and no third party is named anywhere as paying the money in.
    /// </summary>
    public static bool LandsInReadersOwn(PatternContext c, int flow)
    {
        var terms = c.Terms;
        var end = terms[flow].End;
        if (flow + 1 >= terms.Count || !terms[flow + 1].Has(Concept.Possessive) || terms[flow + 1].Start - end > PayeeGap)
        {
            return false;
        }

        var s = c.Text.Text;
        foreach (var payer in OthersPaying)
        {
            if (s.Contains(payer, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
