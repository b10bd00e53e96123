using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 384, on hand-written sentences that come from no simulator template: a payment merchant fabricated from a shop that
/// is not the reader's (the reader as its owner, the recruiter's settlement card, the owner kept unaware) and parcels
/// shipped for others under a hidden sender — each against honest work of the same shape (an acquirer's field agent
/// onboarding the owner's own shop, an office's or a parcel point's mail rules).
/// </summary>
public sealed class MerchantAndParcelReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("帮忙跑商户：找几家夫妻店拍门面和柜台，瞒着店主就行；再用你本人身份证做个商户负责人，一户给350元。")]
    [InlineData("收款码代办日结：随便找个店拍照进件，结算账户用我们指定的卡，每套200元。")]
    [InlineData("街拍兼职：路过哪家小店就拍门头和收银台，店家不用告诉，每套40元；愿意拿自己身份证当这家店法人的再加400元。")]
    public void FabricatedMerchant_IsFound(string text) => Assert.True(Live(Match(text), "merchant-front"));

    [Theory]
    [InlineData("支付服务商招商户拓展员，月薪6000元：陪店主本人完成进件，拍门头前先征得店主同意，核验店主本人身份证，结算卡必须是店主本人的。")]
    [InlineData("收单机构地推专员：上门为社区小店开通收款码，店主本人在场同意后拍门头和收银台，核对营业执照原件和店主本人身份证，结算卡只能绑店主自己的银行卡，月薪5000加提成。")]
    [InlineData("小吃店老板招收银员，日结150元：收款码是老板自己的，每天打烊前对账，收到的钱不经你的手。")]
    public void OwnersOwnShop_IsNotIt(string text) => Assert.False(Live(Match(text), "merchant-front"));

    [Theory]
    [InlineData("公司有快递月结账号的来：替我们代寄一些文件，寄件人写单位名称就行，不走实名，一件给20块，里面是什么别问。")]
    [InlineData("帮发快递日结：每天寄十来单，托寄物写资料，里面其实是银行卡和U盾，驿站要开箱就说是合同，每单30元。")]
    [InlineData("有公司快递月结账号的文员看过来：帮我们发几个件，寄件人就写你们公司，不用留自己名字，每件给25元，里面装的是什么不用管，快递员要验视就说是合同。")]
    public void HiddenSenderParcels_AreFound(string text) => Assert.True(Live(Match(text), "hidden-sender-parcel"));

    [Theory]
    [InlineData("公司前台兼职，时薪25元：用公司月结账号寄合同，寄件人填本人真实姓名，快递员开箱验视，不替个人代寄，不寄银行卡、手机卡。")]
    [InlineData("驿站收件员，月薪4000元：客户寄件须出示身份证实名登记，快递员当面开箱验视，里面是什么都要看清楚，寄银行卡、手机卡的一律拒收。")]
    [InlineData("行政前台：用公司快递月结账号寄合同和发票，寄件人写本人实名并登记台账，快递员当面验视，不替外人代寄，不寄任何人的银行卡、手机卡，月底与财务对账，月薪4500。")]
    public void OfficeMailRules_AreNotIt(string text) => Assert.False(Live(Match(text), "hidden-sender-parcel"));
}
