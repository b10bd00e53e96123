using System.Text.RegularExpressions;
using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

// ADR 369: verification codes handled for one's own principal. An executive assistant who runs a manager's mailbox and
// calendar receives the codes the manager's OWN accounts send and hands them back to the manager: the account and the code
// stay with their holder, inside the job. The conduct of Anti-Fraud Law Art. 31 is the other way round — codes received on
// the reader's own number or account and passed to people who are not the holder (buyers, "us"), usually paid per code.
internal static partial class PrincipalCodes
{
    // What makes the codes someone else's business: a trade or a unit price, a lure, money or codes sent on to others, a
    // buyer or a stranger, or the reader's own number or account receiving them.
    private const Concept NotThePrincipals = Concept.TradeUnit | Concept.Sell | Concept.Buy | Concept.RentOut | Concept.Purchase
        | Concept.DailyPay | Concept.EasyMoney | Concept.ForwardTarget | Concept.Outflow | Concept.Settlement | Concept.Secrecy
        | Concept.EncryptedContact | Concept.Reassurance;

    /// <summary>
    /// True when the text's verification codes come from its principal's own accounts (总经理本人的账号, the director's own
    /// accounts) and go back to that principal, with nothing traded, paid per code, sent on to others or received on the
    /// reader's own number: codes handled for one's employer, not SMS codes passed to strangers (ADR 369).
    /// </summary>
    internal static bool CodesStayWithPrincipal(PatternContext c)
    {
        if (c.LiveHas(NotThePrincipals))
        {
            return false;
        }

        var s = c.Text.Text;
        if (!PrincipalsOwnAccount().IsMatch(s) || Strangers().IsMatch(s))
        {
            return false;
        }

        // Every possessive must be the principal's (总经理本人, the director's own), none the reader's (你的手机号, your own number).
        foreach (var t in c.Terms)
        {
            if (t.Has(Concept.Possessive) && (ReadersMarker().IsMatch(t.Term.Text) || t.Has(Concept.PhoneCard | Concept.BankCard | Concept.PaymentAccount)))
            {
                return false;
            }
        }

        return true;
    }

    // A principal of the reader's (a manager, a dean, a professor) followed by "own" and an account, mailbox or phone.
    [GeneratedRegex(@"(?:总经理|副总|经理|领导|主管|院长|校长|主任|教授|导师|董事长|总监|老师|director|manager|dean|professor|executive|ceo|supervisor|principal)(?:的)?(?:本人|自己|'?sown|sown|own)(?:的)?(?:登录)?(?:账号|账户|邮箱|手机|号码|accounts?|mailbox|phone|email|login)", RegexOptions.CultureInvariant)]
    private static partial Regex PrincipalsOwnAccount();

    // Codes or accounts passed to people who are not the holder.
    [GeneratedRegex(@"买家|客户|别人|他人|陌生人|对接人|上家|buyers?|clients?|customers?|strangers?|others|anyone", RegexOptions.CultureInvariant)]
    private static partial Regex Strangers();

    [GeneratedRegex(@"你|您|your|个人|personal", RegexOptions.CultureInvariant)]
    private static partial Regex ReadersMarker();
}
