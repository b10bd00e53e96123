using System.Text.RegularExpressions;
using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

// ADR 385: money paid straight into the principal's own account. An agent who manages a landlord's listing, a client's
// shop or an owner's bookings and writes that the payouts go only to the owner's own account (收款只打到房东本人账户,
// payouts go to the owner's own bank account) never holds the money: nothing is received through the reader's account and
// nothing is passed on, which is what Art. 287-2's payment settlement needs. ADR 369 read the same of a shop's takings
// banked in the shop's own account; this reads it of the person the work is done for.
public sealed partial class PatternContext
{
    private byte _principalPaidDirect; // 0 not yet read, 1 yes, 2 no: read once, only when a collection reading asks

    /// <summary>
    /// True when the money the text names is paid straight into the principal's own account (房东本人账户, the owner's own
    /// bank account, stays with the owner), no instrument of the reader's receives it (你的, 个人收款码, your account) and
    /// nothing is sent on (ADR 385).
    /// </summary>
    public bool PaysPrincipalDirect
    {
        get
        {
            if (_principalPaidDirect == 0)
            {
                var s = Text.Text;
                var direct = !LiveHas(OnwardMoney) && IntoPrincipalsOwn().IsMatch(s) && !ReadersReceiving().IsMatch(s) && !PersonalInstrument().IsMatch(s);
                _principalPaidDirect = direct ? (byte)1 : (byte)2;
            }

            return _principalPaidDirect == 1;
        }
    }

    // The principal (owner, landlord, host, client, seller, 房东, 业主, 委托人, 店主, 卖家) and its own account, on normalised text.
    [GeneratedRegex("(?:房东|业主|委托人|货主|店主|卖家|雇主)(?:本人|自己)(?:的)?(?:银行)?(?:账户|账号|卡|户头)"
        + "|(?:owner|landlord|host|client|principal|seller)s?own(?:bank)?(?:account|card)|stay(?:s)?with(?:the)?(?:owner|landlord|host|client)", RegexOptions.CultureInvariant)]
    private static partial Regex IntoPrincipalsOwn();

    // The reader's own instrument named for receiving (你的收款码, 你名下的卡, your account, your WeChat).
    [GeneratedRegex("你(?:的|名下的?|自己的?)(?:收款码|二维码|微信|支付宝|账户|账号|银行卡|卡)|your(?:own)?(?:personal)?(?:bank)?(?:account|card|wallet|wechat|alipay|qrcode|paymentcode)", RegexOptions.CultureInvariant)]
    private static partial Regex ReadersReceiving();
}
