using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Normalisation;

/// <summary>
/// ADR 432, on hand-written frames that come from no simulator template: a line of the writer's own past earnings and a call to
/// join the writer are dropped before reading, so the body is read as it would be alone; a line that names the trade, the
/// reader's pay or the poster's pay, a call with a price, a one-line text and a text that is all frame are read as before.
/// </summary>
public sealed class FrameLineTests
{
    private static string Fold(string text) => TextNormaliser.Default.Normalise(text).Text;

    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private const string Notice = "法院通报：大学生小王把自己的银行卡和手机卡以每套600元卖给他人，卡被用于诈骗转账，已被判处有期徒刑。";

    private const string CampusHiring = "城商行2027届校园招聘：公司业务岗，负责企业客户开户、代收代付和结算业务，本科以上，五险一金。";

    [Theory]
    [InlineData("月入过万不是梦，我就是这么做到的\n" + Notice)]
    [InlineData("上周又进账2300多，说说我这份活\n" + Notice + "\n评论区扣1带你")]
    [InlineData("姐妹们，这个月我已经提了5000多了，分享一下\n" + Notice + "\n感兴趣的滴滴我")]
    [InlineData("曬一下，這周到手２７８０元\n" + Notice + "\n跟我做就行")] // traditional and full-width digits fold first
    [InlineData(Notice + "\n想了解的私我")]
    public void FrameLines_AreDropped_TheBodyReadsAsAlone(string text) => Assert.Equal(Fold(Notice), Fold(text));

    [Theory]
    [InlineData("Cashed out $640 today, here's what I do\nWeekend tutor, maths for Year 8, paid into your own account.\nDM me if you want the link")]
    [InlineData("Made $1,200 this month on weekends, no joke\nWeekend tutor, maths for Year 8, paid into your own account.\nLink in bio")]
    public void EnglishFrameLines_AreDropped(string text) =>
        Assert.Equal(Fold("Weekend tutor, maths for Year 8, paid into your own account."), Fold(text));

    [Theory]
    [InlineData("出租银行卡，我上周到账3000元\n" + Notice)] // the line names the trade: it is the offer
    [InlineData("你每天到手300元，我们当天结\n" + Notice)] // the reader's pay
    [InlineData("我们这里月入过万\n" + Notice)] // the poster's pay
    [InlineData("扣1带你，一单50元\n" + Notice)] // a call with a price
    [InlineData("感兴趣的加我vx了解\n" + Notice)] // a contact is the offer's, not the frame's
    [InlineData("Comments\n" + Notice)] // a comment thread's header is no call
    public void OfferLines_AreKept(string text) => Assert.NotEqual(Fold(Notice), Fold(text));

    [Theory]
    [InlineData("上周又进账2300多，说说我这份活。" + Notice)] // one line: the text is read whole
    [InlineData("上周又进账2300多，说说我这份活\n评论区扣1带你")] // all frame: nothing else to judge
    public void TextsWithoutABodyLine_AreReadWhole(string text) => Assert.Contains("进账", Fold(text), StringComparison.Ordinal);

    [Fact]
    public void FrameAmount_DoesNotCompleteTheBodysStructure()
    {
        // The hiring's own settlement words are a structure hit; only the frame's amount would pay for it.
        var framed = Match("上周又进账2300多，说说我这份活\n" + CampusHiring + "\n评论区扣1带你");
        var alone = Match(CampusHiring);
        Assert.False(framed.HasOffenceStructure);
        Assert.Equal(alone.HasOffer, framed.HasOffer);
        Assert.Equal(alone.Honest, framed.Honest);
    }

    [Fact]
    public void FrameAroundANotice_LeavesItANotice()
    {
        var m = Match("姐妹们，这个月我已经提了5000多了，分享一下\n" + Notice + "\n感兴趣的滴滴我");
        Assert.Equal(Match(Notice).Honest, m.Honest);
        Assert.NotEqual(HonestContext.None, m.Honest);
    }

    [Fact]
    public void FrameLines_StayQuotableInTheOriginal()
    {
        const string Text = "上周又进账2300多，说说我这份活\n把你的银行卡寄给我们，每张600元，当天结算。";
        var n = TextNormaliser.Default.Normalise(Text);
        Assert.Equal(Text, n.Original);
        Assert.DoesNotContain("进账", n.Text, StringComparison.Ordinal);
        Assert.NotEmpty(n.Terms);
        Assert.All(n.Terms, t => Assert.True(n.OriginalSpan(t.Start, t.End).Start > Text.IndexOf('\n', StringComparison.Ordinal)));
        Assert.Contains("银行卡", n.Quote(0, n.Text.Length), StringComparison.Ordinal);
    }
}
