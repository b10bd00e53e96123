using Breakcard.Screening.Normalisation;

namespace Breakcard.Screening.Tests.Normalisation;

/// <summary>
/// ADR 474, on hand-written texts: the string escapes a program prints besides JSON's \uXXXX — a code point as \U0001F4B3 or
/// \u{94F6}, UTF-8 bytes as \xe9\x93\xb6 — read as the characters they stand for; a Windows path, a byte run that is no UTF-8 and
/// escapes of ASCII alone read as written. Characters an editor does not show (Unicode tag characters, zero-width spaces) between the
/// letters of a word do not hide it.
/// </summary>
public sealed class CodeEscapeTests
{
    private static NormalisedText Read(string text) => TextNormaliser.Default.Normalise(text);

    [Theory]
    [InlineData("msg = \"\\u{51FA}\\u{79DF}\\u{94F6}\\u{884C}\\u{5361}\"", "msg = \"出租银行卡\"")]
    [InlineData("print(\"\\U000051fa\\U000079df\\U0001F4B3 日结\")", "print(\"出租💳 日结\")")]
    [InlineData("b'\\xe6\\x94\\xb6\\xe9\\x93\\xb6\\xe8\\xa1\\x8c\\xe5\\x8d\\xa1'.decode()", "b'收银行卡'.decode()")]
    [InlineData("log: \\xe6\\x94\\xb6\\xe5\\x8d\\xa1\\n日结", "log: 收卡\n日结")]
    public void Escapes_AreReadAsTheCharacters(string text, string expected) => Assert.Equal(expected, Read(text).Original);

    [Theory]
    [InlineData("文件在 C:\\Users\\xiao\\Documents\\xe 里")]
    [InlineData("dump: \\xff\\xfe\\x00\\x41")] // bytes, not UTF-8
    [InlineData("echo \"\\x41\\x42\\u{41}\"")] // ASCII alone: the writer's own
    public void Honest_IsReadAsWritten(string text) => Assert.Equal(text, Read(text).Original);

    [Fact]
    public void Escapes_ReasonsQuoteWhatWasPosted()
    {
        var text = Read("联系 \\xe9\\x93\\xb6\\xe8\\xa1\\x8c\\xe5\\x8d\\xa1 出租");
        var card = Assert.Single(text.Terms, t => t.Term.Text == "银行卡");
        Assert.Equal("\\xe9\\x93\\xb6\\xe8\\xa1\\x8c\\xe5\\x8d\\xa1", text.Quote(card.Start, card.End));
    }

    [Theory]
    [InlineData("出租银\U000E0020行\U000E0020卡")]
    [InlineData("出租银\u200B行\u200B卡")]
    [InlineData("出租银\u2063行\u2063卡")]
    public void InvisibleSeparators_DoNotHideAWord(string text) => Assert.Contains(Read(text).Terms, t => t.Term.Text == "银行卡");
}
