using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Tests.Normalisation;

/// <summary>
/// ADR 449, on hand-written texts: an emoji whose name sounds like a character, standing in that character's place, is read as
/// the character (手🐓卡 is 手机卡, not 手卡 — a sound-alike of 收卡); an emoji beside no Chinese character stays decoration; a
/// screenshot's status bar and unread count are not read as the post's numbers.
/// </summary>
public sealed class RebusAndScreenshotTests
{
    private static NormalisedText Read(string text) => TextNormaliser.Default.Normalise(text);

    [Theory]
    [InlineData("街口手🐓卡营业点招店员", "街口手机卡营业点招店员")]
    [InlineData("本月账🥚已发，改🍑餐请到店", "本月账单已发改套餐请到店")]
    [InlineData("🍌通银行校园招聘", "交通银行校园招聘")]
    public void Rebus_ReadsTheCharacterItSoundsLike(string text, string expected) => Assert.Equal(expected, Read(text).Text);

    [Fact]
    public void Rebus_PhoneCardIsNotReadAsCardBuying()
    {
        var terms = Read("小区手🐓卡营业点招店员").Terms;
        Assert.DoesNotContain(terms, t => t.Term.Text == "收卡");
        Assert.Contains(terms, t => t.Term.Text == "手机卡" && !t.IsDisguised); // a pun is no evidence of evasion by itself
    }

    [Fact]
    public void Rebus_EmojiBesideNoChineseCharacterIsDecoration() => Assert.Equal("hi手机卡", Read("hi 🐔 手机卡").Text);

    [Theory]
    [InlineData("10:24 LTE 98%\n‹ 张姐 ···\n银行招聘柜员", "张姐银行招聘柜员")]
    [InlineData("0:51 5G 97%\n‹ 老乡群(86)\n银行招聘柜员", "老乡群银行招聘柜员")]
    [InlineData("19:24 Wi-Fi 85%\n‹ 同学群（230）\n银行招聘柜员", "同学群银行招聘柜员")]
    public void Screenshot_StatusBarAndUnreadCountAreDropped(string text, string expected) => Assert.Equal(expected, Read(text).Text);

    [Theory]
    // A percentage in the post's own words, and a line that has words between the clock and the percentage, are kept.
    [InlineData("返利高达30%\n银行招聘柜员", "返利高达30银行招聘柜员")]
    [InlineData("10:24 日结 98%\n银行招聘柜员", "1024日结98银行招聘柜员")]
    public void Screenshot_PostNumbersAreKept(string text, string expected) => Assert.Equal(expected, Read(text).Text);
}
