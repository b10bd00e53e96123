using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// Round 13's readings (ADR 283), on hand-written sentences that come from no simulator template: a job that says the act
/// is not part of it (不需要你的收款码, 不会借用你的银行卡, 拒接“防封”业务), pay on a spelled-out period into the reader's own
/// wallet, an enterprise's own licence, and forged proofs of payment made for others with their use left unasked. Each
/// honest reading comes with the offer it must not excuse, each conduct with the honest text it must not flag.
/// </summary>
public sealed class RoundThirteenReadingTests
{
    private static string[] Live(string text) =>
        [.. PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Where(h => !h.Negated).Select(h => h.Pattern.Id)];

    // --- a need disclaimed: the act is not part of the job

    [Fact]
    public void ANeedDisclaimed_IsNotTheAct() =>
        Assert.DoesNotContain("account-lending", Live("商场促销员：引导顾客扫商场的码下单，不需要你的收款码收钱，时薪22元，周五发到本人银行卡。"));

    [Fact]
    public void ADepositDisclaimedBeforeTheAct_StillLeavesTheAct() =>
        Assert.Contains("account-lending", Live("不需要押金，用你的微信帮我们收款，每天给你200。"));

    [Fact]
    public void AFairThatWillNotBorrowCards_IsNotCardTrade() =>
        Assert.DoesNotContain("card-trade", Live("社区就业驿站周末招聘会：企业当场面试，不会借用大家的银行卡，也不收任何费用。"));

    [Fact]
    public void CardsBorrowedWithAReassurance_AreStillCardTrade() =>
        Assert.Contains("card-trade", Live("借用你的银行卡三天，保证不会冻结，给你500。"));

    [Fact]
    public void NotToMindWhatTheBoxDoes_StillLeavesTheBoxLive() =>
        Assert.Contains("technical-support", Live("不用管箱子是干嘛的，放你家通电就行，每月给你800。"));

    // --- business refused

    [Fact]
    public void ARoomThatRefusesShieldedClients_IsNotTechnicalSupport() =>
        Assert.DoesNotContain("technical-support", Live("我们机房的服务器只租给实名客户，拒接“防封”业务，招运维，月薪7000。"));

    [Fact]
    public void ServersShieldedFromBlocking_AreStillTechnicalSupport() =>
        Assert.Contains("technical-support", Live("机房夜班运维：帮客户的服务器做防封，月薪9000。"));

    // --- pay on a spelled-out period

    [Fact]
    public void PayOnceAWeekIntoOnesOwnWallet_IsPay() =>
        Assert.DoesNotContain("account-lending", Live("小区团购配送员：货款都由平台收，时薪20元，一周一结转到你自己的微信。"));

    [Fact]
    public void MoneyForwardedOnceAWeek_IsStillSettlement() =>
        Assert.Contains("collect-and-forward", Live("一周一结：客户的货款先打到你自己的卡上，你再转到我们指定的账户，每笔给你提成5%。"));

    // --- the enterprise's own licence

    [Fact]
    public void TheEnterprisesOwnLicence_IsNotACorporateAccountLent() =>
        Assert.DoesNotContain("corporate-account", Live("我们用企业自己的营业执照向运营商办理固话，招话务员，月薪4500。"));

    [Fact]
    public void TheReadersOwnLicenceHandedOver_IsStillCorporateAccount() =>
        Assert.Contains("corporate-account", Live("用你自己的营业执照办对公账户交给我们，给你3000。"));

    // --- forged proofs for others

    [Fact]
    public void ReceiptsForgedForOthersWithTheirUseUnasked_AreTechnicalSupport() =>
        Assert.Contains("technical-support", Live("会P图的来：帮客户改转账截图上的金额，一张30元，拿去干嘛别问。"));

    [Fact]
    public void ReceiptsFiledByABookkeeper_AreNotTechnicalSupport() =>
        Assert.Empty(Live("财务助理：整理每月的银行回单，核对付款截图和账目，月薪4500。"));
}
