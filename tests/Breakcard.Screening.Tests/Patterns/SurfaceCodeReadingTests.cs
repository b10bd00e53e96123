using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 429, on hand-written sentences that come from no simulator template: the reader's own surface — receipts, cup sleeves,
/// a counter, a wall he paints, a shutter — made to carry a stranger's code, link or slogan for pay, with what it leads to
/// unasked or the owner or customers kept uninformed; against honest work of the same shape, and against the offer with its
/// concealment missing.
/// </summary>
public sealed class SurfaceCodeReadingTests
{
    private const string Id = "surface-code-unasked";

    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(string text) => Match(text).Hits.Any(h => h.Pattern.Id == Id && !h.Negated);

    [Theory]
    [InlineData("便利店老板接个活：收银条最下面印我们给的二维码，一个月给你四百，码扫出来是哪家平台的不用打听。")]
    [InlineData("奶茶店杯套上印我们的链接，每杯给你2毛，链接后面是啥你别管，也不用跟顾客解释。")]
    [InlineData("找人刷墙：在镇上卷帘门和电线杆上刷“网贷秒到账”标语加网址，一面给150元，别找房主，网址是谁家的少打听。")]
    [InlineData("跑村刷墙：外墙刷“秒批贷款 不看征信”大字配二维码，每面墙小几百，拍照结账，不用问村委。")]
    [InlineData("Cafe owners: print our QR code on your receipts, $300 a month, don't ask what the app is.")]
    [InlineData("Paint our casino slogan and link on barn walls, $60 per wall, and don't tell the owners.")]
    public void StrangersCodeOnOwnSurface_IsFound(string text) => Assert.True(Live(text));

    [Theory]
    // A shop's own membership code, a refusal of third-party links, a wall whose owner signed for the client's own advert.
    [InlineData("便利店店长：收银条最下面印本店会员小程序的二维码，总部统一下发，不放第三方链接，码打开是本店会员页。")]
    [InlineData("奶茶店杯套上印本店公众号的链接，品牌统一设计，每月补贴400元，顾客问起就如实说是点单页。")]
    [InlineData("刷墙师傅：外墙刷运营商“宽带进村”标语加客服网址，每面120元，房主签了墙面使用协议，村委盖章备案。")]
    [InlineData("Cafe owners: print your own loyalty QR code on your receipts, $30 a month, and if a customer asks, tell them the truth.")]
    public void HonestWorkOfTheSameShape_IsNotIt(string text) => Assert.False(Live(text));

    [Theory]
    // The same acts with nothing kept from view: left to the model and other readings.
    [InlineData("便利店老板接个活：收银条最下面印我们给的二维码，一个月给你四百。")]
    [InlineData("跑村刷墙：外墙刷“秒批贷款”大字配二维码，每面墙150元，拍照结账。")]
    [InlineData("Cafe owners: print our QR code on your receipts, $300 a month.")]
    public void WithoutConcealment_IsNotIt(string text) => Assert.False(Live(text));

    [Fact]
    public void AQuotedSlogansOwnNegation_IsNoRefusal()
    {
        // “不看征信” is what is painted: the clause's refusal test sets the quoted slogan aside.
        Assert.True(Live("跑村刷墙：外墙刷“秒批贷款 不看征信”配网址，每面150元，网址是干嘛的别问。"));
        Assert.False(Live("跑村刷墙：外墙不刷任何网址，每面150元，网址是干嘛的别问。"));
    }
}
