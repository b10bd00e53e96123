using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Tests.Normalisation;

/// <summary>
/// ADR 474, on hand-written texts: a Base64 clause the post's other disguises reached — full-width, Cyrillic look-alikes, circled
/// digits and Chinese numerals for digits — or wrapped over lines, cut into cues or spaced into groups, read as the text a decoder shows;
/// a decoded tick or emoji does not stop it. Honest English with look-alike letters, product names and wrapped hex read as written.
/// </summary>
public sealed class DisguisedBase64Tests
{
    private static NormalisedText Read(string text) => TextNormaliser.Default.Normalise(text);

    [Theory]
    [InlineData("出租：５Ｙｅ６５６ｅｆ６ＺＯ２６ＫＧＭ５Ｙ２ｈ（ｂａｓｅ６４解码）", "出租：出租银行卡（ｂａｓｅ６４解码）")]
    [InlineData("出租：5Yе656ef6ZО26КGМ5Y2h（Вase64解码）", "出租：出租银行卡（Вase64解码）")] // Cyrillic е О К М
    [InlineData("出租：伍Ye⑥5⑥ef6ZO2陆KGM5Y2h（base64）", "出租：出租银行卡（base64）")]
    [InlineData("出租：5Ye656ef\n6ZO26KGM\n5Y2h\n（base64解码）", "出租：出租银行卡\n（base64解码）")]
    [InlineData("出租：5Ye6 56ef 6ZO2 6KGM 5Y2h 日结", "出租：出租银行卡 日结")]
    [InlineData("审核 5bey6YCa6L+HIOKclCDml6Xnu5M=（base64）", "审核 已通过 ✔ 日结（base64）")]
    [InlineData("加v b4069 5Ye656ef6ZO26KGM5Y2h（base64解码）", "加v b4069 出租银行卡（base64解码）")]
    public void Disguised_IsReadAsItDecodes(string text, string expected) => Assert.Equal(expected, Read(text).Original);

    [Fact]
    public void Cues_AreReadAsOneClause()
    {
        const string cues = "1\n00:00:01,000 --> 00:00:02,000\n5pS26ZO26K\n\n2\n00:00:02,000 --> 00:00:03,000\nGM5Y2h77yM5pel\n\n"
            + "3\n00:00:03,000 --> 00:00:04,000\n57uT5LiJ55m+5YWD\n";
        Assert.Contains("收银行卡，日结三百元", Read(cues).Original, StringComparison.Ordinal);
    }

    [Fact]
    public void Disguised_ReasonsQuoteWhatWasPosted()
    {
        var text = Read("联系：６ＺＯ２６ＫＧＭ５Ｙ２ｈ（base64解码）");
        var card = Assert.Single(text.Terms, t => t.Term.Text == "银行卡");
        Assert.Equal("６ＺＯ２６ＫＧＭ５Ｙ２ｈ", text.Quote(card.Start, card.End));
    }

    [Theory]
    [InlineData("Finallу got my sourdоugh tо rise, Sаturday Morning Bakes")] // Cyrillic у о а in English words
    [InlineData("全新 iPhone15 Pro Max 256GB 国行 ９成新 ＩＰｈｏｎｅ１５")]
    [InlineData("校验值 SHA256:\n9f86d081884c7d659a2feaa0c55ad015\na3bf4f1b2b0b822cd15d6c15b0f00a08")]
    [InlineData("第一期 Vol3Ab 第二期 Vol4Cd 第三期")]
    [InlineData("password Xk9mQ2 rT7pLs Wq3nVb 重置")]
    public void Honest_IsReadAsWritten(string text) => Assert.Equal(text, Read(text).Original);
}
