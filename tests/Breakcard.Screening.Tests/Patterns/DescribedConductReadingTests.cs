using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 415, on hand-written texts that come from no simulator template: a record or a notice whose own describing line names a
/// scheme as an unnamed third party's conduct and judges it (有人…可能是洗钱，要报告; if someone offers…, that's fraud — report it)
/// does not offer that conduct; an offer that pastes such a line beside itself keeps its own lines; a sentence where the
/// judgement is denied or the poster speaks (不用担责, 别报警, we) is not a description; a case report ending in the sentence passed,
/// a crime named after a filing word and a one-item rule (卡不出借) offer nothing; and English "rent" after a possessive is the noun.
/// </summary>
public sealed class DescribedConductReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    // A pawn shop's ledger line: the stranger's money described and reported.
    [InlineData("【典当登记】物品：金项链 18克，当金6000元，当户本人持证办理 ✔\n提醒：若有陌生人出钱让你帮他走账，这是在帮人洗钱，请拒绝并告知店员")]
    // A bank's large-withdrawal register.
    [InlineData("【大额取现登记】客户：本人持身份证取现5万元 ✔\n提示：有人让你取现后把钱交给他，可能是在帮人洗钱，要告诉柜员或报警")]
    // A slogan with 凡是…都是.
    [InlineData("【收银员交班表】现金 3200 元，扫码 5400 元 ✔\n凡是让你用自己的卡帮别人跑分走账的，都是洗钱，一律拒绝")]
    public void AChineseRecordsOwnDescribingLine_OffersNoSettlement(string text) => Assert.False(Live(Match(text), "settlement"));

    [Theory]
    // A clerk's run sheet: the stranger's cash described under "if a customer says", then stopped.
    [InlineData("MONEY ORDER LOG — clerk: Dana\nCustomer bought one money order for her own phone bill with her own cash ✔\nNote: if a customer says a stranger paid them to buy money orders and mail them on, stop the sale — it's a money mule scheme.")]
    // A landlord's receipt book.
    [InlineData("RENT RECEIPT — Flat 3, paid by the tenant from his own account ✔\nReminder: anyone who asks you to pass their money through your account is recruiting a money mule; refuse and report it.")]
    public void AnEnglishRecordsOwnDescribingLine_OffersNoSettlement(string text) => Assert.False(Live(Match(text), "settlement"));

    [Theory]
    // The pasted describing line does not cancel the poster's own offer on its own line.
    [InlineData("跑分兼职：用你的支付宝帮我们代收货款再转出，每万提成150元。\n提示：有人让你出租银行卡，可能是洗钱，要报警")]
    // The consequence denied: the poster reassures (不用担责).
    [InlineData("有人问就说是帮朋友代收代付，每单给你200元，被查了也不用担责")]
    // The poster speaks in the sentence: 我们 — not only others' conduct.
    [InlineData("有人说我们是跑分洗钱，要举报，其实我们只是代收代付，日结300")]
    public void AnOfferBesideOrInsideADescribingLine_StaysLive(string text) => Assert.True(Live(Match(text), "settlement"));

    [Fact]
    public void TheDescribingSentence_IsRecognised()
    {
        var context = Match("提示：不为别人代兑中奖彩票；有人高价买你的票或让你去兑奖，可能是洗钱，要报告工作人员");
        Assert.False(Live(context, "settlement"));
        Assert.Contains(context.Hits, h => h.Pattern.Id == "settlement" && h.Negated);
    }

    [Theory]
    // A court's case report: what a student did, and the sentence passed.
    [InlineData("【法院通报】一名大学生把自己的两张银行卡借给网友走账，最终因帮信罪被判有期徒刑一年。")]
    // A crime named after a filing word.
    [InlineData("【营业厅提示】帮陌生人实名办卡的，涉嫌帮人洗钱跑分。")]
    // A one-item rule: the verb right after its own negator.
    [InlineData("本店承诺：卡不出借，号不出售。")]
    public void ACaseReportAFilingOrAOneItemRule_OffersNothing(string text)
    {
        var m = Match(text);
        Assert.False(Live(m, "card-trade"));
        Assert.False(Live(m, "settlement"));
    }

    [Theory]
    // The sentence denied: a reassurance, not a case report.
    [InlineData("出租银行卡，不会被判刑，一张800元")]
    // The filing denied.
    [InlineData("帮我们跑分走账，不属于洗钱，日结500")]
    public void ADeniedSentenceOrFiling_StaysAnOffer(string text)
    {
        var m = Match(text);
        Assert.True(Live(m, "card-trade") || Live(m, "settlement"));
    }

    [Theory]
    [InlineData("Customer: buying one money order for their own rent with their own debit card; payee written at the counter.")]
    [InlineData("Paid my monthly rent with my own debit card at the counter.")]
    public void RentAfterAPossessive_IsTheNoun(string text) => Assert.False(Live(Match(text), "card-trade"));

    [Theory]
    [InlineData("Rent your debit card to us for a week, $300 cash.")]
    [InlineData("We rent out bank cards, DM for price.")]
    public void RentAsAVerb_StillTradesTheCard(string text) => Assert.True(Live(Match(text), "card-trade"));
}
