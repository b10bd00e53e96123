using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Tests.Normalisation;

/// <summary>
/// ADR 455, on hand-written texts: a clause laid out in columns (竖排) is read down its columns when that reads more of the key
/// words than its rows, and a poem or list that reads no better by columns stays as written; a zhuyin syllable among Chinese
/// characters reads as its character, a lone initial (ㄉ, ㄅ) and zhuyin among Latin letters do not; an acrostic note written
/// with a Kangxi radical (每⾏开头) is still a note.
/// </summary>
public sealed class ColumnsAndZhuyinTests
{
    private static NormalisedText Read(string text) => TextNormaliser.Default.Normalise(text);

    [Theory]
    // Four columns of four, the first on the right: 将本人微信 / 朋友圈封面 / 换成我们给的.
    [InlineData("学生在家赚零花钱：\n我封信将\n们面朋本\n给换友人\n的成圈微\n二维码放30天", "学生在家赚零花钱将本人微信朋友圈封面换成我们给的二维码放30天")]
    // Three columns, a short one padded with the ideographic space: 款项转到你的账户.
    [InlineData("需要收款人\n账到款\n户你项\n　的转\n再转到老板", "需要收款人款项转到你的账户再转到老板")]
    public void Columns_ReadDownTheColumnsRightToLeft(string text, string expected) => Assert.Equal(expected, Read(text).Text);

    [Fact]
    public void Columns_KeyWordsStandWholeOnlyWhenReadDownTheColumns()
    {
        var text = "兼职：\n信把\n给你\n我的\n们微\n，日结300";
        Assert.Contains("把你的微信给我们", Read(text).Text, StringComparison.Ordinal);
        Assert.Contains("微信", TermsOf(Read(text)));
    }

    private static List<string> TermsOf(NormalisedText n) => n.Terms.Select(t => t.Term.Text).ToList();

    [Theory]
    // A poem, an acrostic's lines and a list of equal lines read no better down their columns: rows stay.
    [InlineData("床前明月光\n疑是地上霜\n举头望明月\n低头思故乡")]
    [InlineData("银杏叶全黄\n行人慢慢走\n卡片写祝福")] // an acrostic poem whose heads spell 银行卡, without a note: not read

    [InlineData("用你的微信扫码\n到店领取优惠券")]
    public void Columns_RowsThatReadAsWrittenStay(string text) => Assert.Equal(text.Replace("\n", "", StringComparison.Ordinal), Read(text).Text);

    [Theory]
    [InlineData("民生ㄎㄚ一张一千", "民生卡一张一千")]
    [InlineData("款要马上付出去，别留在ㄎㄚ里", "款要马上付出去别留在卡里")]
    [InlineData("帮忙ㄕㄡ个ㄎㄨㄢ", "帮忙收个款")]
    [InlineData("ㄓㄨㄢ到你卡上", "转到你卡上")]
    public void Zhuyin_SyllableAmongChineseReadsAsItsCharacter(string text, string expected) => Assert.Equal(expected, Read(text).Text);

    [Theory]
    // Taiwanese particles written as a lone initial are no syllable of the table; zhuyin among Latin letters stays pinyin.
    [InlineData("好吃ㄉ麵包，快來買ㄅ", "好吃d面包快来买b")]
    [InlineData("hi ㄎㄚ ok", "hikaok")]
    public void Zhuyin_LoneInitialsAndLatinNeighboursStay(string text, string expected) => Assert.Equal(expected, Read(text).Text);

    [Fact]
    public void Zhuyin_AmbiguousSyllableTakesTheReadingThatMakesAKeyWord()
    {
        // ㄕㄡ is 收 or 手: before 机 it makes 手机, before 款 it makes 收款.
        Assert.Equal("手机卡", Read("ㄕㄡ机卡").Text);
        Assert.Equal("收款码", Read("ㄕㄡ款码").Text);
    }

    [Fact]
    public void Martian_FormsRoundTwentySevenWroteAreFolded() =>
        Assert.Equal("很好也行只要知道没事以后二三", Read("佷好吔行呮要知噵莈事苡后弍弎").Text);

    [Fact]
    public void Acrostic_NoteWithAKangxiRadicalIsANote()
    {
        var text = "开通（看下面每⾏第一个字）送给公司\n\n亲山间起薄雾\n属江上一叶舟\n卡春来草自青";
        Assert.Contains("开通亲属卡送给公司", Read(text).Text, StringComparison.Ordinal);
    }
}
