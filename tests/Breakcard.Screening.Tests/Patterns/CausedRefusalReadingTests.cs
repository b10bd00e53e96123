using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 480, on hand-written sentences in forms no simulator template writes: a refusal that puts the person it keeps from the act
/// between its negator and the act (不让用户提供验证码, 不许用户提供验证码) refuses the act as 不提供验证码 does; the same act asked of
/// the person (让用户提供验证码), or with the negator in another clause, stays live.
/// </summary>
public sealed class CausedRefusalReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string pattern) => m.Hits.Any(h => h.Pattern.Id == pattern && !h.Negated);

    [Theory]
    [InlineData("【回访任务单】坐席：售后部小林　话术：开头报店名 ✔，只问安装是否满意 ✔，不让客户提供验证码，客户说不需要就挂断 ✔")]
    [InlineData("外呼规范：机器人开头报公司名，不许用户提供验证码，用户说退订就不再拨打")]
    [InlineData("【外呼任務單】話術：語音外呼先說明品牌名字 ✔，不讓用戶提供驗證碼，用戶說退訂就拉黑 ✔")]
    public void AnActRefusedForThePersonItKeepsFrom_IsNotTheAct(string text) => Assert.False(Live(Match(text), "sms-code"));

    [Theory]
    [InlineData("【回访任务单】坐席：你　话术：开头报银行名，让客户提供验证码，说是领积分用，每个验证码20元")]
    [InlineData("外呼兼职：不让家人知道就行，让用户提供验证码，一条30元")]
    [InlineData("外呼兼职：叫老人提供验证码，一个20元，日结")]
    public void TheSameActAskedOfThePerson_StaysLive(string text) => Assert.True(Live(Match(text), "sms-code"));
}
