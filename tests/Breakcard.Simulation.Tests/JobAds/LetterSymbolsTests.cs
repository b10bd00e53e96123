using System.Text;
using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 11's held-out disguise <see cref="Evasion.LetterSymbols"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class LetterSymbolsTests
{
    [Theory]
    [InlineData(81UL)]
    [InlineData(82UL)]
    [InlineData(83UL)]
    [InlineData(84UL)]
    public void LetterSymbols_WriteAContactWordInOneLetterSymbolAlphabet(ulong seed)
    {
        var (text, applied) = EvasionEngine.Apply("加vx：888", [Evasion.LetterSymbols], ["微信"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.LetterSymbols), applied);
        // Hand-checked code points: 加 U+52A0; v and x as negative circled (U+1F165, U+1F167) or negative squared (U+1F185, U+1F187) capitals; the digits stay.
        int[][] expected =
        [
            [0x52A0, 0x1F165, 0x1F167, 0xFF1A, '8', '8', '8'],
            [0x52A0, 0x1F185, 0x1F187, 0xFF1A, '8', '8', '8'],
        ];
        Assert.True(expected.Any(e => e.SequenceEqual(CodePoints(text))), text);
    }

    [Fact]
    public void LetterSymbols_AreLeftAsTheyAreByNfkc()
    {
        var (text, _) = EvasionEngine.Apply("TG @kk", [Evasion.LetterSymbols], [], new SeededRandom(5));
        Assert.DoesNotContain("TG", text, StringComparison.Ordinal);
        // Unlike full-width letters or the circled Ⓐ, these symbols have no compatibility decomposition.
        Assert.Equal(text, text.Normalize(NormalizationForm.FormKC));
    }

    [Theory]
    [InlineData(91UL)]
    [InlineData(92UL)]
    [InlineData(93UL)]
    public void LetterSymbols_ChangeOnlyEligibleRuns_OneAlphabetPerAd(ulong seed)
    {
        const string original = "Rent your bank card, DM @kk on Telegram";
        var (text, applied) = EvasionEngine.Apply(original, [Evasion.LetterSymbols], ["bank card", "Telegram"], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.LetterSymbols), applied);
        // Rent, your and on are not eligible; bank, card, DM, the handle kk and Telegram are, and one to three of them change, each wholly.
        Assert.StartsWith("Rent your ", text, StringComparison.Ordinal);
        Assert.Contains(" on ", text, StringComparison.Ordinal);
        var symbols = CodePoints(text).Where(c => c > 0xFFFF).ToArray();
        Assert.NotEmpty(symbols);
        var alphabet = symbols[0] >= 0x1F170 ? 0x1F170 : 0x1F150;
        Assert.All(symbols, c => Assert.InRange(c, alphabet, alphabet + 25));
        var back = new string([.. CodePoints(text).Select(c => c > 0xFFFF ? (char)('A' + c - alphabet) : (char)c)]);
        var changedRuns = new[] { "bank", "card", "DM", "kk", "Telegram" }.Count(w => back.Contains(w.ToUpperInvariant(), StringComparison.Ordinal) && !text.Contains(w, StringComparison.Ordinal));
        Assert.InRange(changedRuns, 1, 3);
        Assert.Equal(original.ToUpperInvariant(), back.ToUpperInvariant());
    }

    [Fact]
    public void LetterSymbols_LeaveEmailDomainsAndOtherWordsAlone()
    {
        const string original = "简历投递hr@xinda.com，会用Excel，电话13800001111";
        var (text, applied) = EvasionEngine.Apply(original, [Evasion.LetterSymbols], ["微信", "bank card"], new SeededRandom(6));
        Assert.Equal(original, text);
        Assert.Equal(EvasionSet.Empty, applied);
    }

    private static int[] CodePoints(string text)
    {
        var points = new List<int>();
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            points.Add(char.ConvertToUtf32(text, i));
        }

        return [.. points];
    }
}
