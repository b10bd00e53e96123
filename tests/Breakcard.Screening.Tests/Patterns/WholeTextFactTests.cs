using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Patterns;

/// <summary>
/// ADR 426: whole-text facts computed once per context must be what each reading computed for itself — the folded text with the
/// Martian look-alikes read as their plain forms (the normalised string itself, not a copy, where there are none), the spoken-sum
/// test on that folded text — and the device act's own-term test that now comes before `device-identity`'s whole-text expressions
/// must hold exactly where an identity act is named.
/// </summary>
public sealed class WholeTextFactTests
{
    private static PatternContext Context(string text) => new(TextNormaliser.Default.Normalise(text));

    [Fact]
    public void TheFoldedText_ReadsLookAlikesAsTheirPlainForms_AtTheSamePositions()
    {
        var c = Context("用沵本人的账号，芣用管用途，硪们每月给300");
        Assert.Equal(c.Text.Text.Length, c.PlainText.Length);
        Assert.Contains("你本人", c.PlainText, StringComparison.Ordinal);
        Assert.Contains("不用管", c.PlainText, StringComparison.Ordinal);
        Assert.Contains("我们", c.PlainText, StringComparison.Ordinal);
        Assert.DoesNotContain('芣', c.PlainText);
        Assert.Same(c.PlainText, FraudHelpReadings.Plain(c));
    }

    [Fact]
    public void WithoutLookAlikes_TheFoldedTextIsTheNormalisedStringItself()
    {
        var c = Context("日结300元，在家打字");
        Assert.Same(c.Text.Text, c.PlainText);
    }

    [Theory]
    [InlineData("帮忙转手机，每次两洞洞元", true)]
    [InlineData("帮忙转手机，每次三百块", true)]
    [InlineData("帮忙转手机，报酬面议", false)]
    public void TheSpokenSum_IsReadOnceAsBefore(string text, bool expected) => Assert.Equal(expected, Context(text).NamesSpokenSum);

    [Theory]
    [InlineData("招会刷机的：被风控的号和机器帮忙绕过风控、改设备码，一单40元，不登记，做完就删记录。", true)]
    [InlineData("Weekend side job: bypass iCloud and change the IMEI so the carriers see a brand new phone. $25 per phone, no questions asked.", true)]
    [InlineData("招网管：维护公司服务器和网关设备，月薪6000元，五险一金。", false)]
    [InlineData("日结300元，在家打字，不用问。", false)]
    public void TheDeviceActTest_HoldsExactlyWhereAnIdentityActIsNamed(string text, bool expected)
    {
        var c = Context(text);
        Assert.Equal(expected, DeviceIdentityReading.NamesIdentityAct(c));
        // Where none is named the pattern has nothing to quote, whatever its other signs.
        if (!expected)
        {
            Assert.DoesNotContain(PatternMatcher.Match(c.Text).Hits, h => h.Pattern.Id == "device-identity");
        }
    }
}
