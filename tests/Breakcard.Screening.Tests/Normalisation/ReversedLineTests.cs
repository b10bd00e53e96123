using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Tests.Normalisation;

/// <summary>
/// ADR 443, on hand-written texts with notes the simulator does not use: a whole line written backwards, its words parted by
/// spaces instead of commas and longer than one clause (80 characters), is read back when its note closes the line — at the
/// text's start or end, before a line break (LF or CRLF), with emoji or #tags after the note, in traditional script with
/// full-width digits, with a zhuyin word inside. A long run whose note does not end its line, a long line with no note and a
/// line longer than 240 characters stay as written.
/// </summary>
public sealed class ReversedLineTests
{
    // 83 characters: 招人帮忙收款 然后 用你自己名下的银行卡接几笔货款 到账以后 马上转到我们给的账户 每一万给你两百 … 长期有效, backwards.
    private const string Backwards =
        "效有期长 聊私的做想 水流的意生做是说就问人有 问多用不的来哪是钱 百两你给万一每 户账的给们我到转上马 后以账到 款货笔几接卡行银的下名己自你用 后然 款收忙帮人招";

    private const string Forward = "用你自己名下的银行卡接几笔货款到账以后马上转到我们给的账户每一万给你两百";

    private static string Fold(string text) => TextNormaliser.Default.Normalise(text).Text;

    private static IEnumerable<string> Terms(string text) => TextNormaliser.Default.Normalise(text).Terms.Select(t => t.Term.Text);

    [Theory]
    // The whole text, the note (a wording the simulator does not use) at its end.
    [InlineData(Backwards + "（从右往左念这句）")]
    // Emoji and #tags after the note still close the line.
    [InlineData(Backwards + "（倒序阅读）💰🔥 #副业 #宝妈日常")]
    // Between forward lines, the note before a Windows line break; the lines around it stay as written.
    [InlineData("今天的副业分享：\r\n" + Backwards + "（倒过来看）\r\n名额不多，先到先得。")]
    // After a speaker's colon, in half-width brackets.
    [InlineData("作者：" + Backwards + "(反着念)")]
    public void LongLine_NoteClosesIt_ReadsInOrderWithoutItsNote(string text)
    {
        var folded = Fold(text);
        Assert.Contains(Forward, folded, StringComparison.Ordinal);
        Assert.DoesNotContain("款货笔几接卡行银", folded, StringComparison.Ordinal);
        Assert.DoesNotContain("倒", folded, StringComparison.Ordinal);
        Assert.DoesNotContain("念这句", folded, StringComparison.Ordinal);
    }

    [Fact]
    public void LongLine_ForwardLinesAroundIt_StayAsWritten()
    {
        var folded = Fold("今天的副业分享：\n" + Backwards + "（倒过来看）\n周末门店照常营业，欢迎到店咨询。");
        Assert.StartsWith("今天的副业分享", folded, StringComparison.Ordinal);
        Assert.EndsWith("周末门店照常营业欢迎到店咨询", folded, StringComparison.Ordinal);
    }

    [Fact]
    public void LongLine_TraditionalScriptFullWidthDigits_ReadsItsTerms()
    {
        // 兼職 對吧 把你的微信和手機卡借給我們用一個月 每個月給你８００ … 名額不多, backwards (81 characters), its note traditional.
        var terms = Terms("多不額名 聊私者意有 你還樣原期到 作操你用不 用在己自是說就你找話電打人有 問別的嘛幹來拿是號 ００８你給月個每 月個一用們我給借卡機手和信微的你把 吧對 職兼（倒過來看）").ToList();
        Assert.Contains("手机卡", terms);
        Assert.Contains("借给我们用", terms);
    }

    [Fact]
    public void LongLine_ZhuyinInside_KeepsItsLettersInOrder()
    {
        // 在家就能做 嗯 用你本人的ㄎㄚ帮老板过几笔账 … 名额不多, backwards (83 characters): ㄎㄚ stays ka, not ak.
        var folded = Fold("多不额名 得先到先 效有期长 我私的做想 钱还友朋是说就问 管用不来哪从钱的板老 二之分百留笔每 个这个这 少多转少多进 账笔几过板老帮ㄎㄚ的人本你用 嗯 做能就家在（从右往左读）");
        Assert.Contains("用你本人的", folded, StringComparison.Ordinal);
        Assert.Contains("帮老板过几笔账进多少转多少", folded, StringComparison.Ordinal);
        Assert.DoesNotContain("ak", folded, StringComparison.Ordinal);
    }

    [Fact]
    public void LongRun_NoteInTheMiddleOfItsLine_StaysAsWritten()
    {
        // More words after the note on the same line: the long run before it is not one clause, and is not moved.
        var folded = Fold(Backwards + "（倒着读）后面还有话");
        Assert.Contains("款货笔几接卡行银", folded, StringComparison.Ordinal);
        Assert.DoesNotContain(Forward, folded, StringComparison.Ordinal);
    }

    [Fact]
    public void LongLine_NoNote_StaysAsWritten() =>
        Assert.Contains("款货笔几接卡行银", Fold(Backwards), StringComparison.Ordinal);

    [Fact]
    public void LineLongerThanTheLimit_StaysAsWritten()
    {
        var folded = Fold(Backwards + " " + Backwards + " " + Backwards + "（倒着读）");
        Assert.Contains("款货笔几接卡行银", folded, StringComparison.Ordinal);
        Assert.DoesNotContain(Forward, folded, StringComparison.Ordinal);
    }
}
