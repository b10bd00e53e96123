using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 352, on hand-written sentences that come from no simulator template: help given to a fraud by its public face —
/// posing as satisfied customers, users or investors (`fake-endorsement`), and silencing the victims who complain
/// (`victim-silencing`) — is an offence structure when it is staged or silencing, paid per act, and done for a business
/// the worker may not ask about or whose complainants are kept from the police. Honest work of the same shape — shops
/// asking their customers for reviews, reviewers who disclose, moderators, complaint desks — stays clear.
/// </summary>
public sealed class RoundEighteenFraudHelpTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string id) => m.Hits.Any(h => h.Pattern.Id == id && !h.Negated);

    [Theory]
    [InlineData("网店托儿兼职：用我们给的三个小号假装买家，在商品评论区写五星好评，晒单图片统一发给你，每条15元日结，店铺卖的是什么不用管。")]
    [InlineData("直播间气氛组：换几个身份扮老会员，在直播间刷“已经回本了”“提现秒到”，每场80元，平台正不正规别问。")]
    [InlineData("Chat group helpers wanted: pose as members who made money and post five-star testimonials with the screenshots we provide. $20 per day, don't ask what the platform is.")]
    public void StagedEndorsementForAnUnaskedBusiness_IsAnOffenceStructure(string text)
    {
        var m = Match(text);
        Assert.True(Live(m, "fake-endorsement"));
        Assert.True(m.HasOffenceStructure);
    }

    [Theory]
    [InlineData("测评博主招募：真实下单体验后写评价，必须标注“广告合作”，好评差评按实际写，每篇稿费200元，品牌信息会提前告诉你。")]
    [InlineData("奶茶店兼职店员：引导到店顾客扫码写真实评价，送小料一份，时薪20元，日结。")]
    [InlineData("Content assistant for a brokerage: write investor-education posts, collect real customer testimonials with their written consent, $18 per hour, the firm's licence number is in every post.")]
    public void HonestReviewsAndTestimonials_AreNotStaged(string text) => Assert.False(Live(Match(text), "fake-endorsement"));

    [Theory]
    [InlineData("售后安抚兼职：联系在网上发帖说被骗的买家，退他一点钱让他删帖撤诉，想报警的先稳住，每条80元周结，公司是干什么的别打听。")]
    [InlineData("群管助理：理财群里有人问为什么提现不了，就马上刷屏盖过去，再把人踢出，每天150元，平台背后是谁不用管。")]
    public void PaidSilencingOfVictims_IsAnOffenceStructure(string text)
    {
        var m = Match(text);
        Assert.True(Live(m, "victim-silencing"));
        Assert.True(m.HasOffenceStructure);
    }

    [Theory]
    [InlineData("客服部投诉专员：处理用户投诉，用户自愿撤诉的登记备案，说被骗要报警的协助报警，月薪4500元。")]
    [InlineData("兴趣群群管：群里有人刷屏发广告就提醒并移出，有人投诉商品问题转给客服处理，每天补贴30元。")]
    [InlineData("论坛版主兼职：按版规删帖（广告、引战），用户对删帖有异议可以申诉，每月补贴500元，平台规则公开。")]
    public void DesksAndModerators_DoNotSilenceVictims(string text) => Assert.False(Live(Match(text), "victim-silencing"));
}
