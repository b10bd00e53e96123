using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 454, on hand-written texts: one term in an honest record's own voice that lifted it to the offence-structure floor — a refusal
/// after the approach it refuses (…给别人开房，拒绝: 别人 is no denial of 拒绝), the front desk as whom to tell, a crime's name after a copula
/// (那是洗钱), a date's 日 read into a pay word across a line break, a key pulled out of its hub (拔出U盾), a full-width "no" before remote
/// access, and a notes app's Done button (‹ 备忘录 完成, read 录完). Each with a twin in the same words that offers the act.
/// </summary>
public sealed class OwnVoiceRecordTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string id) => m.Hits.Any(h => h.Pattern.Id == id && !h.Negated);

    [Theory]
    // A hotel's check-in record: the approach quoted, refused in the clause after it, 别人 four characters before 拒绝.
    [InlineData("备注：不替没到店的人登记，有人出钱让你用自己的身份证给别人订房，拒绝并告诉前台")]
    [InlineData("有人给钱让你用自己的身份证给别人开房，拒绝")]
    // Only whom to tell: the front desk.
    [InlineData("提醒：不为没到店的人开房，有人给钱让你用自己的身份证给别人开房，告诉前台")]
    public void AnApproachRefusedOrReportedAfterIt_LendsNoIdentity(string text) => Assert.False(Live(Match(text), "identity-lending"));

    [Theory]
    [InlineData("兼职：用你自己的身份证给别人开房，一次200元，前台问就说是朋友")]
    [InlineData("用自己的身份证给别人开房，一次200元，不用到场")]
    public void TheSameActOffered_StillLendsIdentity(string text) => Assert.True(Live(Match(text), "identity-lending"));

    [Theory]
    [InlineData("备注：只给到店的用户缴费，不接陌生人打款让我们“代充”，谁说“帮忙走一下账”那是洗钱")]
    [InlineData("誰說“錢轉你，幫我充出去”那是洗錢")]
    [InlineData("客户让你把货款转到他朋友卡上再取现，这就属于洗钱")]
    public void ACrimesNameAfterACopula_IsAVerdict(string text) => Assert.False(Live(Match(text), "settlement"));

    [Fact]
    public void WhoeverSaysTheQuotedWords_IsAThirdPartyJudged()
    {
        // The approach in quotes after 谁说, judged by 那是洗钱: its 走账 is described, not offered.
        Assert.False(Live(Match("备注：不接陌生人打款让我们“代充”，谁说“帮忙走一下账”那是洗钱"), "settlement"));
        // A recruiter's rhetorical question judges nothing: 谁说 with no quoted words and no 那.
        Assert.True(Live(Match("谁说跑分是洗钱？正规平台，帮忙走一下账，日结500"), "settlement"));
    }

    [Theory]
    [InlineData("这不是洗钱，放心，帮人走一下账，日结500")]
    [InlineData("帮老板洗钱，一天给500，私聊")]
    public void TheCrimeDeniedOrOffered_IsStillSettlement(string text) => Assert.True(Live(Match(text), "settlement"));

    [Fact]
    public void ADatesDayBeforeALineBreak_IsNoDailyPay()
    {
        var ledger = Match("【便民缴费点账本】12月3日\n入 5000元　居民到店缴燃气费");
        var lure = Match("在家轻松日 入500，动动手指");
        Assert.False(Live(ledger, "daily-pay"));
        Assert.False(Live(ledger, "disguised-vocabulary"));
        Assert.True(Live(lure, "easy-money"));
    }

    [Fact]
    public void AKeyPulledOutOfItsHub_IsNotSold()
    {
        Assert.False(Live(Match("【设备日志】财务室USB共享器\n08:48 识别到 U盾 4 个：公司自己的对公账户\n18:32 日终拔出U盾放回财务柜，登记"), "card-kit"));
        Assert.True(Live(Match("长期出U盾，一个300，当天结"), "card-kit"));
        Assert.True(Live(Match("日终拿出U盾交给我们，一天200"), "card-handover"));
    }

    [Fact]
    public void AFullWidthNoBeforeRemoteAccess_RefusesIt()
    {
        var record = Match("运维周报　时薪30元\n规定：不登录员工个人网银、支付账户; ｎｏ ｒｅｍｏｔｅ ａｃｃｅｓｓ ｆｏｒ ａｎｙｏｎｅ ｏｕｔｓｉｄｅ ｔｈｅ ｃｏｍｐａｎｙ");
        var offer = Match("运维兼职　时薪30元\n规定：登录你的个人网银、支付账户; ｇｉｖｅ ｕｓ ｒｅｍｏｔｅ ａｃｃｅｓｓ");
        Assert.False(Live(record, "instrument-control"));
        Assert.True(Live(offer, "instrument-control"));
    }

    [Fact]
    public void ANotesAppsDoneButton_IsNoRecording()
    {
        var chrome = "22:53 LTE 26%\n‹ 备忘录 完成\n";
        var courier = Match(chrome + "【上门任务卡】送去：新手机1部，客户当面验机签收，一单50元\n帮忙：导通讯录，登录本人常用的医保软件，验证码让客户自己输\n不做：不安装远程控制软件（除非本人同意），不问验证码");
        var seller = Match(chrome + "录完一段：照着念“我是本人，同意转账”，验证码也念出来，一条50元，用途别问");
        Assert.False(Live(courier, "biometric-sale"));
        Assert.True(Live(seller, "biometric-sale"));
        Assert.DoesNotContain("完成", TextNormaliser.Default.Normalise(chrome + "好的").Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEmojiPun_IsADisguiseOnlyBesideAPaidOffenceStructure()
    {
        // Codes received for strangers per code: the pun in 验证🐴 is evasion beside the act.
        var offer = Match("帮忙接验证🐴，一条5元，日结");
        // A company's own login page tested, a bounty per finding: a price, no structure, the pun is style.
        var tester = Match("测试本公司登录页的获取验证🐴接口，每个漏洞奖励30元");
        Assert.Contains(TextNormaliser.Default.Normalise("获取验证🐴").Terms, t => t.IsPun);
        Assert.True(Live(offer, "disguised-vocabulary"));
        Assert.True(offer.Disguised);
        Assert.False(Live(tester, "disguised-vocabulary"));
        Assert.False(tester.Disguised);
    }
}
