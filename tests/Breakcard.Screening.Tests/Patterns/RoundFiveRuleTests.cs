using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// The rules and folds added in round 5 (ADR 150), on hand-written sentences — each risky form
/// beside the honest sentence that shares its words.
/// </summary>
public sealed class RoundFiveRuleTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static string[] Live(string text) => [.. Match(text).Hits.Where(h => !h.Negated).Select(h => h.Pattern.Id)];

    [Theory]
    [InlineData("入职要办一张工资卡，卡和密码由公司统一保管")]
    [InlineData("新办的卡交财务，密码也一起给")]
    public void CardKeptByTheEmployer_IsAHandoverEvenWithPayroll(string text) => Assert.Contains("card-handover", Live(text));

    [Theory]
    [InlineData("工资按月打到员工本人的工资卡，公司不保管员工的银行卡和密码")]
    [InlineData("请妥善保管您的银行卡和密码")]
    [InlineData("银行卡由本人保管，公司只登记卡号")]
    public void CardKeptByItsHolder_IsNot(string text) => Assert.DoesNotContain("card-handover", Live(text));

    [Fact]
    public void RemoteFaceVerificationForPay_IsIdentityLending() =>
        Assert.Contains("identity-lending", Live("远程认证：按我们的指示对着手机完成人脸识别，一次150"));

    [Fact]
    public void NomineeShareholderForMonthlyPay_IsCorporateAccountConduct() =>
        Assert.Contains("corporate-account", Live("挂名股东，不用出钱，每月给你2000"));

    [Fact]
    public void WarningQuotingTheOfferWithItsPrice_IsNotAnOffer()
    {
        // Two warning topics (诈骗, 96110): a notice. The price is inside the quotation marks.
        var quoted = Match("派出所提醒：有人以“刷脸认证一次100元”为名收集身份信息，用于诈骗，请勿配合，可拨打96110。");
        Assert.True(quoted.Hits.Count > 0);
        Assert.All(quoted.Hits, h => Assert.True(h.Negated, h.Pattern.Id));

        // The same scheme offered, not quoted in a notice, is identity lending.
        var offered = Match("刷脸认证一次100元，在宿舍就能做");
        Assert.Contains(offered.Hits, h => !h.Negated && h.Pattern.Id == "identity-lending");
    }

    [Theory]
    [InlineData("出禾且银行卡", "出租")] // 禾且 = 租
    [InlineData("接石马", "接码")] // 石马 = 码 inside a term
    [InlineData("身份讠正", "身份证")]
    public void SplitCharacters_FoldInsideTerms(string text, string canonical) =>
        Assert.Contains(TextNormaliser.Default.Normalise(text).Terms, t => t.Term.Text.Contains(canonical, StringComparison.Ordinal) || t.Term.Text == canonical);

    [Theory]
    [InlineData("r3nt your b4nk c4rd", "rentyourbankcard")]
    [InlineData("T3l3gr4m", "telegram")]
    [InlineData("vx ok6416, 300 per day, 5g", "vxok6416300perday5g")] // handles, numbers and 5g stay as written
    public void Leetspeak_FoldsOnlyInsideLatinWords(string text, string folded) =>
        Assert.Equal(folded, TextNormaliser.Default.Normalise(text).Text.Replace("微信", "vx", StringComparison.Ordinal));
}
