using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 405, on hand-written sentences: a negator carries over an enumeration of acts (不出租、不出借、不出售银行卡; we do not rent,
/// lend, nor sell cards), and a poster's own pledge line is neither an offer nor a warning notice. A single refused item, an item
/// without its own negator and an offer beside a pledge stay read; a bank's notice with a verdict stays a notice.
/// </summary>
public sealed class PledgeLineTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("我们不出租、不出借、不出售银行卡，工资每月打到本人卡上。", "card-trade")]
    [InlineData("本店承诺：不出租、不出借、不出售银行卡和电话卡，工资月结。", "phone-card-trade")]
    [InlineData("We will not rent, lend, nor sell bank cards. Pay goes to your own account.", "card-trade")]
    [InlineData("We won't rent, lend or sell bank cards to anyone.", "card-trade")]
    [InlineData("工地招小工，一天250元。\n郑重承诺：不收押金，不办贷款，不刷单，正规公司，合法合规。", "order-brushing")]
    [InlineData("骑手在招，每周打到本人卡上。\n温馨提示：全民反诈，人人有责。不出租、不出借、不出售银行卡和电话卡，不向陌生人透露验证码。", "sms-code")]
    public void ANegatedEnumerationOrAPledgeLine_IsNotAnOffer(string text, string pattern) => Assert.False(Live(Match(text), pattern));

    [Theory]
    [InlineData("不出租、不出借银行卡的别来，出售银行卡一张500元，日结。", "card-trade")]
    [InlineData("不用坐班，出售银行卡一张500元，当天结。", "card-trade")]
    [InlineData("兼职刷单，一单佣金20元。\n郑重承诺：不收押金，正规公司，刷单日结300元。", "order-brushing")]
    public void AnOfferBesideARefusal_StaysLive(string text, string pattern) => Assert.True(Live(Match(text), pattern));

    [Fact]
    public void APledgeLine_MakesNoWarningNotice()
    {
        var m = Match("家里有宽带的朋友：帮我们放一台小主机，插上路由器别断电，每月给你1200元，主机干嘛的别问。\n"
            + "温馨提示：全民反诈，人人有责。不出租、不出借、不出售银行卡和电话卡。\n如遇诈骗请拨打96110或报警，本平台坚决拥护反诈。");
        Assert.False(m.IsWarningNotice);
        Assert.True(Live(m, "technical-support"));
    }

    [Fact]
    public void ABanksNoticeWithItsSlogan_OffersNoCards()
    {
        // The slogan repeats the verdict's acts, each refused: none of them is offered (main read 出售银行卡 as live).
        var m = Match("【工商银行温馨提示】近期有不法分子以“兼职日结”为名收购银行卡。\n出租、出借、出售银行卡是违法行为，我行提醒您：\n"
            + "不出租、不出借、不出售银行卡和电话卡，不向陌生人透露验证码。");
        Assert.False(Live(m, "card-trade"));
        Assert.False(Live(m, "phone-card-trade"));
    }

    [Fact]
    public void APoliceNoticeWithTheSlogan_StaysANotice()
    {
        // The text without the slogan line still reads as a notice (帮信罪, a verdict): the line is the notice's own.
        var m = Match("【工商银行温馨提示】近期有不法分子以“兼职日结”为名收购银行卡。\n出租、出借、出售银行卡是违法行为，警方提醒您：帮信罪\n"
            + "不出租、不出借、不出售银行卡和电话卡，不向陌生人透露验证码。");
        Assert.True(m.IsWarningNotice);
    }
}
