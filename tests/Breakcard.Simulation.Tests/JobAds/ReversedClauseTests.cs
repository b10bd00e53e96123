using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 20's held-out disguise (development since round 21) <see cref="Evasion.ReversedClause"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class ReversedClauseTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void ReversedClause_WritesTheClauseBackwards_WithANote(ulong seed)
    {
        const string ad = "出租银行卡，日结300。";
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.ReversedClause], ["银行卡"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.ReversedClause), applied);
        // Hand-worked: the clause 出租银行卡 (up to the comma) runs from its last character to its first, a note follows it, the
        // second clause and the punctuation stay as they were.
        Assert.Contains(ReversedClause.Notes, n => text == "卡行银租出" + n + "，日结300。");
    }

    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    public void ReversedClause_MovesOnlyTheClauseThatHoldsTheWord(ulong seed)
    {
        const string ad = "招聘：收银行卡，加微信。";
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.ReversedClause], ["银行卡"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.ReversedClause), applied);
        Assert.Contains(ReversedClause.Notes, n => text == "招聘：卡行银收" + n + "，加微信。");
    }

    [Fact]
    public void ReversedClause_InEnglish_ReversesTheLetters_AndKeepsTheSpacesAroundTheClause()
    {
        var (text, applied) = EvasionEngine.Apply("Hi! Rent your card to us. Cardboard boxes too.", [Evasion.ReversedClause], ["card"], new SeededRandom(6));
        Assert.Equal(EvasionSet.Of(Evasion.ReversedClause), applied);
        Assert.Contains(ReversedClause.EnglishNotes, n => text == "Hi! su ot drac ruoy tneR" + n + ". Cardboard boxes too.");
    }

    [Fact]
    public void ReversedClause_KeepsAnEmojiWhole()
    {
        var (text, applied) = EvasionEngine.Apply("💳出租银行卡，日结", [Evasion.ReversedClause], ["银行卡"], new SeededRandom(2));
        Assert.Equal(EvasionSet.Of(Evasion.ReversedClause), applied);
        // The card emoji is one text element of two UTF-16 units: reversed by units it would be two broken surrogates.
        Assert.Contains(ReversedClause.Notes, n => text == "卡行银租出💳" + n + "，日结");
    }

    [Theory]
    [InlineData("Cardboard boxes for sale.", "card")] // card only inside another word
    [InlineData("招服务员，包吃住。", "微信")] // no key word
    [InlineData("，卡，", "卡")] // a clause of one character reads the same backwards
    public void ReversedClause_LeavesTextWithNothingToReverseAlone(string ad, string word)
    {
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.ReversedClause], [word], new SeededRandom(5));
        Assert.Equal((ad, EvasionSet.Empty), (text, applied));
    }

    [Fact]
    public void ReversedClause_NotesHoldNoKeyWordDigitOrContactWord_NorANumberPuzzleRule()
    {
        string[] added = [.. ReversedClause.Notes, .. ReversedClause.EnglishNotes];
        // A number puzzle's rule says a contact number is reversed; a clause's note must not read as one, nor one as it.
        string[] rules = [.. EvasionTables.NumberPuzzleNotes.Concat(EvasionTables.EnglishNumberPuzzleNotes).SelectMany(n => n)];
        Assert.DoesNotContain(added, note => rules.Any(r => note.Contains(r.Trim(), StringComparison.OrdinalIgnoreCase) || r.Contains(note.Trim(), StringComparison.OrdinalIgnoreCase)));
        string[] banned = [.. EvasionTables.RiskyWords, .. EvasionTables.OrdinaryWords, "卡", "号", "码", "钱", "元", "联系", "加", "card", "pay", "call", "text", "DM"];
        Assert.All(added, note =>
        {
            Assert.DoesNotContain(note, c => char.IsAsciiDigit(c));
            Assert.DoesNotContain(banned, b => note.Contains(b, StringComparison.OrdinalIgnoreCase));
        });
    }
}
