using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 348, on hand-written sentences that come from no simulator template: a text that pays its reader to get
/// complaints withdrawn or buried, or to keep a victim from the police, handles the warning words (报警, 骗局, scam)
/// and is neither an anti-fraud notice nor a report of fraud; notices, pledges and complaint desks' reports that
/// name the same acts without paying for them stay what they were.
/// </summary>
public sealed class SuppressionReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    [Theory]
    [InlineData("口碑专员：私聊说被骗的用户退点小钱让他撤回投诉，说要报警的先稳住，帖子里说是骗局的找人举报删掉，每条撤诉给120元，周结，Telegram联系。")]
    [InlineData("网评兼职：差评和说平台是骗局的帖子，找人举报删掉压到后面，每删一条80元，日结，报警的事不用你管。")]
    [InlineData("Reputation gig: buyers of a partner shop post fraud complaints and say they were scammed. Refund a little so they withdraw the complaint and keep them from calling the police. $25 per complaint withdrawn, paid daily, contact on Telegram.")]
    public void PaidSuppression_IsNotAWarningNorAReport(string text)
    {
        var m = Match(text);
        Assert.False(m.IsWarningNotice);
        Assert.Equal(HonestContext.None, m.Honest & (HonestContext.WarningNotice | HonestContext.ReportFraming));
    }

    [Theory]
    [InlineData("投诉处理周报：共受理投诉20条，18条已退款，2位用户退款后撤回投诉；自称被骗要报警的，协助拨打110并提示警惕骗局。")]
    [InlineData("反诈提示：有人以“每条撤诉100元”招舆情兼职，帮骗局平台压投诉、劝受害人别报警，这是帮助诈骗，发现请拨打96110。")]
    [InlineData("承诺书：本人不替任何平台删帖、撤诉或劝阻受害人报警，遇到骗局立即报警并拨打96110。")]
    [InlineData("Complaints desk weekly report: 40 complaints received, 2 withdrawn by customers after refunds. Customers who say they were scammed are told to report fraud to the police and the platform; staff never delete complaints.")]
    public void NoticesPledgesAndDeskReports_StayWarnings(string text) => Assert.True(Match(text).IsWarningNotice);

    // ADR 480: a notice whose sentence names a gang as the subject of the order (不让报警, 阻止报警) and judges it describes the order;
    // the same order in the poster's own offer, paid by the day, still orders.
    [Theory]
    [InlineData("【公安提示】最近有人以“陪住日结”招闲散人员去外地宾馆陪着“卡主”，收走卡主的电话，银行来电时让他照稿回答，阻止报警——这是替电诈团伙守住用来收钱的卡，明知还去，可能构成帮信罪。")]
    [InlineData("【反诈中心提醒】近期有团伙打着“看场日结”招无业人员到异地民宿看着卡主，收走卡主手机，银行回访时让他们照说答，不让报警——这是在看住电诈窝点用的账户，知道还做，或触犯帮信。")]
    public void ANoticeDescribingAGangsOrder_IsAWarning(string text) => Assert.True(Match(text).IsWarningNotice);

    [Theory]
    [InlineData("招陪住，日结400：去外地宾馆陪着“卡主”，收走卡主的电话，银行来电时让他照稿回答，阻止报警，包吃住。")]
    [InlineData("看场日结500：到异地民宿看着卡主，收走卡主手机，不让报警。有人问就说是亲戚，这不是犯罪。")]
    public void TheSameOrderInTheOffer_StaysAnOrder(string text) => Assert.False(Match(text).IsWarningNotice);
}
