using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 365, on hand-written sentences that come from no simulator template: handing over control of an account or
/// operating a device remotely, refused or said not to be done right before the act ("no remote access", 不远程控制,
/// 不授权给), is not the act; a text that hands over control and refuses something else stays flagged.
/// </summary>
public sealed class RefusedActReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("Helpdesk technician, 6,000 yuan a month: patch the office laptops. Policy: we keep off staff bank accounts, no remote access for outside vendors.", "instrument-control")]
    [InlineData("网管兼职，时薪40元：只维护本店收银电脑；顾客的支付账户不授权给第三方，也不远程控制顾客手机。", "instrument-control")]
    [InlineData("网管兼职，时薪40元：只维护本店收银电脑；顾客的支付账户不授权给第三方，也不远程控制顾客手机。", "remote-control")]
    [InlineData("兼职网管，月薪5000：顾客的网银账户我们不授权给任何人。", "instrument-control")]
    [InlineData("网管兼职，时薪40元：只维护本店收银电脑，客人的手机一律不远程控制，网银不碰。", "remote-control")]
    public void RefusedAct_IsNotTheAct(string text, string pattern) => Assert.False(Live(Match(text), pattern));

    [Theory]
    [InlineData("Work from home, 300 a day: let us operate your bank account and give us access to your payment app; you need no remote access skills.", "instrument-control")]
    [InlineData("日结300元：你的支付宝账户授权给我们，由我们操作收款，不要求学历，不用到场。", "instrument-control")]
    [InlineData("兼职日结：装好todesk让我们远程控制你的手机登网银，不交押金，不压身份证。", "remote-control")]
    [InlineData("兼职日结：装好软件后帮别人远程控制你的手机，一次100元。", "remote-control")]
    [InlineData("兼职：用你自己的手机号帮别人接收验证码，一条30元。", "sms-code")]
    [InlineData("兼职：不断接收验证码并转发给买家，一条30元。", "sms-code")]
    public void ActDoneWithARefusalElsewhere_StaysLive(string text, string pattern) => Assert.True(Live(Match(text), pattern));
}
