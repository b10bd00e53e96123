using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Tests.Normalisation;

/// <summary>
/// ADR 479, on hand-written mail sources unlike the round-30 generator's (CRLF line ends, multipart bodies with a boundary, Base64, a
/// GB2312/GBK body, subjects in B and Q words, a screenshot's chrome above the headers): each read as a mail program shows the message —
/// the subject line, then the decoded body; sender, recipients, date and the transport headers not read — with reasons quoting what was posted; a text that only
/// mentions a header is read as written. And a pinyin annotation (银(yín)行(háng)卡(kǎ)) read as the characters it annotates.
/// </summary>
public sealed class MailSourceTests
{
    // 出租银行卡，日结300 in UTF-8 quoted-printable, a soft break between the second and third bytes of 银.
    private const string Plain = "From: \"HR\" <hr@example.com>\nDate: Tue, 3 Nov 2026 09:00:00 +0800\n"
        + "Subject: =?UTF-8?B?6auY6Jaq5YW86IGM?=\nMIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n"
        + "Content-Transfer-Encoding: quoted-printable\n\n=E5=87=BA=E7=A7=9F=E9=93=\n=B6=E8=A1=8C=E5=8D=A1=EF=BC=8C=E6=97=A5=E7=BB=93300";

    // CRLF; multipart/alternative: a GB2312 quoted-printable text part, then a UTF-8 Base64 HTML part (<p>收购银行卡</p><p>日结三百</p>).
    private const string Alternative = "From: =?GB2312?Q?=D2=F8=D0=D0?= <a@example.cn>\r\nSubject: hello\r\nMIME-Version: 1.0\r\n"
        + "Content-Type: multipart/alternative;\r\n boundary=\"==b1==\"\r\n\r\nThis is a multi-part message in MIME format.\r\n"
        + "--==b1==\r\nContent-Type: text/plain; charset=GB2312\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + "=CA=D5=B9=BA=D2=F8=D0=D0=BF=A8=A3=AC=C8=D5=BD=E1=C8=FD=B0=D9\r\n"
        + "--==b1==\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + "PHA+5pS26LSt6ZO26KGM5Y2hPC9wPjxwPuaXpee7k+S4ieeZvjwvcD4=\r\n--==b1==--\r\n";

    // multipart/mixed: a GBK quoted-printable text part (您的银行卡) and an attached image, nested text in a multipart/related part.
    private const string Mixed = "Subject: =?UTF-8?Q?=E9=80=9A=E7=9F=A5?=\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=outer\n\n"
        + "--outer\nContent-Type: text/plain; charset=GBK\nContent-Transfer-Encoding: quoted-printable\n\n=C4=FA=B5=C4=D2=F8=D0=D0=BF=A8=\n\n"
        + "--outer\nContent-Type: multipart/related; boundary=inner\n\n--inner\nContent-Type: text/plain; charset=gb2312\n"
        + "Content-Transfer-Encoding: base64\n\n0vjQ0L+o\n--inner--\n"
        + "--outer\nContent-Type: image/png; name=a.png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgoAAAANSUhEUgAA\n--outer--\n";

    private static NormalisedText Read(string text) => TextNormaliser.Default.Normalise(text);

    [Fact]
    public void PlainMail_IsShownAsAMailProgramShowsIt() =>
        Assert.Equal("Subject: 高薪兼职\n\n出租银行卡，日结300",
            Read(Plain).Original);

    [Fact]
    public void PlainMail_ReasonsQuoteWhatWasPosted()
    {
        var text = Read(Plain);
        var card = Assert.Single(text.Terms, t => t.Term.Text == "银行卡");
        Assert.Equal("=E9=93=\n=B6=E8=A1=8C=E5=8D=A1", text.Quote(card.Start, card.End));
    }

    [Fact]
    public void Alternative_ShowsTheLastPartDecoded()
    {
        var shown = Read(Alternative).Original;
        Assert.StartsWith("Subject: hello\r\n\n", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("a@example.cn", shown, StringComparison.Ordinal); // the sender is the program's field, not the text
        Assert.Contains("收购银行卡", shown, StringComparison.Ordinal);
        Assert.Contains("日结三百", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<p>", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("Content-Type", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("multi-part message", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("==b1==", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("=CA", shown, StringComparison.Ordinal); // the plain alternative is not shown besides the HTML one
    }

    [Fact]
    public void Mixed_ShowsEachTextPartInItsCharsetAndNoAttachment() =>
        Assert.Equal("Subject: 通知\n\n您的银行卡\n银行卡", Read(Mixed).Original);

    [Fact]
    public void ChromeAboveTheHeaders_IsKept()
    {
        var shown = Read("‹ 李哥(2)\nToday 12:45 PM\n" + Plain).Original;
        Assert.StartsWith("‹ 李哥(2)\nToday 12:45 PM\nSubject: 高薪兼职\n\n", shown, StringComparison.Ordinal);
        Assert.EndsWith("出租银行卡，日结300", shown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("招后端：熟悉HTTP，接口返回\nContent-Type: application/json\n\n字段用驼峰。")] // a header named, no mail
    [InlineData("Content-Transfer-Encoding 是邮件头，面试会问。")] // no header line
    [InlineData("邮件头示例：MIME-Version: 1.0")] // not at a line start
    public void TextThatNamesAHeader_IsReadAsWritten(string text) => Assert.Equal(text, Read(text).Original);

    [Fact]
    public void PinyinAnnotation_IsReadAsTheCharacters()
    {
        const string text = "闲置储(chǔ)蓄(xù)卡(kǎ)出租，银（yín）行（háng）卡（kǎ）日结";
        var read = Read(text);
        Assert.Equal(text, read.Original); // shown as written; only the reading drops the pinyin
        Assert.Contains(read.Terms, t => t.Term.Text == "储蓄卡");
        Assert.Contains(read.Terms, t => t.Term.Text == "银行卡");
    }

    [Theory]
    [InlineData("银(yin)行(hang)卡")] // no tone mark: not read as an annotation
    [InlineData("银(card)行卡")]
    public void BracketsWithoutTonedPinyin_StillBreakTheWord(string text) =>
        Assert.DoesNotContain(Read(text).Terms, t => t.Term.Text == "银行卡");
}
