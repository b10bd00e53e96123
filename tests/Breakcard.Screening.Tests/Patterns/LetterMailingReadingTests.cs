using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 400, on hand-written sentences that come from no simulator template: letters a stranger prints, posted by the reader
/// for pay while what they say, whom they reach or how they are posted is kept from view, are read as help; an institution
/// posting its own papers to the people its records name, and a letter received and named fake, are honest context, and
/// neither excuses a text where letters are posted for others or another offence is stated.
/// </summary>
public sealed class LetterMailingReadingTests
{
    private const string Pattern = "letters-posted-for-others";

    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m) => m.Hits.Any(h => h.Pattern.Id == Pattern && !h.Negated);

    [Theory]
    [InlineData("在家折信封：信是打印好的“公安局协查通知”，落款电话填我们给的号，贴好邮票就近投邮筒，每封1.5元。")]
    [InlineData("招居家寄信员：套封、贴邮票，拿到附近邮筒投掉，每个邮筒最多投十几封，一百封60元。")]
    [InlineData("帮忙寄“催告函”，名单由我们快递给你，装好贴邮票投邮筒，一封8毛，名单怎么来的别多问。")]
    [InlineData("宝妈副业：信纸我们印好，你贴邮票寄到邮局，每封2元，邮局的人问起就说是帮亲戚寄喜帖。")]
    [InlineData("Part-time: stamp our 'account freeze' letters to seniors on our list and post them at several post offices. 40 cents an envelope.")]
    [InlineData("Envelope stuffing, $25 per hundred: drop them in the mailbox, and don't read them.")]
    public void LettersPostedWithSomethingKeptFromView_AreRead(string text) => Assert.True(Live(Match(text)));

    [Theory]
    [InlineData("宝妈副业：帮婚庆公司寄喜帖，宾客名单由新人提供，你贴邮票投邮筒，一封8毛，写什么随便看。")]
    [InlineData("招居家寄信员：给社区图书馆的会员套封、贴邮票，拿到邮局一次交寄，一百封60元，内容都可以看。")]
    [InlineData("Envelope stuffing for the animal shelter, $25 per hundred: its own donor list, take the trays to the post office in one drop.")]
    [InlineData("在家折信封：信上落款电话不填我们给的号，一律印法院官网公布的号码，贴好邮票投邮筒，每封1.5元。")]
    public void LettersPostedOpenly_AreNotRead(string text) => Assert.False(Live(Match(text)));

    [Theory]
    [InlineData("本院通过中国邮政EMS向当事人邮寄送达起诉状副本、应诉通知书，回执入卷。")]
    [InlineData("我行将按账户号对应的地址以挂号信方式寄送对账单，如有疑问请拨打我行客服。")]
    [InlineData("The clerk's office mails each summons to the parties to the case by certified mail and files the return receipt.")]
    public void AnInstitutionsOwnMail_SpeaksAsTheInstitution(string text) =>
        Assert.True(Match(text).Honest.HasFlag(HonestContext.InstitutionVoice));

    [Theory]
    [InlineData("本院通过EMS向当事人邮寄送达，每封2元，收件人是谁别问。")]
    [InlineData("我行客户名单已备好，以挂号信寄出，每个邮筒最多投十封，户号别问。")]
    public void AnInstitutionsNameOverHiddenMail_IsNoInstitutionSpeaking(string text) =>
        Assert.False(Match(text).Honest.HasFlag(HonestContext.InstitutionVoice));

    [Theory]
    [InlineData("收到自称法院寄来的“冻结通知”，要你扫码缴费的，都是假的，请拨12368核实。")]
    [InlineData("老人接到“社保卡冻结”的信，让打信上的电话解冻——这种信是伪造的。")]
    [InlineData("If you receive a letter from the 'tax office' asking you to pay by gift card, it's fake.")]
    public void ACommunicationReceivedAndNamedFake_IsAVerdict(string text) =>
        Assert.True(Match(text).Honest.HasFlag(HonestContext.ReportFraming));

    [Theory]
    [InlineData("收到通知了，这个兼职不是假的，每天200元。")]
    [InlineData("出租银行卡，一张800元日结，收到银行的冻结短信都是假的，不用理。")]
    public void NothingNamedFake_OrFakeBesideAnOffence_IsNoVerdict(string text) =>
        Assert.False(Match(text).Honest.HasFlag(HonestContext.ReportFraming));

    [Fact]
    public void LettersPostedForOthers_WithdrawTheWarningNoticeTheirCourtMakes()
    {
        // 法院 (a warning topic) and two orders not to ask (别) read as a notice; the letters imitate the court.
        var m = Match("在家装信封：信纸是“某市中级人民法院传票”，下面印着我们的二维码，名单哪来的别问，贴邮票分几个邮筒投，同一个邮筒别投太多，每封2元。");
        Assert.True(Live(m));
        Assert.False(m.Honest.HasFlag(HonestContext.WarningNotice));
    }
}
