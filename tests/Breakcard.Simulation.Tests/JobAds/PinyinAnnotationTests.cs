using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 30's held-out disguise <see cref="Evasion.PinyinAnnotation"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class PinyinAnnotationTests
{
    [Fact]
    public void PinyinAnnotation_PutsEachCharactersTonedSyllableAfterIt_InOneOfTwoBrackets()
    {
        // Hand-worked: 银 yín (second tone), 行 háng (as in 银行, second tone), 卡 kǎ (third tone); the rest of the text as it was.
        var seen = new HashSet<string>();
        for (var seed = 1UL; seed <= 20; seed++)
        {
            var (text, applied) = EvasionEngine.Apply("出租银行卡，日结300", [Evasion.PinyinAnnotation], ["银行卡"], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.PinyinAnnotation), applied);
            Assert.Contains(text, new[] { "出租银(yín)行(háng)卡(kǎ)，日结300", "出租银（yín）行（háng）卡（kǎ），日结300" });
            seen.Add(text);
        }

        Assert.Equal(2, seen.Count);
    }

    [Fact]
    public void PinyinAnnotation_AnnotatesOneOrTwoOfTwoWords_EachShapeOnSomeSeed()
    {
        // 出租 and 银行卡 stand side by side, disjoint: one of them, the other, or both are annotated (出 chū, 租 zū, first tone both).
        var shapes = new HashSet<string>();
        for (var seed = 1UL; seed <= 40; seed++)
        {
            var (text, applied) = EvasionEngine.Apply("出租银行卡", [Evasion.PinyinAnnotation], ["出租", "银行卡"], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.PinyinAnnotation), applied);
            var ascii = text.Replace('（', '(').Replace('）', ')');
            Assert.Contains(ascii, new[] { "出(chū)租(zū)银行卡", "出租银(yín)行(háng)卡(kǎ)", "出(chū)租(zū)银(yín)行(háng)卡(kǎ)" });
            shapes.Add(ascii);
        }

        Assert.Equal(3, shapes.Count);
    }

    [Theory]
    [InlineData("借U盾一用", "U盾", "借U盾(dùn)一用")] // the Latin U has no syllable and stays as it is; 借 and 一 are not in the word
    [InlineData("佣金日结", "佣金", "佣(yòng)金(jīn)日结")] // 佣 reads yòng in 佣金, not yōng
    [InlineData("加微信", "微信", "加微(wēi)信(xìn)")]
    public void PinyinAnnotation_HandWorkedWords(string ad, string word, string expected)
    {
        for (var seed = 1UL; seed <= 10; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.PinyinAnnotation], [word], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.PinyinAnnotation), applied);
            Assert.Equal(expected, text.Replace('（', '(').Replace('）', ')'));
        }
    }

    [Theory]
    [InlineData("Rent your bank card to us.", "bank card")] // English words have no syllables
    [InlineData("今天天气很好，出去走走。", "银行卡")] // no key word
    public void PinyinAnnotation_WithoutAChineseKeyWord_LeavesTheTextAlone(string ad, string word)
    {
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.PinyinAnnotation], [word], new SeededRandom(3));
        Assert.Equal((ad, EvasionSet.Empty), (text, applied));
    }

    [Fact]
    public void PinyinAnnotation_KnowsEveryCharacterOfTheChineseKeyWords()
    {
        // The generator's key words: every Chinese character of them has a syllable, so no word is left half annotated.
        var chinese = EvasionTables.RiskyWords.Concat(EvasionTables.OrdinaryWords).SelectMany(w => w).Where(c => c > 0x2E80);
        Assert.All(chinese, c => Assert.True(PinyinAnnotation.Syllables.ContainsKey(c), c.ToString()));
    }
}
