using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// Round 12's readings (ADR 273), on hand-written sentences that come from no simulator template: honest work of the
/// same shape as Art. 287-2 conduct — a clerk handling the shop's takings, a platform paying out the reader's own
/// earnings, a reviewer who finds and reports the conduct, a buyer registering in its own name, a worker checking
/// documents — and the conduct read where it was missed — cash withdrawn for others, cover stories after an asking,
/// equipment whose use is left unasked, clients' numbers cleared of their marks. Each honest reading comes with the
/// offer it must not excuse, each conduct with the honest text it must not flag.
/// </summary>
public sealed class RoundTwelveReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static string[] Live(string text) => [.. Match(text).Hits.Where(h => !h.Negated).Select(h => h.Pattern.Id)];

    // --- whose money: the shop's takings, the employer's own account

    [Fact]
    public void TheShopsTakings_AreNotCardsBought() =>
        Assert.Empty(Live("奶茶店招店员：工资打到本人银行卡，店里收的钱每晚存进门店账户，月薪4000。"));

    [Fact]
    public void CardsTheShopBuys_AreStillCardTrade() => Assert.Contains("card-trade", Live("闲置银行卡，店里收，一张800。"));

    [Fact]
    public void TheEmployersOwnPaymentCode_IsNotTheReadersLent() =>
        Assert.Empty(Live("收银员：收款码到账的钱都归店里自己的，时薪22元。"));

    [Fact]
    public void TheReadersOwnPaymentCodeCollectingForOthers_IsAccountLending() =>
        Assert.Contains("account-lending", Live("用你自己的收款码帮我们收款，每天给你200。"));

    // --- which word: a unit price, a magnitude

    [Fact]
    public void AUnitPrice_IsNotATaskOrder() => Assert.Empty(Live("问卷调查员：任务单价15元，每份问卷需上门完成，做单前先培训。"));

    [Fact]
    public void TaskOrdersWithRebates_AreStillBrushing() => Assert.Contains("order-brushing", Live("接任务单做单，一单返佣20元。"));

    [Fact]
    public void ThousandsAfterADigit_AreNotADisguisedKey() => Assert.Empty(Live("理发店招学徒，月薪6k，包住，早九晚八。"));

    [Fact]
    public void ABankingKeyBought_IsStillACardKit() => Assert.Contains("card-kit", Live("高价收k宝，一个300。"));

    // --- the reader's own payout

    [Fact]
    public void AWithdrawalToOnesOwnWallet_IsPay() => Assert.Empty(Live("问卷平台：每份8元，满50元可提现，审核后打到你自己的支付宝。"));

    [Fact]
    public void AWithdrawalSentToDesignatedAccounts_IsStillCollectAndForward() =>
        Assert.Contains("collect-and-forward", Live("货款打到你的卡上后提现，交给我们的人，每单给你50。"));

    // --- findings reported

    [Fact]
    public void ConductFoundAndReported_IsNotOffered()
    {
        var m = Match("内容安全公司招审核员：负责发现倒卖银行卡的团伙并上报，月薪6000。");
        Assert.Contains(m.Hits, h => h.Pattern.Id == "card-trade");
        Assert.All(m.Hits, h => Assert.True(h.Negated, h.Pattern.Id));
    }

    [Fact]
    public void ReportingToTheUpline_IsNoVerdict() =>
        Assert.Contains("card-trade", Live("收银行卡，每张500，收完并上报数量给组长。"));

    // --- documents: the applicant's own registration, the worker's own checks

    [Fact]
    public void ABuyersOwnLicenceChecked_IsRegistration() =>
        Assert.Empty(Live("开通企业账户须知：须用本公司营业执照办理，法人身份证现场刷脸核验。"));

    [Fact]
    public void ALicenceCheckedThenTheAccountHandedOver_IsStillCorporateAccount()
    {
        var live = Live("提供营业执照和法人身份证刷脸核验，开好的对公户交给我们，每户3000元。");
        Assert.Contains("corporate-account", live);
        Assert.Contains("identity-lending", live);
    }

    [Fact]
    public void AClerkCheckingLicences_IsNotOpeningForOthers() =>
        Assert.Empty(Live("银行对公柜员：负责对公开户，审核营业执照，本人需有会计证，月薪7000。"));

    [Fact]
    public void AClerkWaivingTheChecks_IsStillConduct() =>
        Assert.NotEmpty(Live("银行内部人员：帮我们带去的人开户，审核营业执照放宽一点，一户给你2000。"));

    // --- numbers that are not money

    [Theory]
    [InlineData("违者依照《反电信网络诈骗法》第三十一条处理。")]
    [InlineData("套餐：月包20G流量，可开发票。")]
    [InlineData("简历请发送至hr88@126.com。")]
    [InlineData("Slide 4 — Report it to the security team.")]
    public void OrdinalsDataSizesAddressesAndWords_AreNoOffer(string text) => Assert.False(Match(text).HasOffer);

    [Theory]
    [InlineData("出租银行卡，每张88元。")]
    [InlineData("帮忙转账，给你8rmb。")]
    public void Prices_AreStillOffers(string text) => Assert.True(Match(text).HasOffer);

    // --- refusals and inability

    [Fact]
    public void ACounterThatRefusesToWithdrawForOthers_ProhibitsIt()
    {
        var m = Match("营业厅规定：不帮别人代办取现，只为本人办理，月薪4500，每月打到本人卡上。");
        Assert.DoesNotContain(m.Hits, h => !h.Negated);
        Assert.True(m.Honest.HasFlag(HonestContext.OwnAccountPay));
    }

    [Fact]
    public void AnInabilityAndALawBroken_AreNotOffers()
    {
        Assert.DoesNotContain("sms-code", Live("这类物联网卡锁定设备，无法收验证码。"));
        Assert.DoesNotContain("phone-card-trade", Live("出租手机卡违反《反电信网络诈骗法》。"));
    }

    [Fact]
    public void PhoneCardsRentedForPay_AreStillPhoneCardTrade() => Assert.Contains("phone-card-trade", Live("高价出租手机卡，一张200，不违反规定。"));

    // --- cash withdrawn for others

    [Fact]
    public void CashWithdrawnForOthersForPay_IsSettlement()
    {
        const string text = "每天下班后替老板的朋友插卡取现，每取一万给你120。";
        Assert.Contains("collect-and-forward", Live(text));
        Assert.True(Match(text).HasOffenceStructure);
    }

    [Fact]
    public void HelpingTheElderlyWithdraw_IsNot() => Assert.Empty(Live("银行大堂经理：协助老人在自助机取现，月薪4000，五险一金。"));

    // --- cover stories after an asking

    [Theory]
    [InlineData("网点的人查起来，你就说是自己做生意的钱，每次给你200。")]
    [InlineData("银行打来电话问这笔钱，你就说是卖菜收的，每次给你200。")]
    public void ACoverStoryForWhoeverChecks_IsSecrecy(string text) => Assert.Contains("secrecy", Live(text));

    [Theory]
    [InlineData("甜品店店员：顾客问起就说是本店自制，月薪4000。")]
    [InlineData("听说是新来的老板，月薪5000。")]
    public void SalesTalkAndHearsay_AreNot(string text) => Assert.DoesNotContain("secrecy", Live(text));

    // --- equipment with its use left unasked, bans answered by a replacement

    [Fact]
    public void ABoxOnYourBroadbandWithItsUseUnasked_IsTechnicalSupport()
    {
        const string text = "在你家放个小盒子接上宽带，别人拿它做什么不问，每月给你400。";
        Assert.Contains("technical-support", Live(text));
        Assert.True(Match(text).HasOffenceStructure);
    }

    [Fact]
    public void ABroadbandInstallerNotAskedForDegrees_IsNot() => Assert.Empty(Live("招宽带安装工：上门装机，不问学历，月薪6000。"));

    [Fact]
    public void ADownloadPageReplacedWhenBanned_IsTechnicalSupport()
    {
        var live = Live("帮我们推广下载页，下载页被封了马上换一个，每个装机给你5元。");
        Assert.Contains("technical-support", live);
        Assert.Contains("secrecy", live);
    }

    [Fact]
    public void AShopClosedWhenBanned_IsNotEvasion() => Assert.Empty(Live("网店运营：店铺被封就停业整改，月薪5000。"));

    // --- clients' numbers cleared of their marks

    [Fact]
    public void ClientsNumbersClearedWithTheirUseUnasked_IsCallRelay()
    {
        const string text = "帮客户的号码去掉骚扰标记，去平台申诉，客户做什么不用管，一个号30元。";
        Assert.Contains("call-relay", Live(text));
        Assert.True(Match(text).HasOffenceStructure);
    }

    [Fact]
    public void AReviewerOfClientsAppeals_IsNot() => Assert.Empty(Live("手机安全公司审核员：复核客户的号码申诉材料，月薪5000。"));

    // --- a banking key called by its last character

    [Fact]
    public void AKeyLentByItsShortName_IsACardKit()
    {
        const string text = "你管的那几家公司，盾借我们用两天，一次给你3000。";
        Assert.Contains("card-kit", Live(text));
        Assert.True(Match(text).HasOffenceStructure);
    }

    [Fact]
    public void WordsThatHoldTheCharacter_AreNotAKey() => Assert.Empty(Live("会计助理：协调客户矛盾，整理盾构项目的账目，给我们的客户开票，月薪5000。"));

    // --- an English developer account handed over

    [Theory]
    [InlineData("Create the account in your name, then send us the login and the 2FA codes; £300 a month.")]
    [InlineData("We publish our apps under your name and pay you £250 a month.")]
    public void ADeveloperAccountHandedOver_IsConduct(string text) => Assert.True(Match(text).HasOffenceStructure);

    [Fact]
    public void AWarningQuotingTheApproach_IsNot() =>
        Assert.Empty(Live("Never share your 2FA codes. Scams say “we publish under your name”. Report them to security@example.com."));
}
