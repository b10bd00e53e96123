using System.Text;
using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 12's held-out disguise <see cref="Evasion.MartianScript"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class MartianScriptTests
{
    [Theory]
    [InlineData(31UL)]
    [InlineData(32UL)]
    [InlineData(33UL)]
    [InlineData(34UL)]
    public void MartianScript_WritesSomeCharactersInTheirHandCheckedMartianForms_AndNothingElse(ulong seed)
    {
        const string original = "你好，我是小王，有卡的私聊";
        var (text, applied) = EvasionEngine.Apply(original, [Evasion.MartianScript], [], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.MartianScript), applied);
        Assert.NotEqual(original, text);
        Assert.Equal(original.Length, text.Length);
        // Hand-checked: each character is either itself or one of the forms a 火星文 converter writes for it.
        var allowed = new Dictionary<char, string>
        {
            ['你'] = "伱沵", ['好'] = "恏", ['我'] = "莪硪", ['是'] = "媞昰", ['小'] = "尛", ['有'] = "洧侑", ['卡'] = "鉲", ['的'] = "旳嘚", ['私'] = "俬",
        };
        for (var i = 0; i < original.Length; i++)
        {
            Assert.True(text[i] == original[i] || (allowed.TryGetValue(original[i], out var forms) && forms.Contains(text[i])), $"{i}: {text[i]}");
        }
    }

    [Fact]
    public void MartianScript_IsLeftAsItIsByNfkc_AndIsNoSimplifiedTraditionalOrJapaneseForm()
    {
        var forms = string.Concat(EvasionTables.MartianForms.Values);
        // Unlike Kangxi radicals or full-width letters, these are unified ideographs with no compatibility decomposition.
        Assert.Equal(forms, forms.Normalize(NormalizationForm.FormKC));
        // Nor is any of them a character of the simplified–traditional table or a Japanese form, which other disguises write.
        Assert.DoesNotContain(forms, c => TraditionalTable.Pairs.Contains(c));
        Assert.DoesNotContain(forms, c => EvasionTables.JapaneseForms.ContainsValue(c));
        // Every form differs from the character it stands for.
        Assert.All(EvasionTables.MartianForms, pair => Assert.DoesNotContain(pair.Key, pair.Value));
    }

    [Fact]
    public void MartianScript_LeavesATextWithoutConvertibleCharactersAlone()
    {
        // An English ad, and Chinese words no converter table here has a form for.
        foreach (var original in new[] { "Rent your account, DM us", "银行收款码，日结" })
        {
            var (text, applied) = EvasionEngine.Apply(original, [Evasion.MartianScript], [], new SeededRandom(3));
            Assert.Equal(original, text);
            Assert.Equal(EvasionSet.Empty, applied);
        }
    }
}
