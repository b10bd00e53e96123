using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 444, on hand-written texts: a business paid into its own account for its own sale (对公转账, the shop's own code, *the store's
/// business account*) collects nothing for others; a trade verb's character opening a party noun (买家) or heading a document (收购发票)
/// trades nothing; a collection the text disclaims leaves pay into the reader's own wallet as pay; a notice that quotes the approach and
/// tells the reader not to take it up (千万别办, 别拉, 直接拉黑, 告诉班主任) or refuses a place for it (不在群内收二维码) describes it. Each
/// with a twin in the same words where the reader's own account receives strangers' money, or the poster recruits.
/// </summary>
public sealed class BusinessOwnReceiptTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string id) => m.Hits.Any(h => h.Pattern.Id == id && !h.Negated);

    [Theory]
    // A liquor shop's slip: the customer's corporate transfer, collecting for strangers refused.
    [InlineData("【提货单】编号：TH2231　门店：某某名酒行　经办：小何　客户：某某公司行政部\n收款：客户对公转账汇款一笔，户名与订货单位一致 ✔，开好发票 ✔\n"
        + "说明：门店不接“代收陌生人转账”的单子")]
    // A travel agency's route sheet: the fee paid to the agency's corporate collection, the guide paid into his own card.
    [InlineData("费用：团费客人本人线上付给旅行社对公收款，领队带团费按团打到本人银行卡")]
    // A pharmacy's till note: the code is the shop's own and the money goes to the company's corporate account.
    [InlineData("收款：顾客扫本店收款码付款，款项直接转账进公司对公账户，收款码是药店自己的")]
    public void ABusinessPaidIntoItsOwnAccount_CollectsForNoOne(string text) => Assert.False(Live(Match(text), "collect-and-forward"));

    [Theory]
    // The same slip where the shop is the reader's and strangers' transfers land in his own card.
    [InlineData("【提货单】编号：TH2231　门店：你开的名酒行　经办：你\n收款：陌生人转账汇款几笔进你个人卡，收到后转给我们指定的账户 ✔")]
    // The corporate account named, but strangers' money received into it and sent on.
    [InlineData("收款：店里的对公账户收到好几笔陌生人转账，收款后当天转给我们")]
    public void TheReadersOwnAccountReceivingStrangersMoney_IsStillCollectAndForward(string text) => Assert.True(Live(Match(text), "collect-and-forward"));

    [Theory]
    // The buyer scans the device's own code at a counter.
    [InlineData("实名：买家扫机身二维码，以自己的证件登记，自己刷脸核验 ✔，每人限一台", "account-lending")]
    // A co-op pays the grower's own card and issues a purchase invoice.
    [InlineData("付款：货款从社里对公账户转到农户本人银行卡 开收购发票一张 ✔", "card-trade")]
    public void ATradeVerbReadAsPartOfANoun_TradesNothing(string text, string pattern) => Assert.False(Live(Match(text), pattern));

    [Theory]
    [InlineData("收你的二维码，一个码给你50元", "account-lending")]
    [InlineData("收购你的银行卡，一张800，开发票也行", "card-trade")]
    public void TheSameVerbsActing_StillTrade(string text, string pattern) => Assert.True(Live(Match(text), pattern));

    [Fact]
    public void PayIntoTheReadersOwnWallet_BesideADisclaimedCollection_IsPay()
    {
        var honest = Match("英语培训机构招地推 在商圈发传单 引导顾客扫门店码关注 码都是门店自己的小程序 不需要你的微信收款 每小时25元 周结转到你自己的微信");
        var risky = Match("英语培训机构招地推 在商圈发传单 引导顾客扫码 用你的微信收款 每小时25元 周结转到你自己的微信");
        Assert.False(Live(honest, "account-lending"));
        Assert.True(Live(risky, "account-lending"));
    }

    [Theory]
    // A family group's notice on one line: the offer quoted, then 千万别办 and a consequence.
    [InlineData("家长群里有人发用孩子名字办张卡 一套给1200 千万别办 未成年人的卡和手机号只能自己家用", "card-price")]
    // A residents' group: quoted, then 千万别办, 直接拉黑 and whom to tell.
    [InlineData("【业主群提醒】有人在群里发“用你家老人名字办张卡，一套给800”，千万别办，直接拉黑并告诉物业。", "card-price")]
    // A class group's record: 不在群内收二维码, and an offer quoted with 别拉 and whom to tell.
    [InlineData("缴费：学校不在群内收二维码，校服费只走学校缴费平台。备注：有人出钱请你邀请“教务”进群，别拉并告诉班主任", "account-lending")]
    public void ANoticeTellingTheReaderNotToTakeItUp_DescribesTheApproach(string text, string pattern) => Assert.False(Live(Match(text), pattern));

    [Theory]
    // The poster recruits in the same words: 我们 keeps the sentence his.
    [InlineData("家长群里我们收孩子名字办的卡 一套给1200 千万别告诉老师", "card-price")]
    // A recruiter's secrecy order (别问, 别告诉) is no refusal.
    [InlineData("有人问卡是谁的别问，用你家老人名字办张卡，一套给800，别告诉物业。", "card-price")]
    // 不要告诉银行 is the recruiter keeping the bank from knowing, not whom to tell.
    [InlineData("有人问卡是谁的就说是自己的，用你家老人名字办张卡，一套给800，不要告诉银行。", "card-price")]
    // The group collects codes and sends the fees on.
    [InlineData("缴费：群内收二维码，学费先转到教务的收款码，拉一个家长给你20", "account-lending")]
    public void TheSameWordsOffered_StayOffered(string text, string pattern) => Assert.True(Live(Match(text), pattern));
}
