using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Tests.Normalisation;

/// <summary>
/// ADR 434, on hand-written texts with notes the simulator does not use: a word written down the first characters of lines
/// (藏头) is put back where its note stands; a clause written backwards keeps each source character's letters in order
/// (ㄧㄣ → yin, not niy) and loses its note, so the words on both sides of the note meet; texts with nothing to decode stay
/// as they were.
/// </summary>
public sealed class DisguiseLayerTests
{
    private static string Fold(string text) => TextNormaliser.Default.Normalise(text).Text;

    private static IEnumerable<string> Terms(string text) => TextNormaliser.Default.Normalise(text).Terms.Select(t => t.Term.Text);

    [Theory]
    // The last paragraph after a blank line; the note in the middle of a sentence.
    [InlineData("兼职：每天收几笔款，转给公司（看下面每行第一个字），日结300\n\n账房先生记得清\n户外踏青正当时", "兼职每天收几笔款转给公司账户日结300")]
    // No blank line: the lines right after the note's line; the note's wording is not the generator's (每句第一个字).
    [InlineData("长期收你的（看每句第一个字）\n银杏叶黄了\n行人匆匆过\n卡门在唱歌", "长期收你的银行卡")]
    // Windows line breaks, a traditional note (每行開頭), indented lines.
    [InlineData("高價收（每行開頭）\r\n\r\n  銀杏葉黃了\r\n  行人匆匆過\r\n  卡門在唱歌", "高价收银行卡")]
    // A head in zhuyin: the whole run is the line's first character, read as pinyin and then as the word (银行ka → 银行卡).
    [InlineData("出租你的（藏头）\n\n银杏叶黄了\n行人匆匆过\nㄎㄚ门在唱歌", "出租你的银行卡")]
    // A head in a compatibility form (the Kangxi radical ⽔ for 水) is read as its plain character.
    [InlineData("帮走（藏头）\n\n流云飘过\n⽔边垂柳", "帮走流水")]
    public void Acrostic_WordReplacesItsNote(string text, string expectedStart) =>
        Assert.StartsWith(expectedStart, Fold(text), StringComparison.Ordinal);

    [Fact]
    public void Acrostic_FullWidthEnglishNote_ReadsTheWordAsATerm()
    {
        var text = "ｈａｎｄ ｏｖｅｒ ｔｈｅ (ｆｉｒｓｔ ｌｅｔｔｅｒ ｏｆ ｅａｃｈ ｌｉｎｅ) ｆｏｒ $５０\n\nＣｏｆｆｅｅ ｉｓ ｒｅａｄｙ\nＡｕｔｕｍｎ ａｇａｉｎ\nＲａｉｎ ｔｏｄａｙ\nＤｏｇｓ ａｓｌｅｅｐ";
        Assert.StartsWith("handoverthecardfor50", Fold(text), StringComparison.Ordinal);
        Assert.Contains("card", Terms(text));
    }

    [Fact]
    public void Acrostic_RowOfTagsEndsTheBlock()
    {
        // The last line begins with a tag: the word is the three heads before it.
        Assert.StartsWith("出租你的银行卡", Fold("出租你的（藏头）\n\n银杏叶黄了\n行人匆匆过\n卡门在唱歌\n#生活碎片 #打工人日常"), StringComparison.Ordinal);
    }

    [Theory]
    // A bracket that is no acrostic note.
    [InlineData("奶茶店招店员（每天结），时薪18元\n\n周末两天\n管午饭", "奶茶店招店员每天结时薪18元周末两天管午饭")]
    // A note with one line after it: no word of one character is read.
    [InlineData("出租你的（藏头）\n银杏叶黄了", "出租你的藏头银杏叶黄了")]
    // A note at the very end of the text, with no line after it.
    [InlineData("出租你的（看每行开头）", "出租你的看每行开头")]
    // A note at the very start.
    [InlineData("（藏头诗）春眠不觉晓", "藏头诗春眠不觉晓")]
    public void Acrostic_NothingToDecode_TextStaysAsWritten(string text, string expected) => Assert.Equal(expected, Fold(text));

    [Fact]
    public void Acrostic_PoemWithNoPlaceholder_StaysAsWritten()
    {
        // An acrostic poem whose title names the form: the note is the title's, and the heads go where it stood.
        var folded = Fold("一首藏头诗（看每行第一个字）：\n新年快乐\n春风得意\n快马加鞭\n乐在其中");
        Assert.StartsWith("一首藏头诗新春快乐", folded, StringComparison.Ordinal);
        Assert.DoesNotContain("卡", folded, StringComparison.Ordinal);
    }

    [Theory]
    // Zhuyin inside a clause written backwards keeps its letters' order: 网ㄧㄣ reads 网银.
    [InlineData("零操作：做你帮程远后ㄧㄣ网的己自开打（倒过来看），每次三位数", "零操作打开自己的网银后远程帮你做每次三位数")]
    // A note in Martian script (唻 for 来).
    [InlineData("兼职：卡行银的你借租（倒过唻看），日结200", "兼职租借你的银行卡日结200")]
    // At the text's start, with no clause break before the clause.
    [InlineData("卡行银的你借租（倒着读）", "租借你的银行卡")]
    public void ReversedClause_ReadsInOrderWithoutItsNote(string text, string expected) => Assert.Equal(expected, Fold(text));

    [Fact]
    public void ReversedClause_NoteDropped_SpelledWordAfterItJoins()
    {
        // 租出 reversed is 出租; with the note gone, the spelled 银行卡 (金银的银、行走的行、卡片的卡) follows it.
        var terms = Terms("工作内容：银的银金人本租出（倒着读）、行走的行、卡片的卡，每天300").ToList();
        Assert.Contains("出租", terms);
        Assert.Contains("银行卡", terms);
    }

    [Fact]
    public void ReversedClause_NoNote_TextStaysAsWritten() =>
        Assert.Equal("反过来看这件事也有道理", Fold("反过来看，这件事也有道理"));

    [Theory]
    // Martian-script function words read as the plain ones, one for one, for every reader (伱 沵 → 你, 旳 → 的, 硪 → 我, 芣 → 不).
    [InlineData("把沵名下旳卡借硪们用，芣会有问题", "把你名下的卡借我们用不会有问题")]
    [InlineData("款项打菿伱旳卡仩，沵洅转菿公司", "款项打到你的卡上你再转到公司")]
    // At the text's start and end, across a line break, in a full-width line.
    [InlineData("芣用上班\n俬聊", "不用上班私聊")]
    // Common words that share a look-alike's character stay (找茬, 哆嗦).
    [InlineData("别找茬，冷得哆嗦", "别找茬冷得哆嗦")]
    public void MartianFunctionWords_ReadAsThePlainWords(string text, string expected) => Assert.Equal(expected, Fold(text));

    [Fact]
    public void MartianKeyCharacter_IsADisguisedVariantInsideATerm()
    {
        var n = TextNormaliser.Default.Normalise("出售银行鉲，加嶶信");
        Assert.Contains(n.Terms, t => t.Term.Text == "微信" && t.IsDisguised);
        Assert.Contains(n.Terms, t => t.Term.Text == "银行卡" && t.IsDisguised);
    }
}
