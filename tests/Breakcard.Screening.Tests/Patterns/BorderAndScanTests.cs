using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 438, on hand-written texts that come from no simulator template: others led across a border outside its controls for
/// pay per person (not a licensed guide at the port, not a warning that describes the guides), and a client's app repacked until
/// a security scan, an anti-fraud app or a store's review stops warning, for pay per pass (not an engineer hardening the
/// employer's own app, not a refusal of 免杀).
/// </summary>
public sealed class BorderAndScanTests
{
    private const string Border = "led-past-border-per-head";
    private const string Scan = "safety-check-defeated-per-pass";

    private static bool Live(string text, string pattern) =>
        PatternMatcher.Match(TextNormaliser.Default.Normalise(text)).Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("缺两个带路的：夜里从勐腊那边的橡胶林把人送过去，不走口岸，躲开边防的车，过去一个人头给三千五，对面有车接。")]
    [InlineData("带老乡偷渡去缅甸，走小路，一人收五千，到了那边有车接，路上别多问。")]
    [InlineData("Know the hill trails near the Laos border? Walk groups of 3-5 across at night, staying away from the checkpoints and patrols. $300 per person delivered to our driver on the other side.")]
    [InlineData("熟悉河口那段的兄弟：晚上领人蹚水过河，绕过边检站和巡逻，每人两千，送到对面就结。")]
    public void LedPastBorder_ControlsEvadedPerPerson_IsRead(string text) => Assert.True(Live(text, Border));

    [Theory]
    [InlineData("缺两个领队：白天从勐腊口岸带旅行团过去，只走口岸，边防查验护照，一个人头团费三千五交旅行社，对面有导游接。")]
    [InlineData("想带老乡去缅甸打工？请走正规渠道：办护照签证，从口岸出境，绝不偷渡，一人五千的中介费别给。")]
    [InlineData("Know the hill trails near the Laos border? Lead groups of 3-5 on our licensed day treks, on registered trails well inside the border, crossing only at the official checkpoint with passports stamped. $300 per person paid by guests to the agency.")]
    [InlineData("【边境派出所提醒】近期有蛇头招募带路人，绕开检查站带人偷渡出境，每人给几千元，参与即违法犯罪，请举报。")]
    public void LedPastBorder_PortLicensedOrWarned_IsNotRead(string text) => Assert.False(Live(text, Border));

    [Theory]
    [InlineData("承接APK免杀，过360、腾讯手机管家、华为纯净模式，按个算钱，过一个三百，包里是什么不问。")]
    [InlineData("Need someone to re-sign and obfuscate our clients' APKs until Play Protect stops flagging them. $80 per build that passes. No questions about what the apps do.")]
    [InlineData("马甲包代上架：客户的APP换皮重新打包，保过应用商店审核，一次两千，APP内容别管。")]
    [InlineData("找会加壳的：把这批贷款APP重新加固，做到安全软件查不出来，每个包八百。")]
    public void CheckDefeated_ClientsAppPerPass_IsRead(string text) => Assert.True(Live(text, Scan));

    [Theory]
    [InlineData("不接APK免杀：本公司只为自家APP做加固，360、腾讯手机管家检测报毒就查代码，按月发工资，包里有什么都写进上架说明。")]
    [InlineData("Android engineer to harden our own banking app against tampering: we re-sign with our own key and obfuscate, submit every build to Play review, and fix whatever Play Protect flags. Monthly salary.")]
    [InlineData("公司招APP上架专员：自家APP重新打包后提交应用商店审核，审核意见如实整改，不做马甲包，月薪八千。")]
    [InlineData("【警方提醒】有人在群里招“加固技术”，把贷款APP加壳到手机管家扫不报毒，每个包几百元，这是为诈骗提供技术支持。")]
    public void CheckDefeated_OwnAppHardenedOrRefusedOrWarned_IsNotRead(string text) => Assert.False(Live(text, Scan));
}
