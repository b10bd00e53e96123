using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 408, on hand-written sentences: others' money paid out through the reader's account for goods the reader never keeps,
/// transfers of a cent carrying others' adverts, an organisation's own account paying a named party, and a form's line ending its
/// field. The honest twins use the same words with the employer's or the platform's own money, a wage and nothing hidden.
/// </summary>
public sealed class MoneyPaidOutReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    private static bool AnySettlement(PatternMatches m) =>
        m.Hits.Any(h => !h.Negated && h.Pattern.Id is "collect-and-forward" or "corporate-account" or "pass-through" or "paid-out-for-others" or "settlement");

    [Theory]
    [InlineData("代采购兼职：老板的货款先转到你微信上，你去批发市场扫码付给档口老板，货由我们的物流拉走，按流水1%给你提成。转钱的人是谁不用管。")]
    [InlineData("回收二手手机：钱我们先打到你卡上，你当场扫码付给卖家，手机寄给我们，每付一万给你150元。")]
    [InlineData("Buying agent wanted: we wire funds to your personal account, you pay the farmers on the spot, our driver collects the goods. You keep 2% of every $10,000 you pay out.")]
    [InlineData("农村兼职：帮老板收药材，钱老板先打菿伱鉲上，洅扫码付畀药农，货我哋车拉走。打款人每次都不一样，别问。")]
    public void OthersMoneyPaidOut_IsRead(string text) => Assert.True(Live(Match(text), "paid-out-for-others"));

    [Theory]
    [InlineData("招聘采购员：公司的采购备用金从公司账户转到你本人工资卡，你在批发市场扫码付给档口老板，每笔拿回收据，月底凭票报销，月薪5500元。")]
    [InlineData("合作社招收购员：下村收茶叶，过秤记账，货款由合作社对公账户直接付给农户本人，每收一万斤给你200元补贴。")]
    public void TheEmployersMoneyForAWage_IsNotRead(string text) => Assert.False(Live(Match(text), "paid-out-for-others"));

    [Theory]
    [InlineData("宝妈副业：用你自己的支付宝给名单上的账号各转0.01元，转账说明里填我们发的网址，每转一笔给你6毛，本金我们出。")]
    [InlineData("学生兼职：拿你的银行卡给表格里的账户打一分钱，备注里写我们给的文案，每笔0.5元，打出去的钱我们报销。")]
    [InlineData("Side gig: send $0.01 payments from your own bank app to the list of strangers we give you and paste our Telegram link in the memo. We cover the cents.")]
    [InlineData("宝妈副业：用你的微信给名单上的人各发一个0.01元的红包，祝福语写我们的群号，每发一个给你5毛，本金我们出。")]
    public void PenniesCarryingAdverts_AreRead(string text) => Assert.True(Live(Match(text), "penny-transfer-adverts"));

    [Theory]
    [InlineData("【打款验证说明】本平台财务用公司对公账户向商户自己填写的收款账户打一笔0.01至0.99元的随机金额，转账说明只写验证码，不写网址；商户回填金额即完成验证。")]
    [InlineData("【打款记录】经办：某某电子商务有限公司财务　用途：入驻商家收款账户打款验证\n每笔：0.1至0.99元不等　转账备注：“入驻验证1555”（仅填编号，不放联系方式）")]
    public void APlatformsPennyVerification_IsNotRead(string text)
    {
        var m = Match(text);
        Assert.False(Live(m, "penny-transfer-adverts"));
        Assert.False(AnySettlement(m));
    }

    [Theory]
    [InlineData("【收购台账】收购单位：某某茶叶合作社　收购员：黄会计\n货：药材，社员李家交售500斤，过秤双人复核，按挂牌价收\n付款：钱由社里基本户转到交售人本人银行卡，出收购凭证\n备注：不收陌生人打来的钱，不替别人代付")]
    [InlineData("【收购台账】单位：某某果蔬合作社　收购员：周会计\n货：柑橘，社员林家交售500斤，称重双人复核，按公示价收\n结算：钱从社里对公账户转到交售人本人银行卡，开收购凭证一张")]
    [InlineData("【收购台账】收购员：小杨\n货：柑橘，社员高某卖500斤，按挂牌价收\n结算：钱从绿源果蔬专业合作社对公账户转到交售人本人银行卡，开收购凭证")]
    [InlineData("Co-op produce buyer: growers are paid by bank transfer from the co-op's business account to the grower's own account. Salary $3,200 a month.")]
    public void AnOrganisationsOwnAccountPayingAParty_CollectsNothing(string text) => Assert.False(AnySettlement(Match(text)));

    [Theory]
    [InlineData("付款：货款由老板先打到你的银行卡上，你再转给农户，每付一万给你200元。")]
    [InlineData("把你的对公账户借给我们，钱从你的对公账户转到我们指定的账户，每笔给你500元。")]
    [InlineData("钱从公司对公账户打到你卡上，你再转给客户，每转一万提成100元。")]
    public void TheReadersOrTheRecruitersAccount_StaysRead(string text) => Assert.True(AnySettlement(Match(text)));

    [Fact]
    public void AFormsLine_EndsItsWord()
    {
        // 收 ends the goods line and 付款 labels the next: no 收付款 (collecting and paying for others), spaced or not, is read.
        var m = Match("货：药材500斤，按挂牌价收\n付款：钱由社里基本户转到交售人本人银行卡");
        Assert.False(Live(m, "collect-and-forward"));
        Assert.False(Live(m, "disguised-vocabulary"));
        // Mid-field, a word broken across a line still reads as one.
        Assert.True(Live(Match("出租银行\n卡，一张500元，日结。"), "card-trade"));
    }
}
