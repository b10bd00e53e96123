using Breakcard.Screening.Lexicon;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 424, on hand-written sentences that come from no simulator template: a refusal written after the list it refuses (or
/// heading it) makes the cards named there its objects, not an offer's; and one's own outlet lent as the sender of empty
/// parcels on a stranger's waybills, for pay — against an outlet's own rules that refuse both, and honest shipping of real goods.
/// </summary>
public sealed class PostposedRefusalAndEmptyParcelTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string id) => m.Hits.Any(h => h.Pattern.Id == id && !h.Negated);

    private static bool AnyLive(PatternMatches m, params string[] ids) => m.Hits.Any(h => ids.Contains(h.Pattern.Id) && !h.Negated);

    private static readonly string[] CardReadings = ["card-trade", "phone-card-trade", "card-carry", "card-kit", "card-handover"];

    [Theory]
    // A counter's rule, the refusal after its list: 恕不收寄, 一律拒收, 不予揽收, 一律不收 after 带卡; a heading refusal; English.
    [InlineData("快递驿站寄件须知：现金、银行卡、手机卡、U盾恕不收寄，空包一律拒收；寄件实名登记，每单运费8元起。")]
    [InlineData("本网点寄件每单10元：内有银行卡、手机卡的包裹一律不予揽收，请寄件人自行取出。")]
    [InlineData("手机回收店招店员：带卡的手机和银行卡一律不收，收机前请客户自己把卡取走，每台提成20元。")]
    [InlineData("寄件每单8元起，禁寄物品：银行卡、手机卡、U盾、身份证。")]
    [InlineData("寄件每单8元起：空包和夹带卡类的一律不收。")]
    [InlineData("寄件每单8元起：空信封、内有银行卡、手机卡的拒收。")]
    [InlineData("Counter clerk, $16/hr: parcels with bank cards, SIM cards or cash inside will be refused.")]
    [InlineData("Counter clerk, $16/hr: bank cards and SIM cards are not accepted for shipping.")]
    public void CardsListedBeforeTheirRefusal_AreNotOffered(string text) => Assert.False(AnyLive(Match(text), CardReadings));

    [Theory]
    // "accepted" refuses only after a negation read as written, word by word: "payment accepted" refuses nothing.
    [InlineData("Counter rules: bank cards and SIM cards are not accepted.", true)]
    [InlineData("Counter rules: parcels with bank cards won't be accepted.", true)]
    [InlineData("Bank card rental: your bank card earns $300 a week, crypto payment accepted.", false)]
    [InlineData("Bank card rental: your bank card earns $300 a week, any applicant accepted.", false)]
    public void AnEnglishParticiple_RefusesOnlyAfterANegation(string text, bool refused)
    {
        var context = new PatternContext(TextNormaliser.Default.Normalise(text));
        var cards = Enumerable.Range(0, context.Terms.Count).Where(i => context.Terms[i].Has(Concept.BankCard)).ToList();
        Assert.NotEmpty(cards);
        Assert.All(cards, i => Assert.Equal(refused, context.IsNegated(i)));
    }

    [Theory]
    // The buying stands: its verb comes before the list the refusal takes, or in another clause.
    [InlineData("card-trade", "驿站老板兼职收卡：银行卡、手机卡、U盾都收，每张200元，冻结的一律拒收，卡寄到我们给的地址。")]
    [InlineData("card-trade", "长期高价收银行卡，冻结卡不要，一张500元，日结。")]
    [InlineData("card-trade", "高价收银行卡冻结的不收，一张500元，日结。")]
    [InlineData("card-trade", "We buy bank cards for $300 each, frozen ones are not accepted.")]
    public void ARefusalOfSomethingElse_LeavesTheTradeStanding(string id, string text) => Assert.True(Live(Match(text), id));

    [Theory]
    [InlineData("有快递网点的老板看过来：空包代发，收件人信息我们提供，你这边打单发空包，真实揽收有物流，一单3毛，量大日结。")]
    [InlineData("礼品代发：你的驿站帮我们发小礼品（里面放一包纸巾），订单地址我们后台推送，每件0.8元，日结。")]
    [InlineData("出单号：开快递点的，用你的网点账号打我们给的地址，包裹里放张纸就行，每单5毛，日结。")]
    [InlineData("Own a shipping store? Mail empty envelopes on the prepaid labels we email you, $1 per envelope, paid weekly.")]
    public void EmptyParcelsOnAStrangersWaybills_AreFound(string text) => Assert.True(Live(Match(text), "empty-parcels-sent"));

    [Theory]
    // An outlet refusing empty parcels and strangers' waybills, before or after the list; real goods on a customer's own order;
    // empty envelopes sold to buyers who give their own addresses; a warning that names whoever asks for it.
    [InlineData("快递网点招前台：空包、无实物的件一律不收，收件人信息由寄件人本人填写，面单系统打印，每单提成3毛，日结。")]
    [InlineData("驿站店员每单提成1元：不寄空包，不用别人给的面单，单号系统生成。")]
    [InlineData("集运仓打包：按客户自己的订单把商品装箱，面单推送给客户本人，每单计件1元，日结。")]
    [InlineData("信封批发：空信封100个一包，每包12元包邮，收件地址请买家自己填写。")]
    [InlineData("Shipping store counter clerk, $16/hr, paid weekly: empty envelopes and labels we did not print are not accepted.")]
    [InlineData("驿站老板注意：有人出钱找你寄空包，面单他们给，每单1元，这是帮信，一律拒绝。")]
    public void HonestShippingOfTheSameShape_IsNotIt(string text) => Assert.False(Live(Match(text), "empty-parcels-sent"));
}
