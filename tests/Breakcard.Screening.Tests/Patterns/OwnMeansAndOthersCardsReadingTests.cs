using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 433, on hand-written sentences that come from no simulator template: the forms of what the reader is told not to ask
/// that round 25 left unread; one's own means put to the poster's use with what they carry unasked; goods bought with cards
/// that are not the reader's collected in his name, through the English words' disguises — each against honest work of the
/// same shape.
/// </summary>
public sealed class OwnMeansAndOthersCardsReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string id) => m.Hits.Any(h => h.Pattern.Id == id && !h.Negated);

    private static bool Told(string text) => new PatternContext(TextNormaliser.Default.Normalise(text)).ToldNotToAsk.Count > 0;

    [Theory]
    // A waiver the reading did not know, an asking left unanswered, a story without 就, a story by phone, an object between
    // the waiver and its question, the other party as the subject of the question, an English story without "say".
    [InlineData("客户做什么业务不过问，人工一万五。")]
    [InlineData("钱从哪来你别操心，每笔给你2%。")]
    [InlineData("有人问不用回，被投诉你说号被盗了。")]
    [InlineData("平台打电话就讲自己在用。")]
    [InlineData("有驾照的找我，不用管设备是干嘛的。")]
    [InlineData("帮客户装好会议软件，对方为什么要换手机别问。")]
    [InlineData("If the cashier asks, it's your cousin's card.")]
    public void FormsRoundTwentyFiveWrote_AreRead(string text) => Assert.True(Told(text));

    [Theory]
    // Someone else's approach described (对方说…, someone may offer …), a truth told, an asking that is a question.
    [InlineData("对方说钱从哪来你别操心的，一律拒绝。")]
    [InlineData("If someone offers you $50 and says if the cashier asks it's your cousin's card, refuse and report it.")]
    [InlineData("营业厅问就如实说是亲戚在用。")]
    [InlineData("有问题不用回复这条消息。")]
    public void HonestFormsOfTheSameWords_AreNotRead(string text) => Assert.False(Told(text));

    [Theory]
    [InlineData("开名酒行的老板：你的收款码帮我们收几笔货款，每单3个点给你，付款人是谁别问。")]
    [InlineData("闲置手机卡变现：把你名下的手机卡插到我们寄来的盒子里，一个月给300元，营业厅问就说是亲戚的。")]
    [InlineData("有公众号的朋友：你的号每周推我们两条文章，一条800元，推的是什么别问。")]
    [InlineData("Side gig for store owners: let our customers pay through your shop's card reader, keep 3% of every sale. No need to know whose card it is.")]
    public void OwnMeansPaidWithWhatTheyCarryUnasked_IsFound(string text) => Assert.True(Live(Match(text), "own-means-unasked"));

    [Theory]
    // The same means with the truth told, the offer described and refused, and the offer with nothing kept from view.
    [InlineData("【反诈提醒】有人让你用自己的收款码帮他收货款，每单3个点给你，还说付款人是谁别问的，一律拒绝并报警。")]
    [InlineData("家庭副卡办理须知：你名下的手机卡给亲戚用，要本人到营业厅登记，营业厅问就如实告知亲戚的姓名，不收任何费用。")]
    [InlineData("开名酒行的老板：你的收款码帮我们收几笔货款，每单3个点给你。")]
    public void HonestOrUnconcealedUseOfOnesOwnMeans_IsNotIt(string text) => Assert.False(Live(Match(text), "own-means-unasked"));

    [Theory]
    [InlineData("Orders placed in your name at Best Buy, paid by crads we get from a supplier. Show your ID at the counter. $50 an order.")]
    [InlineData("We order laptops in your name and pay with cadrs from our plug; bring your 🆔 to the counter. $60 per pickup.")]
    [InlineData("Collect the phones we order under your name, $50 per pickup. Don't use your own card, we cover the payment.")]
    [InlineData("Pick up orders placed in ur name, $80 an order, paid w/ c*rds that aren't ours.")]
    public void OthersCardsCollectedInTheReadersName_IsFound(string text) => Assert.True(Live(Match(text), "others-cards-collected"));

    [Theory]
    // A store's rule refusing others' cards; the same order with the reader's own card.
    [InlineData("Store pickup policy: orders placed in your name are collected with your own ID at the counter. We never accept cadrs that aren't yours. $5 fee for late pickups.")]
    [InlineData("Orders placed in your name, paid with your own card, collected with your ID at the counter. $50 an order.")]
    public void StoreRulesAndOnesOwnCard_AreNotIt(string text) => Assert.False(Live(Match(text), "others-cards-collected"));

    [Theory]
    [InlineData("paidbycradswe", "paidbycardswe")]
    [InlineData("paidwcrdsthat", "paidwcardsthat")]
    [InlineData("youracountnumber", "youraccountnumber")]
    [InlineData("cardsfine", "cardsfine")]
    public void EnglishInstrumentWords_AreFoldedWithAMapBack(string normalised, string expected)
    {
        var (text, map) = EnglishInstrumentWords.Fold(normalised);
        Assert.Equal(expected, text);
        Assert.Equal(normalised.Length, EnglishInstrumentWords.Back(map, text.Length));
        Assert.Equal(text[^1], normalised[EnglishInstrumentWords.Back(map, text.Length - 1)]);
    }

    [Theory]
    [InlineData("your real 🆔 at the counter", "yourrealidatthecounter")]
    [InlineData("pick 🆙 in store", "pickupinstore")]
    public void SquaredLatinWords_ReadAsTheirLetters(string text, string expected) => Assert.Equal(expected, TextNormaliser.Default.Normalise(text).Text);
}
