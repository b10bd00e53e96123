using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Tests.Normalisation;

/// <summary>
/// ADR 468, on hand-written texts: a calendar invitation's or a contact card's source read for the values a calendar shows — folds
/// unfolded, escapes undone, technical lines not read — and a Base64 run of text decoded in place, reasons still quoting what was posted;
/// honest ids, hashes, keys, image data and a lone BEGIN line read exactly as written.
/// </summary>
public sealed class EncodedTextTests
{
    private const string Invite = "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Apple Inc.//iCloud 2.0//EN\nBEGIN:VEVENT\n"
        + "UID:3f2a9c1d-00ab@invite.calendar\nDTSTART:20261201T093000Z\nSUMMARY:高价收银\n 行卡\\, 日结\n"
        + "DESCRIPTION;LANGUAGE=zh-CN:高价收银行卡\\n加微信详聊\\; 当天到账\\\\\nEND:VEVENT\nEND:VCALENDAR";

    private static NormalisedText Read(string text) => TextNormaliser.Default.Normalise(text);

    [Theory]
    [InlineData(Invite, "高价收银行卡, 日结\n高价收银行卡\n加微信详聊; 当天到账\\\n")]
    [InlineData("BEGIN:VCARD\r\nVERSION:4.0\r\nFN:李经理\r\nNOTE:收银行卡\\,日\r\n 结三百\r\nEND:VCARD\r\n", "李经理\n收银行卡,日结三百\n\n")]
    [InlineData("出租：5Ye656ef6ZO26KGM5Y2h（base64解码），日结300", "出租：出租银行卡（base64解码），日结300")]
    [InlineData("UmVudCB5b3VyIGJhbmsgY2FyZCB0byB1cy4= (base64) Paid daily.", "Rent your bank card to us. (base64) Paid daily.")]
    [InlineData("Add VGVsZWdyYW0 now", "Add Telegram now")]
    public void Encoded_IsReadAsItShows(string text, string expected) => Assert.Equal(expected, Read(text).Original);

    [Fact]
    public void Calendar_TechnicalLinesAreNotRead()
    {
        var shown = Read(Invite).Original;
        Assert.DoesNotContain("DTSTART", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("invite.calendar", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("SUMMARY", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("LANGUAGE", shown, StringComparison.Ordinal);
    }

    [Fact]
    public void Encoded_ReasonsQuoteWhatWasPosted()
    {
        var text = Read("联系：6ZO26KGM5Y2h（base64解码）");
        var card = Assert.Single(text.Terms, t => t.Term.Text == "银行卡");
        Assert.Equal("6ZO26KGM5Y2h", text.Quote(card.Start, card.End));

        var folded = Read(Invite);
        var first = folded.Terms.First(t => t.Term.Text == "银行卡");
        Assert.Equal("银\n 行卡", folded.Quote(first.Start, first.End));
    }

    [Theory]
    // An id, a hex hash, words and a camel-case name, an image, a key, a lone BEGIN line: none is read as anything but itself.
    [InlineData("订单号 thVsJ5jTGwDBNvsaWRADHywX，请保存")]
    [InlineData("【境外汇款申请书 Application for Overseas Remittance】汇款人 Remitter：李某")] // Remittance decodes to whole UTF-8: E颶֧q
    [InlineData("lexicon ce0d2ed210cd6f1a, Responsibilities include JavaScript and PowerShell")]
    [InlineData("<img src=\"data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==\">")]
    [InlineData("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl ops@school")]
    [InlineData("BEGIN:VCALENDAR 是日历文件的第一行，SUMMARY:写标题")]
    public void Encoded_HonestSignsAreReadAsWritten(string text) => Assert.Equal(text, Read(text).Original);
}
