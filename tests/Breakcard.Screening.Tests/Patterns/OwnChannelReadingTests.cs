using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 416, on hand-written sentences that come from no simulator template: the reader's own channel or licence made to carry
/// or vouch for strangers' traffic — strangers' clips or pictures posted from one's own account with their watermark, address,
/// QR code or link left in, strangers' numbers given a caller name filed on one's own licence — for pay, with a story for the
/// platform or provider or the purpose left unasked; against honest work of the same shape (a brand's own clips and code,
/// a company's own lines under its own name), and against the offer with one of its parts missing.
/// </summary>
public sealed class OwnChannelReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string id) => m.Hits.Any(h => h.Pattern.Id == id && !h.Negated);

    [Theory]
    // Pictures reposted with a QR code into a group, a story for the reviewer.
    [InlineData("小红书图文搬运：用你自己的小红书号发我们给的图，图里带二维码别打码，引流到群，一篇8元，审核判搬运就说是自己拍的，群是干嘛的不用管。")]
    // A livestream room carrying a link, what it leads to unasked.
    [InlineData("直播挂链兼职：用你本人的直播间挂我们的链接，一小时30元，链接点进去是什么别问。")]
    // A clip with a burned-in address, the platform told a story, an aside before the platform's name.
    [InlineData("副业：用你（懂的都懂）的快手号发我们剪好的球赛，角落网址别裁，一条4元，平台下架了就说是网上下的。")]
    // In English: clips with the site left on, the site unasked and a story for the platform.
    [InlineData("Side hustle: upload our movie clips to your own TikTok and leave the little watermark with our site on. $3 a clip. Don't ask what the site is; if TikTok flags it, say you edited them yourself.")]
    // A friends' feed carrying a poster's QR code, a story for whoever asks.
    [InlineData("宝妈副业：每天在你的朋友圈发三张我们给的海报，海报上的二维码不要删，一条5元，朋友问起就说是自己在做的小生意。")]
    public void StrangersMarkOnOwnChannel_IsFound(string text) => Assert.True(Live(Match(text), "mark-carried"));

    [Theory]
    // A creator's own account carrying a named brand's own shop code, disclosed, nothing hidden.
    [InlineData("小红书图文合作：用你自己的小红书号发品牌方给的产品图，图里带品牌官方店铺二维码，文案标明“广告”，一篇8元，审核问起请出示合作合同。")]
    // A brand's own clips on its own account, no outside address.
    [InlineData("视频发布：公司官方抖音号发自家产品视频，只加本品牌logo水印，不加第三方网址和二维码，每条剪辑费50元。")]
    public void HonestMarks_AreNotIt(string text) => Assert.False(Live(Match(text), "mark-carried"));

    [Theory]
    // Nothing kept from view: the clips, the mark and the pay alone.
    [InlineData("用你自己的抖音号发我们剪好的影视片段，角落带网址水印别去掉，一条3元，播放过万加50元。")]
    // No channel of the reader's: a studio's own account.
    [InlineData("工作室的抖音号发我们剪好的影视片段，角落带网址水印别去掉，一条3元，水印是谁的别问。")]
    // The mark refused in its clause.
    [InlineData("用你自己的抖音号发我们剪好的影视片段，不带任何网址水印，一条3元，素材哪来的不用管。")]
    public void MarkOfferWithAPartMissing_IsNotIt(string text) => Assert.False(Live(Match(text), "mark-carried"));

    [Theory]
    // Number labelling on one's sole-tradership licence, whom they call unasked.
    [InlineData("百度、360号码标注代办：用你名下的个体户执照，帮我们的号码做号码标注，标成“某某快递理赔中心”，一个号40元，号码打给谁不用管，平台审核打电话来就说是店里员工的号。")]
    // A caller card on one's company for our lines, a story for the operator.
    [InlineData("企业来电名片代办：拿你的公司资质给我们的线路开来电名片，显示“XX金融”，每条线路50元，运营商回访就说是员工号。")]
    // Zhuyin for the number, Cantonese for the waiver.
    [InlineData("有执照嘅老板：用你嘅执照帮一批手机号做号ㄇㄚ认证，来电显示“官方客服”，每个号30元，打畀谁别问。")]
    // In English: a caller name filed under one's LLC for our lines.
    [InlineData("Got an LLC? Register the caller name for our lines under your business, so the CNAM shows \"Chase Fraud Dept\". $40 per number. No need to know who the lines call; if the carrier calls, say they are your staff phones.")]
    // The displayed name (外显) of our lines put on one's shop, the use unasked.
    [InlineData("开店的老板：用你门店的三证给我们的线路做外显，显示你店名加“售后”，一条线路每月给200，线路打给谁别问。")]
    public void CallerNameForStrangersNumbers_IsFound(string text) => Assert.True(Live(Match(text), "caller-name-lent"));

    [Theory]
    // A shop's own lines under its own licence name, the reviewer answered truthfully.
    [InlineData("百度、360号码标注代办：用你名下的个体户执照，给你店里自己的座机做号码标注，标成执照上的店名，一个号40元服务费，平台审核打电话来请如实回答。")]
    // A company's own caller-ID registration.
    [InlineData("号码认证申请表：本公司名下客服座机6个，显示名称与营业执照一致，不为外部号码办理认证，经办人人脸核验，每个号认证费30元。")]
    // An agent filing a company's own lines in English.
    [InlineData("Got an LLC? Register the caller name for your own business lines, so the CNAM shows your company's own name. $40 per number. Only numbers billed to your business; if the carrier calls, answer truthfully.")]
    public void HonestCallerNames_AreNotIt(string text) => Assert.False(Live(Match(text), "caller-name-lent"));

    [Theory]
    // Nothing kept from view.
    [InlineData("用你名下的个体户执照，帮我们的号码做号码认证，显示“物流理赔”，一个号40元。")]
    // No licence of the reader's.
    [InlineData("帮我们的号码做号码认证，显示“物流理赔”，一个号40元，打给谁别问。")]
    // The filing refused in its clause.
    [InlineData("用你名下的个体户执照，不给外人的号码做号码认证，一个号40元，打给谁别问。")]
    public void CallerOfferWithAPartMissing_IsNotIt(string text) => Assert.False(Live(Match(text), "caller-name-lent"));
}
