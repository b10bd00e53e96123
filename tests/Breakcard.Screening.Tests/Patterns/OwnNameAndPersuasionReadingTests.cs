using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 463, on hand-written sentences that come from no simulator template: one's own name, identity or part in a stranger's
/// deal used for pay with what it carries unasked; a contract signed on someone else's behalf, which is not formal hiring;
/// the words that make a reluctant person pay in, written for pay with their purpose unasked; and an HTML source's paragraphs
/// read as its lines beside a stock anti-fraud line — each against honest work of the same shape.
/// </summary>
public sealed class OwnNameAndPersuasionReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string id) => m.Hits.Any(h => h.Pattern.Id == id && !h.Negated);

    [Theory]
    // One's name for a lease, one's identity for an account, a party's role in a stranger's deal, one's person at a counter.
    [InlineData("帮朋友个忙：用你的名字在小区租一间车库，钥匙交给他们，每月给你800元，里面放什么不用管。")]
    [InlineData("本人实名开一个物流平台的账号，登录交给我们的调度，一个号300元，运的是什么别问。")]
    [InlineData("你作为担保人在几份借款协议上签字，一份200元，借款人是谁不用管。")]
    [InlineData("本人去营业厅办一条宽带，办好后把光猫交给我们，每条给你500元，他们拿来干嘛别问。")]
    public void OnesOwnNameOrPartUsedWithWhatItCarriesUnasked_IsFound(string text) => Assert.True(Live(Match(text), "own-means-unasked"));

    [Theory]
    // The same acts refused in a notice, done openly for oneself, and offered with nothing kept from the reader.
    [InlineData("【物业提醒】有人出钱让你用自己的名字租车库给他们放东西，还说里面放什么不用管的，一律拒绝并告诉物业。")]
    [InlineData("本人实名开物流平台账号，自己接单自己运货，平台按单结算，每单30元，货物清单每单都看得到。")]
    [InlineData("你作为担保人在几份借款协议上签字，一份200元，借款人的身份和借款用途都写在协议里。")]
    public void HonestOrOpenUseOfOnesOwnName_IsNotIt(string text) => Assert.False(Live(Match(text), "own-means-unasked"));

    [Fact]
    public void ContractSignedForOthers_IsNotFormalHiring()
    {
        // Signing for someone else is the act offered; an employer signing with the reader is hiring.
        Assert.True(Live(Match("你的实名注册一个签约平台，替几家公司签合同，每份80元，公司是做什么的不用管。"), "own-means-unasked"));
        Assert.False(Live(Match("入职签合同，你的实名信息录入系统，月薪6000元，公司是做什么的面试时会介绍，不用管别的。"), "own-means-unasked"));
    }

    [Theory]
    // A hesitant member persuaded, someone steered to pay in, a depositor held who wants his money out.
    [InlineData("兼职写回复：群里的会员犹豫要不要转账时，你写几句能打动他的话，一条2元，群是做什么的别问。")]
    [InlineData("帮我们的客服想几句话，引导客户入金，一句5元，客户是哪来的不用管。")]
    [InlineData("有人想提现的时候写几句把他稳住，每条1元，聊天记录从哪来别问。")]
    public void WordsThatMakeTheReluctantPayIn_ForPayWithPurposeUnasked_AreFound(string text) =>
        Assert.True(Live(Match(text), "persuasion-to-pay-unasked"));

    [Theory]
    // Sales copy for one's own shop, a notice describing the approach, and the same words with nothing kept from view.
    [InlineData("本店招文案：顾客犹豫要不要下单时，写几句打动他的介绍，一条2元，产品资料店里都会给你。")]
    [InlineData("【反诈提醒】有人出钱让你写引导客户入金的话术，还说客户是哪来的不用管，这是帮诈骗团伙，一律拒绝并报警。")]
    [InlineData("兼职写回复：群里的会员犹豫要不要报名时，你写几句能打动他的话，一条2元，群是我们读书会的。")]
    public void HonestPersuasionOrANotice_IsNotIt(string text) => Assert.False(Live(Match(text), "persuasion-to-pay-unasked"));

    [Fact]
    public void HtmlSourceOnOneLine_ReadsItsParagraphsAsLines()
    {
        // A stock anti-fraud paragraph beside the poster's own paragraph: the offer stays an offer, as on separate lines.
        const string Offer = "<p>用你的名字在银行租个保险箱，替我们存几个袋子，每月1000元，袋子里是什么不用管。</p><p>如遇诈骗请拨打96110或报警，本平台坚决拥护反诈。</p><p>【反诈提醒】凡是先让你交钱的都是诈骗。</p>";
        Assert.False(Match(Offer).IsWarningNotice);
        Assert.True(Live(Match(Offer), "own-means-unasked"));
        Assert.Equal(Match(Offer.Replace("</p><p>", "\n", StringComparison.Ordinal).Replace("<p>", "", StringComparison.Ordinal).Replace("</p>", "", StringComparison.Ordinal)).IsWarningNotice,
            Match(Offer).IsWarningNotice);
    }

    [Fact]
    public void HtmlNoticeOnOneLine_StaysANotice()
    {
        // A police notice in paragraphs describes the approach on every line: no paragraph is the poster's offer.
        const string Notice = "<p>【反诈提醒】近期有团伙每月上千元雇老人用本人身份证去银行租保管箱，替他们存放袋子。</p><p>袋子里往往是诈骗赃款，替人存放可能构成帮信罪。</p><p>如遇此类情况请报警。</p>";
        Assert.True(Match(Notice).IsWarningNotice);
        Assert.False(Live(Match(Notice), "own-means-unasked"));
    }
}
