using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;
using Breakcard.Screening.Scoring;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// The structural rules added while studying round 6's families as round 7's development set
/// (ADR 198), on hand-written sentences: each risky form beside an honest sentence that shares its
/// words. None of these sentences comes from a simulator template.
/// </summary>
public sealed class RoundSevenRuleTests(TrainedModelFixture fixture)
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static string[] Live(string text) => [.. Match(text).Hits.Where(h => !h.Negated).Select(h => h.Pattern.Id)];

    // --- money passed through one's own account

    [Theory]
    [InlineData("兼职：公司把款打进你的银行卡，你按客服要求转给下一个账户，每笔提成20元")]
    [InlineData("平台先把钱转到你的微信，收到以后原路转出就行，一次15块")]
    [InlineData("Easy side job: we deposit funds in your account, you forward them to our partner the same day, keep 5%.")]
    public void MoneyInAndOutOfOnesOwnAccount_IsPassThrough(string text) => Assert.Contains("pass-through", Live(text));

    [Theory]
    [InlineData("工资每月10日打进你的银行卡，五险一金，月薪5000元")] // money in, nothing passed on
    [InlineData("店员：顾客付款到公司账户，营业款每晚对账后上缴财务，月薪4200元")] // money out, nothing into "your" account
    [InlineData("Payroll clerk: salary paid monthly into your own bank account, 6000 RMB.")]
    [InlineData("Letting agent: collect rent and deposits from tenants and forward them to the landlords, 6000 RMB a month.")] // not through "your" account
    public void PayIntoOnesOwnAccount_IsNotPassThrough(string text) => Assert.DoesNotContain("pass-through", Live(text));

    [Fact]
    public void OthersMoneyCollectedThroughOnesPersonalAccount_IsSettlementEvenInAFormalJob()
    {
        Assert.Contains("settlement", Live("财务助理，岗位职责：用个人账户替公司代收客户款项，提成3%，五险一金"));
        Assert.DoesNotContain("settlement", Live("工商银行招聘柜员，岗位职责：为客户办理代收代付业务，本科及以上，五险一金"));
    }

    // --- use or control of one's own instrument handed over

    [Theory]
    [InlineData("把你的支付宝绑定到我们的店铺后台，每月给你300元")]
    [InlineData("开好二类卡以后手机卡和银行卡归我们用，一个月补贴600")]
    [InlineData("Open a wallet in your name and give us access to your account, $80 a week.")]
    public void OnesInstrumentUsedByTheRecruiter_IsInstrumentControl(string text) => Assert.Contains("instrument-control", Live(text));

    [Theory]
    [InlineData("超市收银员：协助顾客用支付宝开通免密支付，月薪4500元，五险一金")] // a formal job, the customer's own choice
    [InlineData("本店支持支付宝和微信，开通免密支付更方便")] // no pay offered
    public void ControlWordsWithoutAnOfferOrInAFormalJob_AreNotInstrumentControl(string text) =>
        Assert.DoesNotContain("instrument-control", Live(text));

    [Fact]
    public void RemoteControlOfOnesPhone_ForPay_IsFlaggedButNotInFormalItWork()
    {
        Assert.Contains("remote-control", Live("打开屏幕共享，让客服远程操作你的手机银行，一次给200元"));
        Assert.DoesNotContain("remote-control", Live("IT运维工程师：远程桌面维护公司服务器，月薪9000元，五险一金"));
    }

    [Fact]
    public void CarryingOnesCardsForPay_IsFlaggedButNotBringingThemToOnboarding()
    {
        Assert.Contains("card-carry", Live("随身带上你的两张银行卡去外地出差三天，每天补贴800元"));
        Assert.DoesNotContain("card-carry", Live("新员工入职请携带身份证和银行卡到人事部办理工资卡，月薪5000元"));
    }

    [Fact]
    public void MinorsRecruitedToMoveMoney_AreFlaggedButNotMinorsTaughtACourse()
    {
        Assert.Contains("minor-recruiting", Live("未成年也可以，用你的微信帮忙收款再转出，一次20元"));
        Assert.DoesNotContain("minor-recruiting", Live("初中生也能学的编程课，周末上课，每节课80元"));
    }

    [Fact]
    public void HidingTheJobFromParentsOrTheBank_IsSecrecyButAdvisingToKeepCodesSecretIsNot()
    {
        Assert.Contains("secrecy", Live("做完把聊天记录删掉，别告诉爸妈，一次50元"));
        Assert.Contains("secrecy", Live("Receive a few transfers for us. Do not mention it to your bank."));
        Assert.DoesNotContain("secrecy", Live("不要告诉陌生人你的验证码，银行不会向你索要密码"));
    }

    [Fact]
    public void YourThingRentedUnderAQuotedCodeName_IsCodedTrade()
    {
        Assert.Contains("coded-trade", Live("出租你的“小黄”，一天150，懂的私聊"));
        Assert.DoesNotContain("coded-trade", Live("出租你的闲置房间，一天200")); // nothing in code
        Assert.DoesNotContain("coded-trade", Live("出租你的“小黄”给朋友玩吧")); // no price
    }

    [Fact]
    public void AFirstOrderBonusWithDailyPay_IsNotBrushingButWithEasyMoneyItIs()
    {
        Assert.DoesNotContain("order-brushing", Live("跑腿骑手，日结，一单7元，新人首单奖励15元"));
        Assert.Contains("order-brushing", Live("新人首单返佣，动动手指躺赚"));
    }

    [Fact]
    public void AccountsRegisteredInYourNameAndHandedOver_AreInstrumentControl()
    {
        Assert.Contains("instrument-control", Live("帮工作室养号：号注册在你名下，满一个月交给我们运营，每个号给200"));
        Assert.DoesNotContain("instrument-control", Live("新媒体运营：公司账号注册在公司名下，负责内容运营，月薪6000元，五险一金"));
    }

    [Fact]
    public void ACardLeftInSomeoneElsesKeeping_IsHandedOverButALuggageRoomIsNot()
    {
        Assert.Contains("card-handover", Live("新办的银行卡寄存在我们这里30天，收益1000元"));
        Assert.DoesNotContain("card-handover", Live("酒店行李寄存处招聘管理员，月薪4000元"));
    }

    // --- speakers who guard against the conduct

    [Fact]
    public void AGuardingSpeakerQuotingTheOffer_NamesIt()
    {
        var volunteers = Live("社区居委会招募反诈志愿者：上门提醒居民“不出租银行卡、不卖手机卡”，发现有人收购银行卡及时报告，公益岗位，无报酬");
        Assert.DoesNotContain("card-trade", volunteers);
        Assert.DoesNotContain("phone-card-trade", volunteers);
        // The same quoted words offered for a price are an offer.
        Assert.Contains("card-trade", Live("不怕反诈查：“出租银行卡”一张800元，加微信"));
    }

    [Fact]
    public void AVerbWhoseObjectIsTheAntiFraudApp_IsNotRisky()
    {
        Assert.DoesNotContain("sms-code", Live("志愿者协助注册反诈APP，公益岗位"));
        Assert.Contains("sms-code", Live("协助注册账号，把验证码给我们，一个5元"));
    }

    [Fact]
    public void AnInstitutionDisclaimingARequest_NegatesIt()
    {
        Assert.DoesNotContain("sms-code", Live("助学金通知：学校不会让你提供验证码，也不会让你先转账"));
        Assert.Contains("sms-code", Live("提供验证码给我们，一次5元"));
    }

    [Fact]
    public void ComplianceWorkNamingMoneyMules_IsAboutTheCrime()
    {
        var kyc = Match("AML analyst (fintech): review onboarding files, flag rented bank accounts and money mules, escalate cases. CAMS preferred.");
        Assert.True(kyc.IsWarningNotice);
        Assert.All(kyc.Hits, h => Assert.True(h.Negated, h.Pattern.Id));
        Assert.Contains("card-trade", Live("We buy bank accounts, $300 each, no KYC needed."));
    }

    [Fact]
    public void TargetGroup_IsSilentWhenASchoolOfficeHiresItsStudents()
    {
        Assert.DoesNotContain("target-group", Live("学生处招聘学生助理：整理档案，时薪16元，按月发放到本人银行卡"));
        Assert.Contains("target-group", Live("学生兼职，日结200元"));
    }

    [Fact]
    public void TheModelCountsLess_OnlyWhenALegitimateReasonIsNamedAndNoConductIsFound()
    {
        var screener = new AdScreener(TextNormaliser.Default, fixture.Model);
        var office = screener.Screen("学生资助中心招学生助理：协助老师核对受助学生的银行卡号，按月发放到本人银行卡，时薪15元");
        Assert.Contains(office.Reasons, r => r.Id == "legitimate-context");
        var expected = (int)Math.Round(100 * (0.4 * office.ModelProbability!.Value * 0.7 + (0.6 * office.PatternEvidence)), MidpointRounding.AwayFromZero);
        Assert.Equal(expected, office.Score);

        // The same office words with a card bought for a price: conduct found, no discount.
        var buyer = screener.Screen("学生资助中心：收购学生银行卡，一张800元，按月发放到本人银行卡");
        Assert.DoesNotContain(buyer.Reasons, r => r.Id == "legitimate-context");

        // No discount when switched off.
        var plain = new AdScreener(TextNormaliser.Default, fixture.Model, ScreeningOptions.Default with { LegitimateContextModelShare = 1 })
            .Screen("学生资助中心招学生助理：协助老师核对受助学生的银行卡号，按月发放到本人银行卡，时薪15元");
        Assert.DoesNotContain(plain.Reasons, r => r.Id == "legitimate-context");
    }
}
