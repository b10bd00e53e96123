using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 401, on hand-written sentences that come from no simulator template: a registration — a login, a number, a SIM line,
/// a parcel's sender, a collecting code — of the reader's, of a customer in the reader's care or of the reader's employer,
/// handed to the recruiter's side for pay and kept from the one it answers to; against honest work of the same shape, where
/// the registration stays with its holder and nothing is hidden, and against the offer with one of its three parts missing.
/// </summary>
public sealed class RegistrationLentReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m) => m.Hits.Any(h => h.Pattern.Id == "registration-lent" && !h.Negated);

    [Theory]
    // The reader's own login, its codes forwarded, a cover story for the school.
    [InlineData("你的教务系统账号和密码交给我们挂课，一学期给你400元，登录验证码转给对接人，学校问起就说是你自己在选课。")]
    // A customer's SIM in a repairer's care, codes received for others, traces deleted.
    [InlineData("修电脑的师傅：客户送修笔记本里插着的手机卡，晚上帮我们接几条注册短信，每条3元，弄完把短信删掉就行。")]
    // The reader's own ID as a parcel's sender, the money sent back, the list's source not to be asked.
    [InlineData("用你本人的身份证在驿站帮我们寄货到付，每单给你4块，收到的货款转给上家，收件人哪来的不用管。")]
    // The employer's lines, the staff unaware.
    [InlineData("做行政的朋友：用单位名义多开几张流量卡寄给我们，每张120元，员工不知道也没人查。")]
    // Cantonese words and Martian forms (畀, 我哋, 僦说, 芣用管).
    [InlineData("用沵本人嘅账号登录畀我哋用，每个月300蚊，班主任问起僦说系自己用，用途芣用管。")]
    public void RegistrationPutToStrangersUse_IsFound(string text) => Assert.True(Live(Match(text)));

    [Theory]
    // The login kept by its holder, checks answered truthfully.
    [InlineData("教务处提醒：你的教务系统账号和密码只能本人使用，选课验证码不要转给任何人，学校核实时请如实说明，选课不收费。")]
    // The customer's SIM taken out in front of them, no codes received.
    [InlineData("电脑维修店招技术员，月薪6000元：客户送修的笔记本先当面取出手机卡交还客户，维修时不接收任何短信，客户验机后签字取回。")]
    // The shop's own courier account and its buyers' own orders.
    [InlineData("网店招打包员：用公司的快递账号给下单的买家寄货到付，货款由快递公司结回公司账户，每单提成5毛，没下单的地址一律不发。")]
    // The organisation's own lines issued to named staff.
    [InlineData("单位行政：为新入职员工办理流量卡，每张登记使用人姓名和工号，员工本人到营业厅实名激活，离职时交回，话费公司统付。")]
    public void HonestRegistrations_AreNotIt(string text) => Assert.False(Live(Match(text)));

    [Theory]
    // No concealment: the hand-over and the pay alone.
    [InlineData("用你本人的身份证在驿站帮我们寄货到付，每单给你4块，收到的货款转给上家。")]
    // No hand-over to the recruiter's side: the cover story and the pay alone.
    [InlineData("用你本人的身份证在驿站给自家网店寄货，每单给你4块，驿站问起就说是自己卖的。")]
    // The hand-over refused in its clause.
    [InlineData("你的教务系统账号和密码不得交给我们或任何人，一学期补贴400元，学校问起就说是你自己在选课。")]
    public void OfferWithAPartMissing_IsNotIt(string text) => Assert.False(Live(Match(text)));

    [Fact]
    public void SchoolNamedWhereALoginIsLent_IsNotAnInstitutionSpeaking()
    {
        var m = Match("你的教务系统账号和密码交给我们挂课，一学期给你400元，登录验证码转给对接人，学校问起就说是你自己在选课。");
        Assert.True(Live(m));
        Assert.False(m.Honest.HasFlag(HonestContext.InstitutionVoice));
    }
}
