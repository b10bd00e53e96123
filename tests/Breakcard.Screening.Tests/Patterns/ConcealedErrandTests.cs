using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 473, on hand-written texts that come from no simulator template: paid work whose purpose the reader is told not to ask,
/// with a second sign of concealment in the same item — a story for the family, the thing collected back or sent where the
/// poster says, the people served never met, money arriving from the poster's side, a second standing form — read whatever the
/// act; not a blanket "no worries", not a notice that refuses the offer, not honest work that names its business and asks.
/// </summary>
public sealed class ConcealedErrandTests
{
    private static bool Live(string text) =>
        PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Any(h => h.Pattern.Id == "concealed-errand" && !h.Negated);

    [Theory]
    [InlineData("泰国边上一个工业园招锅炉工，月薪1.6万，包机票，只管烧锅炉，园区里的人干什么不用管，跟家里就说在国内工地。")] // family story
    [InlineData("找几位阿姨去营业厅办几张流量卡，办完收回来，每张80元，卡拿去干嘛别问。")] // collected back
    [InlineData("会装系统的来：我们寄来的笔记本装个远程软件，装好寄到指定地址，每台80元，电脑给谁用不用管。")] // sent where the poster says
    [InlineData("周末跑一趟边境小镇，捎几个老乡过去，一趟800元，接的人不用见面，他们去那边干嘛的别打听。")] // never met
    [InlineData("帮忙在外卖平台下单，钱老板先打到你那边，每单抽3个点，奶茶送到哪不用管。")] // money from the poster's side
    [InlineData("Weekend gig: pick up the laptops we order to your address, and our driver collects them the same evening. $60 per laptop. Don't ask who they're for.")]
    [InlineData("Easy errand: we send money to your account, you top up the phone numbers on our list. Keep 5% of every top-up. Never ask where the money comes from.")]
    [InlineData("外地陪住：在酒店陪三个卖了卡的老乡住五天，他们的电话你保管，别让他们去挂失，一天500元，卡谁在用别问。")] // ADR 481: minded
    [InlineData("跑腿兼职：按我们给的地址去看自助银行，记下能不能无卡存款、几点关门，拍视频交上来，一个点30元，谁用别问。")] // ADR 481: handed up
    [InlineData("现金整理：到我们租的房子点钞打包，一万一捆，每天有人来取走，日结300元，钱哪来的别问。")] // ADR 481: collected
    [InlineData("拍卖保证金：用你的卡去交保证金但不出价，流拍退回来就转回指定账户，每笔给50元，钱哪来的别问。")] // ADR 481: sent back
    public void ConcealedErrand_UnaskedWithSecondSign_IsRead(string text) => Assert.True(Live(text));

    [Theory]
    [InlineData("农家乐周末帮厨，一天200元当天结，做好饭其他什么都不用管，用完的锅碗收回来就行。")] // a blanket waiver
    [InlineData("【反诈提醒】有人出300元让你带外国同学去办卡、办好收回来、卡给谁用别问的，一律拒绝并报警。")] // a notice refusing it
    [InlineData("老挝万象中资电站招锅炉工，月薪1.6万，持证劳务派遣公司外派，护照和手机本人保管，跟家里说好再出发。")] // nothing unasked
    [InlineData("帮忙在外卖平台下单，每单3元，奶茶送到哪不用管。")] // no second sign
    [InlineData("Store runner: the company pays for stock from its own business account; hand the receipts over to us at the office. Keep 2% of every order you bring in. Ask your supervisor what anything is for.")]
    [InlineData("养老院护工，月薪6500元，夜班照看失智老人，别让老人单独出去，家属的电话护士站保管。")] // ADR 481: a carer
    [InlineData("银行现金中心清分员，月薪7000元，五险一金，点钞打包后由押运公司取走，全程监控，来源见交接单。")] // ADR 481: cash centre
    [InlineData("银行外包ATM巡检员，月薪6000元，按网点清单检查自助设备、监控和限额，拍照上传系统交上来，工单写明用途。")] // ADR 481: survey
    public void ConcealedErrand_BlanketRefusedOrHonest_IsNotRead(string text) => Assert.False(Live(text));

    // ADR 482: the reason quotes the order not to ask, where it stands in the text, not the lexicon word nearest it.
    [Theory]
    [InlineData("会装系统的来：我们寄来的笔记本装个远程软件，装好寄到指定地址，每台80元，电脑给谁用别问。", "别问")]
    [InlineData("找几位阿姨去营业厅办几张流量卡，办完收回来，每张80元，卡拿去干嘛别问。", "干嘛别问")]
    [InlineData("Weekend gig: pick up the laptops we order to your address, and our driver collects them the same evening. $60 per laptop. Don't ask who they're for.", "ask who")]
    public void ConcealedErrand_QuotesTheFormRead(string text, string form)
    {
        var hit = PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Single(h => h.Pattern.Id == "concealed-errand");
        Assert.Contains(form, hit.Quote, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(hit.Quote, text[hit.OriginalStart..hit.OriginalEnd]);
    }
}
