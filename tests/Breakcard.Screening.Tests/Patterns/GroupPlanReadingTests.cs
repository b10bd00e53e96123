using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 396, on hand-written sentences that come from no simulator template: an organisation's own phone lines issued to its staff
/// and taken back (单位电话卡办理及回收) are not bought, and the staff a line is issued to, checked in person (员工带身份证去营业厅刷脸),
/// check themselves. Cards bought from others (高价回收), a taking back with a price beside it, and the reader's own face check for
/// others' cards stay read.
/// </summary>
public sealed class GroupPlanReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("物业公司招综合行政：负责单位电话卡办理及回收、通讯录维护，月薪5500元。", "phone-card-trade")]
    [InlineData("门店招店长助理：管理企业手机卡发放和回收，每月核对话费，五险一金。", "phone-card-trade")]
    [InlineData("行政岗：集团号卡申领、回收，离职同事当天停机，月薪6000元。", "phone-card-trade")]
    [InlineData("领取登记：销售部张强（在职员工），工作号卡1张。员工带身份证去营业厅刷脸领取，离职交回。", "identity-lending")]
    [InlineData("领取登记：市场部工作卡1张，登记在职员工姓名。本人带身份证刷脸激活，卡只用于工作。", "identity-lending")]
    public void AnOrganisationsOwnLines_AreNotRead(string text, string pattern) => Assert.False(Live(Match(text), pattern));

    [Theory]
    [InlineData("高价回收各公司集团号卡，每张180元当天结，卡主是谁不用管。", "phone-card-trade")]
    [InlineData("公司手机卡办理和回收，每张300元现结，寄到指定地址。", "phone-card-trade")]
    [InlineData("长期回收手机卡，办理和回收一条龙，一张200元。", "phone-card-trade")]
    [InlineData("你带身份证去营业厅刷脸，办好的卡交给我们，每张给你200元。", "identity-lending")]
    [InlineData("领取登记：你本人带身份证刷脸激活，卡寄给我们，每张给你200元。", "identity-lending")]
    [InlineData("办卡兼职：拿本人身份证去营业厅刷脸，办好的卡寄给我们，每张给你200元。", "identity-lending")]
    public void CardsBoughtOrAFaceLent_StayLive(string text, string pattern) => Assert.True(Live(Match(text), pattern));
}
