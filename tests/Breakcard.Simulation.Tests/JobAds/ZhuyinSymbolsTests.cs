using System.Text;
using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 13's held-out disguise (development since round 14) <see cref="Evasion.ZhuyinSymbols"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class ZhuyinSymbolsTests
{
    [Theory]
    [InlineData(61UL)]
    [InlineData(62UL)]
    [InlineData(63UL)]
    [InlineData(64UL)]
    public void ZhuyinSymbols_WriteSomeCharactersInTheirHandCheckedZhuyin_AndNothingElse(ulong seed)
    {
        const string original = "加微信，收银行卡，日结";
        var (text, applied) = EvasionEngine.Apply(original, [Evasion.ZhuyinSymbols], [], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.ZhuyinSymbols), applied);
        Assert.NotEqual(original, text);
        // Hand-checked: each character is either itself or the zhuyin a 注音文 post writes for it (without tone marks).
        var zhuyin = new Dictionary<char, string>
        {
            ['加'] = "ㄐㄧㄚ", ['微'] = "ㄨㄟ", ['信'] = "ㄒㄧㄣ", ['收'] = "ㄕㄡ", ['银'] = "ㄧㄣ", ['卡'] = "ㄎㄚ", ['结'] = "ㄐㄧㄝ",
        };
        var pattern = string.Concat(original.Select(c => zhuyin.TryGetValue(c, out var z) ? $"(?:{c}|{z})" : System.Text.RegularExpressions.Regex.Escape(c.ToString())));
        Assert.Matches("^" + pattern + "$", text);
        // Every symbol is a bopomofo letter, U+3105–U+3129, which NFKC leaves as it is.
        var symbols = string.Concat(text.Where(c => !original.Contains(c)));
        Assert.All(symbols, c => Assert.InRange(c, '\u3105', '\u3129'));
        Assert.Equal(symbols, symbols.Normalize(NormalizationForm.FormKC));
    }

    [Fact]
    public void ZhuyinSymbols_AreNoEarlierTablesForm()
    {
        var symbols = string.Concat(EvasionTables.ZhuyinForms.Values);
        // Not the Latin of pinyin or initials, nor a Japanese, Martian or look-alike form of another disguise.
        Assert.All(symbols, c => Assert.InRange(c, '\u3105', '\u3129'));
        Assert.DoesNotContain(symbols, c => EvasionTables.JapaneseForms.ContainsValue(c));
        Assert.DoesNotContain(symbols, c => EvasionTables.MartianForms.Values.Any(f => f.Contains(c)));
        Assert.DoesNotContain(symbols, c => EvasionTables.LookalikeCodePoints.Values.Any(forms => forms.Any(f => f.Contains(c))));
    }

    [Fact]
    public void ZhuyinSymbols_LeaveATextWithoutTheirCharactersAlone()
    {
        foreach (var original in new[] { "Rent your account, DM us", "三百一天，包吃住" })
        {
            var (text, applied) = EvasionEngine.Apply(original, [Evasion.ZhuyinSymbols], [], new SeededRandom(3));
            Assert.Equal(original, text);
            Assert.Equal(EvasionSet.Empty, applied);
        }
    }
}
