using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

public sealed class EvasionEngineTests
{
    private static readonly string[] Words = ["银行卡", "出租", "微信"];

    [Fact]
    public void Traditional_ConvertsTheWholeText()
    {
        var (text, applied) = EvasionEngine.Apply("出租银行卡，日结兼职", Evasion.Traditional, Words, new SeededRandom(1));
        Assert.Equal("出租銀行卡，日結兼職", text);
        Assert.Equal(Evasion.Traditional, applied);
    }

    [Fact]
    public void FullWidth_ConvertsAsciiLettersAndDigits()
    {
        var (text, _) = EvasionEngine.Apply("日结300 vx", Evasion.FullWidth, Words, new SeededRandom(1));
        Assert.Equal("日结３００ ｖｘ", text);
    }

    [Fact]
    public void Separators_InterleaveTheCharactersOfAKeyWord()
    {
        var (text, applied) = EvasionEngine.Apply("出租银行卡", Evasion.Separators, ["银行卡"], new SeededRandom(2));
        Assert.Equal(Evasion.Separators, applied);
        Assert.Matches("^出租银(.)行\\1卡$", text);
    }

    [Fact]
    public void Abbreviations_ReplaceKnownWords()
    {
        var (text, applied) = EvasionEngine.Apply("收银行卡", Evasion.Abbreviations, ["银行卡"], new SeededRandom(2));
        Assert.Equal(Evasion.Abbreviations, applied);
        Assert.True(text is "收yhk" or "收YHK", text);
    }

    [Fact]
    public void Evasion_WithNothingToChange_IsNotReported()
    {
        var (text, applied) = EvasionEngine.Apply("招聘家教", Evasion.Homophones | Evasion.Pinyin, Words, new SeededRandom(2));
        Assert.Equal("招聘家教", text);
        Assert.Equal(Evasion.None, applied);
    }

    [Fact]
    public void Leetspeak_ReplacesLettersWithDigits()
    {
        var (text, applied) = EvasionEngine.Apply("rent your card", Evasion.Leetspeak, ["card", "rent"], new SeededRandom(3));
        Assert.Equal(Evasion.Leetspeak, applied);
        Assert.True(text.Contains("c4rd", StringComparison.Ordinal) || text.Contains("r3n7", StringComparison.Ordinal), text);
    }

    [Fact]
    public void LineBreaks_BreakOneKeyWordInside()
    {
        var (text, applied) = EvasionEngine.Apply("出租银行卡", Evasion.LineBreaks, ["银行卡"], new SeededRandom(4));
        Assert.Equal(Evasion.LineBreaks, applied);
        Assert.StartsWith("出租银", text, StringComparison.Ordinal);
        Assert.EndsWith("卡", text, StringComparison.Ordinal);
        Assert.Equal("出租银行卡", text.Replace("\r", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal));
        Assert.Contains('\n', text);
    }

    [Fact]
    public void FillerLetters_PutOneStrayCharacterInsideAChineseWordOnly()
    {
        var (text, applied) = EvasionEngine.Apply("出租银行卡 rent", Evasion.FillerLetters, ["银行卡", "rent"], new SeededRandom(5));
        Assert.Equal(Evasion.FillerLetters, applied);
        Assert.Equal("出租银行卡 rent".Length + 1, text.Length);
        Assert.EndsWith(" rent", text, StringComparison.Ordinal);
        Assert.Matches("^出租银[a-z0-9]?行[a-z0-9]?卡 rent$", text);
    }
}
