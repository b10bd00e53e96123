using System.Text.RegularExpressions;
using Breakcard.Screening.Lexicon;

namespace Breakcard.Screening.Patterns;

// ADR 369: a counter's takings. A cashier who scans customers' codes at the employer's till and whose money is banked
// in the employer's own account (货款每晚存入店里账户, takings are paid into the shop's account) receives payments for
// the employer: that is the job, not collecting for strangers and passing it on. What makes collection the conduct of
// Art. 287-2 is the reader's own instrument (你的收款码, 个人微信, your own account) receiving it for someone else, or the
// money sent on (转到指定的卡, 转给我们) — either keeps the reading off, so a shop's till fed with strangers' codes and
// emptied into the gang's card stays what it is.
public sealed partial class PatternContext
{
    // Money sent on, settlement, codes received for others or control handed over: takings with any of these are not
    // just takings (the job's pay reading's list, with 代收 and its kin, since collecting on another's behalf is the act).
    private const Concept TakingsExcluded = OnwardMoney | Concept.SettlementAmbiguous;

    /// <summary>
    /// True when money received in the text is banked in the employer's own account (存入店里账户, 结算到公司账户, paid into
    /// the shop's account), nothing in it sends money on or names settlement, and no instrument of the reader's own (你的,
    /// 你名下, 个人微信, your) receives it: payments taken for the employer at its counter (ADR 369). Such money is neither
    /// collected and forwarded for others nor received through a lent account.
    /// </summary>
    /// <remarks>Read by a few rules only, so computed on first use (two whole-text regexes; ADR 382).</remarks>
    public bool IsEmployerTakings => _employerTakings ??= ComputeEmployerTakings();

    private bool? _employerTakings;

    private bool ComputeEmployerTakings()
    {
        if (!Has(Concept.CollectMoney | Concept.MoneyFlow | Concept.Inflow | Concept.Conversion) || LiveHas(TakingsExcluded))
        {
            return false;
        }

        var s = Text.Text;
        if (!IntoEmployerAccount().IsMatch(s) || PersonalInstrument().IsMatch(s))
        {
            return false;
        }

        for (var k = 0; k < Terms.Count; k++)
        {
            if (!_negated[k] && Terms[k].Has(Concept.Possessive) && !IsPayersOwn(k))
            {
                return false;
            }
        }

        return true;
    }

    // 本人 and 自己的 after the payer (顾客本人, 让客人打开自己手机上的付款码, 当面本人出示) or before what a payer shows and pays
    // with (本人出示的码, 本人手机上的支付码) are the payer's, not the reader's; every other possessive (你的, 你名下, 个人账户,
    // your) is the reader's.
    private bool IsPayersOwn(int k)
    {
        var term = Terms[k].Term.Text;
        if (term is not ("本人" or "自己的"))
        {
            return false;
        }

        var s = Text.Text;
        var from = Math.Max(0, Terms[k].Start - 6);
        return Payer().IsMatch(s.AsSpan(from, Terms[k].Start - from)) || PayersCode().IsMatch(s.AsSpan(Terms[k].End));
    }

    // What the payer shows or pays with, right after 本人 (出示的码, 手机上的付款码): a code to pay with, not one to receive into.
    [GeneratedRegex(@"^(?:出示|亮出|手机上(?:的)?(?:付款码|支付码|码)|(?:的)?(?:付款码|支付码))", RegexOptions.CultureInvariant)]
    private static partial Regex PayersCode();

    // A deposit or settlement landing in the employer's own account, on normalised text (spaces and punctuation gone).
    [GeneratedRegex(@"(?:存入|存进|存到|结算到|结到|打到|打入|转到|转入|交到|缴到|缴入|汇入|汇到|上交到)(?:店里|本店|门店|公司|单位|店铺|商户|商家|机构)(?:的)?(?:对公)?(?:账户|账号|户头|对公户|公户)|(?:into|to|in)(?:the)?(?:shop|store|company|business|employer|restaurant|cafe)(?:'?s)?(?:own)?(?:bank)?account", RegexOptions.CultureInvariant)]
    private static partial Regex IntoEmployerAccount();

    // A personal wallet, code or card named for receiving (个人收款码, 私人微信, personal account): collecting through it for
    // the employer is still collecting through one's own account.
    [GeneratedRegex(@"(?:个人|私人|私下)(?:的)?(?:收款码|二维码|微信|支付宝|账户|账号|银行卡|卡|码)|personal(?:bank|payment)?(?:account|wallet|qrcode|code|card)", RegexOptions.CultureInvariant)]
    private static partial Regex PersonalInstrument();

    [GeneratedRegex(@"顾客|客人|客户|付款人|付款方|买家|当面|customer|payer|buyer", RegexOptions.CultureInvariant)]
    private static partial Regex Payer();
}
