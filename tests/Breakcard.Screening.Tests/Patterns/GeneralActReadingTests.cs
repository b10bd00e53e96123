using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 453, on hand-written texts that come from no simulator template: acts read whatever the family — something opened in
/// one's own name handed to the poster's side for pay per piece, others' money passed straight on for a share — and the
/// widenings that let ADR 420's and 442's readings see a capitalised persona name, a sum in slang or Chinese numerals, and a
/// lure written in Cyrillic look-alike letters; with the honest forms of the same words.
/// </summary>
public sealed class GeneralActReadingTests
{
    private static bool Live(string text, string pattern) =>
        PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("学生兼职：用你的身份证在网约车平台注册一个司机账号，人脸过了以后把账号和密码发给我们，一个给你300元。")]
    [InlineData("凭本人证件去营业厅办几张流量卡，开通后寄给我们，一张给你80元。")]
    [InlineData("Side cash: rent a storage unit in your own name with your ID, then hand the gate code and the key to our courier. $150 per unit.")]
    public void OwnNameOpened_HandedOver_IsRead(string text) => Assert.True(Live(text, "own-name-handed-over"));

    [Theory]
    [InlineData("学生兼职：用你的身份证在网约车平台注册一个司机账号，人脸过了以后自己接单，账号和密码不要发给任何人，一单补贴你3元。")]
    [InlineData("凭本人证件去营业厅办几张流量卡，开通后自己用，一张补贴你80元。")]
    [InlineData("Side cash: rent a storage unit in your own name with your ID for your own boxes, and never hand the gate code or the key to our courier. $150 per unit.")]
    [InlineData("公安提示：最近有团伙找年轻人用本人证件在快捷酒店开房，再把门卡给对接人，一间几百元，千万别做。")]
    public void OwnNameOpened_KeptOrRefused_IsNotRead(string text) => Assert.False(Live(text, "own-name-handed-over"));

    [Theory]
    [InlineData("Remote bookkeeping aide: receive client payments on the account your wages go to and forward them to our partner in Dubai the same day; keep 4% of every payment.")]
    [InlineData("资金到你常用的那个地方以后，马上转到我们给的户头，提成千分之六，日结。")]
    public void MoneyPassedOn_ForShare_IsRead(string text) => Assert.True(Live(text, "passed-on-for-share"));

    [Theory]
    [InlineData("Remote bookkeeping aide: receive client payments into the company's business account and forward the receipts to our accountant the same day; commission 4% of every invoice you chase.")]
    [InlineData("门店收银：顾客付款到账后，每晚转到公司对公账户，提成按销售额千分之六。")]
    public void MoneyPassedOn_ToEmployersOwn_IsNotRead(string text) => Assert.False(Live(text, "passed-on-for-share"));

    [Fact]
    public void PumpOpened_SlangPay_IsRead() =>
        Assert.True(Live("Late shift: open the fuel dispenser with our key and clip in the little module we give you, a C-note a pump. Don't ask what it reads.", "stock-placed-concealed"));

    [Fact]
    public void PumpOpened_CyrillicLure_IsNotARefusal() =>
        Assert.True(Live("Night work no еxреriеncе needed drive to 3 gas stations after midnight and open a pump with our key and install a little board we give you, $100 a pump. Don't ask what it reads.", "stock-placed-concealed"));

    [Fact]
    public void PumpOpened_CyrillicRefusal_IsARefusal() =>
        Assert.False(Live("Night work: nеvеr open a pump with our key or install a little board we give you, $100 a pump. Don't ask what it reads.", "stock-placed-concealed"));

    [Theory]
    [InlineData("Chat host wanted: join short video calls as Bella with the men our team matches, $50 per call. Don't ask who's on the other end.")]
    [InlineData("Ｃｈａｔ ｈｏｓｔ: ｈｏｐ ｏｎ ｖｉｄｅｏ ｃａｌｌｓ ａｓ Ｂｅｌｌａ, $50 per call. Don't ask who's on the other end.")]
    public void CallsAsCapitalisedName_IsRead(string text) => Assert.True(Live(text, "face-lent-to-persona"));

    [Fact]
    public void CallsAsGuideCharacter_Known_IsNotRead() =>
        Assert.False(Live("Chat host wanted: join short video calls as Bella, the museum's costumed guide, with the school groups our team books, $50 per call. The teachers know who you are.", "face-lent-to-persona"));
}
