using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Tests.Normalisation;

/// <summary>
/// ADR 465, on hand-written texts: containers a platform receives — a JSON export's \uXXXX escapes, a link's percent-encoding, an
/// e-mail's quoted-printable body and encoded words, a forum's BBCode, a lyric file — read as the text they show, reasons still
/// quoting what was posted; honest texts with their own %, =, [ ] or backslashes read exactly as written; and readings consult the
/// shown text's line ends, not a cue file's numbers and time lines.
/// </summary>
public sealed class ContainerTextTests
{
    private static NormalisedText Read(string text) => TextNormaliser.Default.Normalise(text);

    [Theory]
    [InlineData("{\"title\":\"\\u9ad8\\u4ef7\\u6536\\u94f6\\u884c\\u5361\"}", "高价收银行卡")]
    [InlineData("点开 https://s.example/q?k=%E9%AB%98%E4%BB%B7%E6%94%B6%E9%93%B6%E8%A1%8C%E5%8D%A1", "高价收银行卡")]
    [InlineData("=E9=AB=98=E4=BB=B7=E6=94=B6=E9=93=B6=\n=E8=A1=8C=E5=8D=A1", "高价收银行卡")]
    [InlineData("Subject: =?UTF-8?B?6auY5Lu35pS26ZO26KGM5Y2h5pel57uT?=", "高价收银行卡日结")]
    [InlineData("Subject: =?GB2312?Q?=B8=DF=BC=DB=CA=D5?= =?GB2312?Q?=D2=F8=D0=D0=BF=A8?=", "高价收银行卡")]
    [InlineData("[b]高价收银[/b]行卡[color=red]日结[/color][img]https://img.example/a.png[/img]", "高价收银行卡日结")]
    [InlineData("[ti:兼职]\n[00:01.00]高价收\n[00:03.50][01:10.00]银行<00:04.10>卡日结", "高价收银行卡日结")]
    public void Container_IsReadAsItShows(string text, string expected) => Assert.Contains(expected, Read(text).Text, StringComparison.Ordinal);

    [Fact]
    public void Container_ReasonsQuoteWhatWasPosted()
    {
        var text = Read("链接：https://s.example/?q=%E9%93%B6%E8%A1%8C%E5%8D%A1");
        var card = Assert.Single(text.Terms, t => t.Term.Text == "银行卡");
        Assert.Equal("%E9%93%B6%E8%A1%8C%E5%8D%A1", text.Quote(card.Start, card.End));
    }

    [Fact]
    public void ForumMarkup_TagInsideAWordIsDisguised()
    {
        var card = Assert.Single(Read("[quote]高价收银[b][/b]行卡[/quote]").Terms, t => t.Term.Text == "银行卡");
        Assert.True(card.IsDisguised);
    }

    [Fact]
    public void LyricFile_LinesStayLines()
    {
        var text = Read("[00:01.00]招聘\n[00:03.00]柜员");
        Assert.Equal("招聘柜员", text.Text);
        Assert.True(text.SentenceBreakBefore(2));
    }

    [Theory]
    // The writer's own signs: no escape of a character beyond ASCII, no known tag closed, one time tag.
    [InlineData("提成50%，9%20天结一次，满意度100%")]
    [InlineData("配置：a=E5，b=20，公式 x=F0+C3")]
    [InlineData("文件放在 C:\\users\\data\\new，每天\\n结")]
    [InlineData("收到[微笑]，见文献[1]和[2]，[b]组")]
    [InlineData("[10:30] 开会，[11:00] 面试柜员")]
    [InlineData("Subject: =?x-unknown?B?6ZO26KGM5Y2h?= 会议")]
    public void Container_HonestSignsAreReadAsWritten(string text) => Assert.Equal(text, Read(text).Original);

    // A lab's rule cut after "no": with the posted file's number and time line between, the negation stopped short of its words.
    private const string LabReportCues = "1\n00:00:00,000 --> 00:00:01,800\n学校机房月报 Lab report\n\n2\n00:00:02,000 --> 00:00:03,800\n"
        + "远程协助 Remote sessions: 12\n\n3\n00:00:04,000 --> 00:00:05,800\nRules 规定: 不登录\n\n4\n00:00:06,000 --> 00:00:07,800\n"
        + "老师的网银、支付账户; no\n\n5\n00:00:08,000 --> 00:00:09,800\nremote access\n\n6\n00:00:10,000 --> 00:00:11,800\n"
        + "for anyone outside the school\n\n7\n00:00:12,000 --> 00:00:13,800\n不给校外人员远程权限";

    [Fact]
    public void Subtitles_ReadingsSeeTheShownTextNotTheTimeLines()
    {
        var text = Read(LabReportCues);
        Assert.DoesNotContain("-->", text.Original, StringComparison.Ordinal);
        Assert.Contains("账户; no remote access", text.Original, StringComparison.Ordinal);
        Assert.DoesNotContain(PatternMatcher.Match(text).Hits, h => !h.Negated && h.Pattern.Id == "instrument-control");
    }
}
