using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 470, on hand-written texts that come from no simulator template: work for an unnamed operation abroad with the phone or
/// passport handed in and its business not to be asked (not a licensed posting, not a warning that quotes it); a screen
/// switched back when checked or by day with the poster's content (not a screen's own schedule, not a notice); and one's own
/// premises or address lent beside a standing order not to ask (not premises named without one).
/// </summary>
public sealed class CompoundWorkAndSwitchedBackTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(string text, string pattern) => Match(text).Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("柬埔寨西港园区招面点师傅，月薪1.8万，包吃住。手机进门就上交，老板做什么业务不用管，只管蒸包子。")]
    [InlineData("缅甸妙瓦底公司后勤缺保洁，每月一万五，包机票。证件到了统一保管，楼上干嘛的别打听。")]
    [InlineData("境外高薪：菲律宾园区招空调维修工，2万一个月，护照入园交给公司，他们什么业务别问。")]
    public void CompoundWork_PhoneTakenBusinessUnasked_IsRead(string text) => Assert.True(Live(text, "compound-work-unasked"));

    [Theory]
    [InlineData("柬埔寨金边中资酒店招面点师傅，月薪1.8万，包吃住。劳务公司有对外劳务合作经营资格，护照本人保管，手机自己用，合同本人签。")]
    [InlineData("【反诈提醒】柬埔寨园区招面点师傅、手机进门就上交、老板做什么业务不用管的，都是诈骗窝点的套路，千万别去。")]
    [InlineData("公司在苏州工业园区，招食堂面点师傅，月薪8000，手机进车间前交给班组长放柜子，下班拿回。")] // nothing unasked
    [InlineData("缅甸仰光中资工地招厨师，月薪1.5万，公司做什么业务面试时讲清楚，护照自己拿着。")] // nothing handed in, nothing unasked
    public void CompoundWork_LicensedWarnedOrHome_IsNotRead(string text) => Assert.False(Live(text, "compound-work-unasked"));

    [Theory]
    [InlineData("写字楼大堂的广告屏你来管，夜里放我们的素材，一块屏每月350，日结，物业检查时换回原来的画面。")]
    [InlineData("商场电梯口液晶屏，晚上插播几条视频，每条每晚20元，躺赚，白天切回来就行。")]
    public void ScreenSwitchedBack_CheckedOrPostersContentByDay_IsRead(string text) => Assert.True(Live(text, "screen-switched-back"));

    [Theory]
    [InlineData("商场电梯口液晶屏运营：白天切回商场自己的活动通知，晚上播放已审核品牌广告，月薪5000。")] // its own schedule by day
    [InlineData("【物业通知】有人出钱让电工把广告屏夜里换成赌博广告、检查时换回，发现请举报，可能构成帮信。")]
    [InlineData("写字楼大堂的广告屏由你排期，广告主资质要审核，投诉当天下架，月薪4800。")] // no switch back
    public void ScreenSwitchedBack_OwnScheduleNoticeOrNoSwitch_IsNotRead(string text) => Assert.False(Live(text, "screen-switched-back"));

    [Theory]
    [InlineData("把你名下的住房借我们注册两家公司，每家每月400，银行上门问起就说公司在这办公，公司干嘛的别问。")]
    [InlineData("你负责的那几栋楼电梯里放我们的广告，一栋一个月300，业主问起就说是物业放的。")]
    public void OwnMeansUnasked_PremisesAddressOrScreensLent_IsRead(string text) => Assert.True(Live(text, "own-means-unasked"));

    [Theory]
    [InlineData("把你名下的住房租给我们做员工宿舍，每月4000，租赁合同写明，住的人都登记身份证。")] // no standing order not to ask
    public void OwnMeansUnasked_PremisesWithoutWaiver_IsNotRead(string text) => Assert.False(Live(text, "own-means-unasked"));
}
