using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 355, on hand-written forms that come from no simulator template: fields laid out side by side (label：value,
/// separated by spaces) do not read as one term across a field boundary once the spaces are removed, while a key word
/// spaced out inside one field's value, or anywhere outside a form, is still read.
/// </summary>
public sealed class FormFieldReadingTests
{
    private static PatternMatches Match(string text) => PatternMatcher.Match(TextNormaliser.Default.Normalise(text));

    private static bool Live(PatternMatches m, string id) => m.Hits.Any(h => h.Pattern.Id == id && !h.Negated);

    [Theory]
    [InlineData("【验收单】客服部　项目：话务测试　线路：公司办公网络　电话卡：公司名下测试卡 10 张，只在测试间用　费用：已付3000元")]
    [InlineData("领用单　用途：内部网络　电话卡：本部门名下 5 张　领用人：李工　押金：200元")]
    public void TermAcrossFieldBoundary_IsNotRead(string text) => Assert.False(Live(Match(text), "call-relay"));

    [Theory]
    [InlineData("兼职：线路：用你名下的手机卡拨网络　电话，按我们的话术外呼，每小时50元，日结。")]
    [InlineData("用你名下的手机卡拨网络 电话：按我们的话术外呼，每小时50元，日结。")]
    public void SpacedTermOutsideAFieldBoundary_IsRead(string text) => Assert.True(Live(Match(text), "call-relay"));
}
