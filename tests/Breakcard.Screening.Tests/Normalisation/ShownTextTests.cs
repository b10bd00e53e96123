using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Tests.Normalisation;

/// <summary>
/// ADR 457, on hand-written texts: a rich-text post's HTML source and a video's subtitle file are read as the text they show — tags
/// dropped, character references decoded, cues joined across their cuts — while reasons still quote what was posted, and honest
/// texts with their own &lt;, &amp; or arrows are read as written.
/// </summary>
public sealed class ShownTextTests
{
    private static NormalisedText Read(string text) => TextNormaliser.Default.Normalise(text);

    [Theory]
    [InlineData("<p>高价收银<b></b>行卡</p><p><br></p><p>日结</p>", "高价收银行卡日结")]
    [InlineData("<p>高价收银<span style=\"color:#333\">行</span>卡</p>", "高价收银行卡")]
    [InlineData("<p>高价收银行&#21345;</p>", "高价收银行卡")]
    [InlineData("<p>高价收银行&#x5361;，A&amp;B</p>", "高价收银行卡ab")]
    public void Markup_IsReadAsThePageShowsIt(string text, string expected) => Assert.Equal(expected, Read(text).Text);

    [Fact]
    public void Markup_WordBrokenByATagIsDisguisedAndQuotedAsPosted()
    {
        var text = Read("<p>高价收银<b></b>行卡</p>");
        var card = Assert.Single(text.Terms, t => t.Term.Text == "银行卡");
        Assert.True(card.IsDisguised);
        Assert.Equal("银<b></b>行卡", text.Quote(card.Start, card.End));
    }

    [Fact]
    public void Markup_ParagraphsAreSentences()
    {
        var text = Read("<p>招聘</p><p>柜员</p>");
        Assert.Equal("招聘柜员", text.Text);
        Assert.True(text.SentenceBreakBefore(2));
    }

    [Theory]
    // No tag that opens and closes: the writer's own signs are read as written.
    [InlineData("若a<b and c>d则成立", "若a<b and c>d则成立")]
    [InlineData("月薪<10000元，R&D岗位", "月薪<10000元，R&D岗位")]
    public void Markup_HonestSignsAreNotMarkup(string text, string written) =>
        Assert.Equal(Read(written).Text, Read(text).Text);

    [Fact]
    public void Markup_NamedReferenceWithoutClosedTagsStays() => Assert.Equal("b粗体aampb", Read("<b>粗体 A&amp;B").Text);

    private const string Cues = "1\n00:00:01,200 --> 00:00:03,450\n高价收银\n\n2\n00:00:03,600 --> 00:00:05,900\n行卡，日结\n\n"
        + "3\n00:00:06,000 --> 00:00:08,000\n私聊我";

    [Fact]
    public void Subtitles_CuesAreJoinedAcrossTheirCuts()
    {
        var text = Read(Cues);
        Assert.Equal("高价收银行卡日结私聊我", text.Text);
        var card = Assert.Single(text.Terms, t => t.Term.Text == "银行卡");
        Assert.Equal("银\n\n2\n00:00:03,600 --> 00:00:05,900\n行卡", text.Quote(card.Start, card.End));
    }

    [Fact]
    public void Subtitles_WebVttHeaderAndEnglishCuesAreJoinedWithASpace()
    {
        var text = Read("WEBVTT\n\n00:01.000 --> 00:03.000\nWe buy your bank\n\n00:03.100 --> 00:05.000\ncard today");
        Assert.Equal("webuyyourbankcardtoday", text.Text);
        Assert.Contains(text.Terms, t => t.Term.Text == "bankcard");
    }

    [Fact]
    public void Subtitles_OneArrowIsNoCueFile()
    {
        const string Written = "1\n00:00:01,000 --> 00:00:02,000\n流程：注册-->认证";
        Assert.StartsWith("1000001000", Read(Written).Text, StringComparison.Ordinal);
    }
}
