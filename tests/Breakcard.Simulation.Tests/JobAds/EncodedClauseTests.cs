using System.Text;
using System.Text.RegularExpressions;
using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 29's held-out disguise <see cref="Evasion.EncodedClause"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class EncodedClauseTests
{
    [Fact]
    public void EncodedClause_WritesTheClauseAsTheBase64OfItsBytes_AndANote()
    {
        // Hand-worked: 出租银行卡 is E5 87 BA E7 A7 9F E9 93 B6 E8 A1 8C E5 8D A1 in UTF-8, fifteen bytes, five groups of three: 5Ye6 56ef 6ZO2 6KGM 5Y2h.
        var seen = new HashSet<string>();
        for (var seed = 1UL; seed <= 30; seed++)
        {
            var (text, applied) = EvasionEngine.Apply("出租银行卡，日结300", [Evasion.EncodedClause], ["银行卡"], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.EncodedClause), applied);
            var note = Assert.Single(EncodedClause.Notes, n => text == "5Ye656ef6ZO26KGM5Y2h" + n + "，日结300");
            seen.Add(note);
        }

        Assert.Equal(EncodedClause.Notes.Length, seen.Count);
    }

    [Fact]
    public void EncodedClause_InEnglish_EncodesTheSentenceAndKeepsItsStop()
    {
        // Hand-worked: "Rent your bank card to us" is 25 bytes, eight groups of three and one left over, so the Base64 ends in "==".
        for (var seed = 1UL; seed <= 10; seed++)
        {
            var (text, applied) = EvasionEngine.Apply("Rent your bank card to us. Paid daily.", [Evasion.EncodedClause], ["bank card"], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.EncodedClause), applied);
            Assert.Single(EncodedClause.EnglishNotes, n => text == "UmVudCB5b3VyIGJhbmsgY2FyZCB0byB1cw==" + n + ". Paid daily.");
        }
    }

    [Fact]
    public void EncodedClause_EncodesOneClauseOnly_WhicheverKeyWordIsDrawn()
    {
        // Hand-worked: 加微信 is E5 8A A0 E5 BE AE E4 BF A1, 5Yqg5b6u5L+h. Each clause is drawn on some seed; the other stays as it was.
        var encodedFirst = false;
        var encodedSecond = false;
        for (var seed = 1UL; seed <= 40; seed++)
        {
            var (text, _) = EvasionEngine.Apply("出租银行卡，加微信，日结", [Evasion.EncodedClause], ["银行卡", "微信"], new SeededRandom(seed));
            var first = EncodedClause.Notes.Any(n => text == "5Ye656ef6ZO26KGM5Y2h" + n + "，加微信，日结");
            var second = EncodedClause.Notes.Any(n => text == "出租银行卡，5Yqg5b6u5L+h" + n + "，日结");
            Assert.True(first ^ second, text);
            encodedFirst |= first;
            encodedSecond |= second;
            // Decoded, the run of Base64 gives the clause back.
            var run = Regex.Match(text, "[A-Za-z0-9+/]+=*").Value;
            Assert.Contains(Encoding.UTF8.GetString(Convert.FromBase64String(run)), new[] { "出租银行卡", "加微信" });
        }

        Assert.True(encodedFirst && encodedSecond);
    }

    [Theory]
    [InlineData("日结三百，私聊", "银行卡")]
    [InlineData("Flat-pack cardboard boxes wanted.", "card")]
    public void EncodedClause_WithoutAWholeKeyWord_LeavesTheTextAlone(string ad, string word)
    {
        // No key word, or a Latin one only inside another word (card in cardboard): nothing is encoded and nothing is reported.
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.EncodedClause], [word], new SeededRandom(4));
        Assert.Equal((ad, EvasionSet.Empty), (text, applied));
    }
}
