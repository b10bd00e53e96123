using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 447, on hand-written texts: a key card (房卡, 门卡, 门禁卡, key card) handed by the business to its own registered guest is
/// no bank card handed over; an item ticked off in the business's own check list (刷脸核验 ✔, face check ✔) is its check on the
/// person in front of it, not an identity lent; a notice that reports a rental or a gateway as others' conduct offers nothing;
/// an English note that describes people paid to return goods as laundering describes them. Each with a twin in the same words
/// where the reader's bank card, face or purchase is the thing given.
/// </summary>
public sealed class OwnControlReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string id) => m.Hits.Any(h => h.Pattern.Id == id && !h.Negated);

    [Fact]
    public void AKeyCardHandedToTheGuest_IsNoCardHandedOver() =>
        Assert.False(Live(Match("前台：房卡只交给登记的客人本人，有人出钱请你替人开房，别办"), "card-handover"));

    [Theory]
    [InlineData("兼职：把卡交给我们，每天给你200元")]
    [InlineData("兼职：银行卡交给我们，你自己的卡，每天给你200元")]
    public void ABankCardHandedOver_StaysRead(string text) => Assert.True(Live(Match(text), "card-handover"));

    [Fact]
    public void AFaceCheckTickedOffInTheBusinesssOwnList_LendsNoIdentity() =>
        Assert.False(Live(Match("入住人：每个入住的人自己到前台，出示本人身份证 ✔，刷脸核验 ✔，一人一证 ✔\n提醒：有人出钱请你替人订房，别办"), "identity-lending"));

    [Theory]
    // The same check sold: an amount beside it.
    [InlineData("兼职：去酒店前台刷脸核验一次200元 ✔，有人出钱请你替人订房")]
    // No check mark: the reader's face passed for others.
    [InlineData("兼职：去酒店前台帮人刷脸核验，一次200元")]
    public void AFaceCheckForOthersOrForPay_StaysRead(string text) => Assert.True(Live(Match(text), "identity-lending"));

    [Fact]
    public void AWarningNoticeReportingAGateway_OffersNoTechnicalSupport()
    {
        var notice = Match("【公安提示】最近有人每天两三百找年轻司机拿自己的身份证租车，再把车和钥匙交给对接人，车被拿去装GOIP到处打电话——替人租车拿好处费，或触犯帮信。租车请本人驾驶。");
        var offer = Match("招司机：开车拉一台GOIP到处跑，每天两三百，车里设备是干嘛的别问。");
        Assert.False(Live(notice, "technical-support"));
        Assert.True(Live(offer, "technical-support"));
    }

    [Fact]
    public void PeoplePaidToReturnGoodsDescribedAsLaundering_AreDescribed()
    {
        var log = Match("Note: people hired to return items they didn't buy for gift cards may be laundering stolen-card purchases; call a manager");
        var offer = Match("Weekend gig: return items we give you, take gift cards, buy for gift cards with the refund and keep 10%, we handle the laundering. Telegram @x");
        Assert.False(Live(log, "settlement"));
        Assert.True(Live(offer, "settlement"));
    }
}
