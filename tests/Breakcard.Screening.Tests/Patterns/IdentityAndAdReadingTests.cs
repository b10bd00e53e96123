using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 375, on hand-written sentences that come from no simulator template: a holder's identity check answered by the
/// worker for others' cards or numbers, ad space sold to unlawful lending or gambling while the platform's review is
/// evaded, and recordings of one's own voice or face sold with the lines that pass a check — each against honest work
/// of the same shape (a call-back desk, a publisher on the platform's ad network, consented speech or face data).
/// </summary>
public sealed class IdentityAndAdReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("兼职在家接电话，每通60元：我们寄给你几张别人的电话卡，支付平台风控来电核验登录时，你就说“是我本人在用”，号主是谁别打听。")]
    [InlineData("宝妈副业日结：平台人工核实账户时你回答“我就是户主本人”，户主你不认识也没关系，资料照我们给的念，一单80元。")]
    [InlineData("Night job, RMB 80 per call: we mail you SIM cards registered to other people; when the bank's fraud team calls to verify a transfer, say it was you.")]
    public void CheckAnsweredForOthers_IsFound(string text) => Assert.True(Live(Match(text), "check-answered-for-others"));

    [Theory]
    [InlineData("支付平台招聘风控审核专员，月薪7000元：给账户持有人本人预留的号码回电，核验登录是否本人操作，对方说不清的冻结账户并提醒报警。")]
    [InlineData("兼职日结80元：帮银行给客户打回访电话，问“这笔转账是您本人操作吗”，客户回答“不是我”就登记并提醒报警。")]
    [InlineData("Bank call-back officer, RMB 8,000 a month: call customers on the number they registered to verify large transfers; if they say it was not them, keep the card frozen.")]
    public void HolderAskedByTheChecker_IsNotIt(string text) => Assert.False(Live(Match(text), "check-answered-for-others"));

    [Theory]
    [InlineData("个人站长看过来：你网站首页的弹窗和落地页租给我们投放博彩和网贷，不走广告联盟，平台抽查时先隐藏，抽查完再放出，每千次点击30元。")]
    [InlineData("公众号菜单栏的推广位收了：挂我们的秒下款口子，被投诉就换个名字，按注册给钱，一个6元。")]
    [InlineData("Own a game app? Rent us the splash screen for casino ads, outside the platform's ad network; hide it during review. RMB 50 per install.")]
    public void UnlawfulAdPlacement_IsFound(string text) => Assert.True(Live(Match(text), "unlawful-ad-placement"));

    [Theory]
    [InlineData("本站招广告专员（兼职，时薪50元）：首页横幅和开屏只接入平台广告联盟，贷款、博彩类目已在后台屏蔽，所有素材过审后上线，收入按月结算到公司账户。")]
    [InlineData("小程序运营兼职，时薪40元：开屏和弹窗只用平台流量主，不接网贷、彩票广告，审核通过后上线。")]
    [InlineData("App publisher assistant, RMB 45 an hour: the splash screen runs only the platform's ad network; gambling and payday loan categories are blocked.")]
    public void LawfulAdSpace_IsNotIt(string text) => Assert.False(Live(Match(text), "unlawful-ad-placement"));

    [Theory]
    [InlineData("收人脸视频：用你自己的脸对着手机录眨眼、摇头、张嘴三段，再念一遍“本人同意借款”，每套200元，拿去做什么别问。")]
    [InlineData("声音兼职日结：用你自己的声音录二十句，有“是我本人”和六位验证码，一套400元，文件发给我们。")]
    [InlineData("Side gig: record your own voice saying \"I agree to the transfer\" and \"it was me\", 20 clips, RMB 300 a set, don't ask what it's for.")]
    public void BiometricSale_IsFound(string text) => Assert.True(Live(Match(text), "biometric-sale"));

    [Theory]
    [InlineData("高校实验室招募人脸数据志愿者：签知情同意书后在实验室录制眨眼、摇头视频，数据匿名，只用于活体检测研究，不录任何姓名、证件号或“同意借款”之类的话，补贴100元。")]
    [InlineData("配音兼职，每条30元：给动画片录台词，声音要清亮，录音在公司录音棚完成，署名发布。")]
    [InlineData("Speech data volunteers, RMB 150: read weather and navigation prompts in our studio after signing a consent form; we never ask you to say \"it was me\", card numbers or verification codes.")]
    public void ConsentedRecording_IsNotIt(string text) => Assert.False(Live(Match(text), "biometric-sale"));

    [Theory]
    [InlineData("【核查记录】风控组：持有人本人说不是自己登录的，账户冻结，不解除限制，请其到营业厅处理。")]
    [InlineData("平台客服守则：验证码只发给账户本人，我们从不转发验证码，也不协助注册他人账号。")]
    public void RefusedCheckHelp_IsNotTheAct(string text) => Assert.False(Live(Match(text), "sms-code"));

    [Theory]
    [InlineData("日结300元：帮我们接码，收到的验证码转发给对接人，不用押金，不用坐班。")]
    [InlineData("兼职日结：账号被封了找我们解除限制，一单50元，不看征信。")]
    public void CheckHelpDoneWithARefusalElsewhere_StaysLive(string text) => Assert.True(Live(Match(text), "sms-code"));
}
