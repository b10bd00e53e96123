using System.Globalization;
using System.Text;
using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 14's held-out disguise (development since round 15) <see cref="Evasion.SpokenDigits"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class SpokenDigitsTests
{
    [Theory]
    [InlineData(91UL)]
    [InlineData(92UL)]
    [InlineData(93UL)]
    public void SpokenDigits_ReadTheOneNumberAloud(ulong seed)
    {
        var (text, applied) = EvasionEngine.Apply("加我QQ：13800004567", [Evasion.SpokenDigits], [], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.SpokenDigits), applied);
        // Hand-checked: 1 幺, 3 三, 8 八, 0 洞, 4 四, 5 五, 6 六, 7 拐.
        Assert.Equal("加我QQ：幺三八洞洞洞洞四五六拐", text);
    }

    [Fact]
    public void SpokenDigits_LeaveNamesDecimalsCountsAndEnglishAlone()
    {
        // A handle, an e-mail address, 2FA, a decimal, one- and two-digit counts; and an English text, which is not read in Chinese.
        foreach (var original in new[] { "微信kk123，hr12@163.com，2FA，1.5万，第2场，50人", "Call 13800004567 today" })
        {
            var (text, applied) = EvasionEngine.Apply(original, [Evasion.SpokenDigits], [], new SeededRandom(2));
            Assert.Equal((original, EvasionSet.Empty), (text, applied));
        }

        var (priced, _) = EvasionEngine.Apply("第2场，日结300，kk123", [Evasion.SpokenDigits], [], new SeededRandom(2));
        Assert.Equal("第2场，日结三洞洞，kk123", priced);
    }

    [Theory]
    [InlineData(94UL)]
    [InlineData(95UL)]
    [InlineData(96UL)]
    [InlineData(97UL)]
    public void SpokenDigits_ReadOneToThreeWholeNumbers(ulong seed)
    {
        const string original = "一张800，月入8000，电话13800001111，QQ 12345";
        var (text, _) = EvasionEngine.Apply(original, [Evasion.SpokenDigits], [], new SeededRandom(seed));
        // Reading the words back as digits gives the original, and each number is read whole or left whole.
        var digits = EvasionTables.SpokenDigitForms.ToDictionary(p => p.Value[0], p => p.Key);
        Assert.Equal(original, new string(text.Select(c => digits.TryGetValue(c, out var d) && !"一张月入电话".Contains(c, StringComparison.Ordinal) ? d : c).ToArray()));
        var numbers = new[] { "800", "8000", "13800001111", "12345" };
        var read = numbers.Count(n => !text.Contains(n, StringComparison.Ordinal));
        Assert.InRange(read, 1, 3);
        Assert.DoesNotMatch(@"\d[幺两洞拐勾三四五六八]|[幺两洞拐勾三四五六八]\d", text);
    }

    [Fact]
    public void SpokenDigits_AreReadingsNotNumeralsOfAnEarlierDisguise()
    {
        var forms = string.Concat(EvasionTables.SpokenDigitForms.Values);
        Assert.Equal(10, forms.Distinct().Count());
        // Not the circled, negative circled or capital numerals of number forms, nor a Martian, Japanese or zhuyin form.
        Assert.DoesNotContain(forms, c => EvasionTables.NumberScripts.Any(script => script.Any(s => s.Contains(c, StringComparison.Ordinal))));
        Assert.DoesNotContain(forms, c => EvasionTables.MartianForms.Values.Any(f => f.Contains(c, StringComparison.Ordinal)) || EvasionTables.JapaneseForms.ContainsValue(c));
        Assert.DoesNotContain(forms, c => EvasionTables.ZhuyinForms.Values.Any(f => f.Contains(c, StringComparison.Ordinal)));
        // 幺, 两, 拐, 勾 and 洞 carry no numeric value, and NFKC leaves every form as it is.
        Assert.All("幺两拐勾洞", c => Assert.Equal(-1, CharUnicodeInfo.GetNumericValue(c)));
        Assert.Equal(forms, forms.Normalize(NormalizationForm.FormKC));
    }
}
