using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 383, on hand-written sentences that come from no simulator template: whose account a payment comes from (票款只收…对公账户
/// takes a fare, 高价收对公账户 buys the account), a tool refused with the verb that sets it up between (不安装远程控制、屏幕共享类软件)
/// or kept on by a refused ending (别关屏幕共享), a recording word read across punctuation (通讯录，音量), and premises lent: a
/// nominee of a lease (挂名租客) or broadband in the reader's name whose use is left unasked — technical support, no company.
/// </summary>
public sealed class HonestDeskReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("订票专员，每单提成20元：票款只收乘客本人或单位对公账户，退款原路退回。", "corporate-account")]
    [InlineData("Booking clerk, RMB 20 per order: 货款统一收客户单位对公账户，不收现金。", "corporate-account")]
    [InlineData("手机店送货，每单提成30元：不安装远程控制、屏幕共享类软件，旧手机留给客户。", "remote-control")]
    [InlineData("上门安装员，每单30元：禁止下载屏幕共享软件，密码由客户本人输入。", "remote-control")]
    [InlineData("上门服务，每单提成30元：导通讯录，音量调大，登录客户自己的APP，验证码由本人输入。", "biometric-sale")]
    [InlineData("找挂名租客：用你身份证签一套公寓，房租我们出，每月800元。", "corporate-account")]
    [InlineData("公寓招租，月租2600元：合同你本人签，宽带以你名义办，门锁密码只给你本人，有问题找管家。", "technical-support")]
    [InlineData("本公寓不接受挂名租客，月租2600元，合同须本人签并入住。", "technical-support")]
    public void HonestOrOtherConduct_IsNotRead(string text, string pattern) => Assert.False(Live(Match(text), pattern));

    [Theory]
    [InlineData("长期高价收单位对公账户，每户3000元，用来走票款。", "corporate-account")]
    [InlineData("现金收对公户，一户5000元，当天结。", "corporate-account")]
    [InlineData("不收押金，收对公账户，一户5000元，当天结。", "corporate-account")]
    [InlineData("招挂名法人：注册公司开对公户，每月800元。", "corporate-account")]
    [InlineData("跑腿送手机，每单300元：到了帮老人安装会议软件，帮他打开屏幕共享再走。", "remote-control")]
    [InlineData("跑腿送手机，每单500元：到了帮她插卡开机，叮嘱她别关屏幕共享，对方是谁别问。", "remote-control")]
    [InlineData("录音兼职，每条30元：按稿子录音，读“我是本人”和验证码，用途别问。", "biometric-sale")]
    [InlineData("录音兼职，每条30元：按稿子录\n音，读“同意这笔转账”，用途别问。", "biometric-sale")]
    [InlineData("找挂名租客：用你身份证签一套公寓，房租我们出，每月800元。", "technical-support")]
    [InlineData("副业每月900元：宽带以沵名义开通，钥匙放前台给他们拿，沵不用住，押金房租都由我们转给房东，续租也由我们办，他们在屋里干啥芣甪管。", "technical-support")]
    [InlineData("兼职每月800元：合同你本人签，宽带以你名义办。门锁密码交给我们的人，你不用住，也不用去看房，物业和房东都由我们对接，押金房租每月初转给你，合同到期我们续签，你按时转交房租就行，屋里做什么别问。", "technical-support")]
    public void TheAct_StaysLive(string text, string pattern) => Assert.True(Live(Match(text), pattern));
}
