using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 417, on hand-written sentences that come from no simulator template: technical support or one's own accounts put at a
/// stranger's service — someone else's login page copied with what visitors type captured, one's own mailboxes sending a
/// stranger's mail to a bought list, one's own meeting account hosting a stranger's sessions — for pay, with who is served kept
/// from view; against honest work of the same shape and against the offer with one of its parts missing. Read as
/// <c>service-for-strangers</c>. Also a 5G message card, which is no bank card.
/// </summary>
public sealed class StrangersServedReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m) => m.Hits.Any(h => h.Pattern.Id == "service-for-strangers" && !h.Negated);

    [Theory]
    // 扒站: an exchange's login page copied whole, logins into our back end, the source deleted.
    [InlineData("扒站私活：把某交易所的登录页整站扒下来，一比一还原，客户输的账号、密码、谷歌验证码全部进我们后台，一个站2000，用途别问，做完源码删干净。")]
    // 钓鱼页: a bank's online-banking page made identical, the back end collecting, domains supplied, paid in USDT.
    [InlineData("钓鱼页外包：做个跟某银行网银一模一样的登录界面，后台收数据，域名我们提供，一套三千U结。")]
    // A city's social-security portal copied, what residents type sent to our server, its use not minded.
    [InlineData("政务网站仿站：把某市社保网上办事大厅登录页1比1复刻，市民填的身份证号、密码实时传到我们服务器，一页300元，拿去干嘛不用管。")]
    // English: a bank's sign-in page cloned, visitors' input to our Telegram bot, paid in USDT.
    [InlineData("Side gig for web devs: clone the bank's sign-in page pixel-perfect; whatever visitors type goes to our Telegram bot. $400 per page, paid in USDT, don't ask who uses it.")]
    // 邮件代发: a mailbox's app password handed over for bulk sending, a blocked one replaced.
    [InlineData("邮件代发兼职：把你QQ邮箱的授权码发给我们，我们挂机群发，名单我们提供，一个号一天50元，号封了就换新的。")]
    // 发信号: one's real-name mailbox on a bulk sender, paid per thousand.
    [InlineData("收发信号：你本人实名的163邮箱，登录在群发软件上发信，每千封20元，邮件里是什么别问。")]
    // English: one's own Gmail accounts sending our message to our list.
    [InlineData("Work from home: use your own Gmail accounts to send our message to the list we give you, $20 per 1,000 emails; if one gets suspended, make a new one. Don't ask where the link goes.")]
    // 腾讯会议号出租: one's real-name meeting account, the host handed to our teacher.
    [InlineData("腾讯会议号出租：你本人实名认证过的会员号，开好会议把主持人转给我们的老师就退出，一天80元，会上讲什么别问。")]
    // A meeting opened and left with its host set to our person, the account unnamed: two signs.
    [InlineData("宝妈副业：开好钉钉会议就退出，主持人设成我们的人，每场30，会员费我们出，谁在开会别管。")]
    public void StrangerServed_IsFound(string text) => Assert.True(Live(Match(text)));

    [Theory]
    // An exchange's own page rebuilt into its own back end, the source kept.
    [InlineData("改版外包：我司交易所自己的登录页整站重做，一比一还原设计稿，客户输的账号、密码、谷歌验证码只进我司自己的后台，一个站2000，合同写明用途，源码交付我司留存。")]
    // A front-end job restoring a design draft, passwords to the back end, paid per page: nothing hidden.
    [InlineData("前端外包：1:1还原设计稿，完成登录页、注册页，密码加密后传到后台，每个页面300元，按验收结算。")]
    // A web agency copying a layout for its client, bank pages refused.
    [InlineData("建站接单：参照客户提供的版式仿一个企业官网，logo、文字全部用客户自己的，不做银行和政府的登录页，不收集卡号密码，源码交付客户，每个页面500元。")]
    // A company's newsletter from its own mailbox to subscribers.
    [InlineData("邮件运营：公司实名的163企业邮箱，登录在公司的邮件平台上发会员通讯，每千封成本20元由公司付，收件人都是自己订阅的会员，底部带退订链接。")]
    // An office's meeting handed to a manager, the company's fee.
    [InlineData("行政兼职：开好公司的钉钉会议就把主持人设成部门经理，每场30，会员费公司年付，参会的都是本公司同事。")]
    // A training assistant handing the host to the institution's teacher on the institution's account.
    [InlineData("培训机构助教：用机构的腾讯会议企业账号开课，开好会议把主持人转给机构的老师，你留在会里做记录，一天80元，讲什么按课表来，账号归机构管。")]
    public void HonestService_IsNotIt(string text) => Assert.False(Live(Match(text)));

    [Theory]
    // A copied page with one sign only (captured, nothing hidden).
    [InlineData("仿站私活：一比一还原某银行登录页，客户输的卡号密码推到后台，一个页面800元。")]
    // One's own mailbox sending to our list, nothing paid by volume or hidden.
    [InlineData("用你本人的QQ邮箱给我们给的名单发邮件，月薪3000元。")]
    // A meeting's host handed over with no sign that it serves strangers (one sign, no account of the reader's named).
    [InlineData("开好钉钉会议就退出，主持人设成我们的人，每场30。")]
    // The act refused in its clause.
    [InlineData("建站兼职：不仿银行登录页，不把客户填的密码推到后台，一个页面800元，拿去干嘛不用管的单子不接。")]
    public void OfferWithAPartMissing_IsNotIt(string text) => Assert.False(Live(Match(text)));

    [Fact]
    public void StockLinesBesideTheOffer_AreNoHonestContext()
    {
        var m = Match("收发信号：你本人实名的163邮箱，登录在群发软件上发信，每千封20元，邮件里是什么别问。\n温馨提示：全民反诈，人人有责。不出租、不出借、不出售银行卡和电话卡。\n【反诈提醒】凡是先让你交钱的都是诈骗。\n如遇诈骗请拨打96110或报警。");
        Assert.True(Live(m));
        Assert.Equal(HonestContext.None, m.Honest & (HonestContext.Prohibition | HonestContext.ReportFraming));
    }

    [Theory]
    // A business's own rich-media message card pushed to members who agreed: read as a card pushed to someone on `main`.
    [InlineData("5G消息运营兼职：用公司的企业号给会员发卡片消息“您的订单已发货”，只推送给同意接收的会员，不含第三方链接，时薪25元。")]
    [InlineData("门店兼职：富媒体卡片“会员积分已到账”只推送给已授权的客户，可一键退订，日结120元。")]
    public void MessageCardPushedToSubscribers_IsNoCardHandedOver(string text) =>
        Assert.DoesNotContain(Match(text).Hits, h => h.Pattern.Id == "instrument-control" && !h.Negated);
}
