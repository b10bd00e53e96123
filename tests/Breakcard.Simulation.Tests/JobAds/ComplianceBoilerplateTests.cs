using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 22's held-out disguise <see cref="Evasion.ComplianceBoilerplate"/> (development since round 23), through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class ComplianceBoilerplateTests
{
    [Theory]
    [InlineData("出租银行卡，日结300。私聊", false)]
    [InlineData("Rent your bank card to us, $50 a day. DM me", true)]
    [InlineData("【校园网续费单 Campus Network Renewal】账号：本人", false)] // bilingual counts as Chinese
    public void ComplianceBoilerplate_AddsOneOrTwoLinesInTheAdsLanguage_AndKeepsTheAdWhole(string ad, bool english)
    {
        var table = english ? ComplianceBoilerplate.EnglishLines : ComplianceBoilerplate.Lines;
        var sawBefore = false;
        var sawAfter = false;
        for (var seed = 1UL; seed <= 30; seed++)
        {
            var (text, applied) = EvasionEngine.Apply(ad, [Evasion.ComplianceBoilerplate], [], new SeededRandom(seed));
            Assert.Equal(EvasionSet.Of(Evasion.ComplianceBoilerplate), applied);
            var lines = text.Split('\n');
            var at = Array.IndexOf(lines, ad);
            Assert.True(at >= 0, text); // the ad is a line of its own, unchanged
            var added = lines.Where((_, i) => i != at).ToArray();
            Assert.InRange(added.Length, 1, 2);
            Assert.All(added, l => Assert.Contains(l, table));
            Assert.Equal(added.Length, added.Distinct().Count());
            // Hand-worked: the block stands wholly after the ad (index 0) or wholly before it (the ad last).
            Assert.True(at == 0 || at == lines.Length - 1, text);
            sawAfter |= at == 0;
            sawBefore |= at == lines.Length - 1;
        }

        Assert.True(sawBefore && sawAfter); // both places occur over thirty draws
    }

    [Fact]
    public void ComplianceBoilerplate_LinesVouchForThePostAndNameWhatHonestWarningsName()
    {
        // Some lines are anti-fraud slogans that name cards and codes, as honest warnings do; none holds a contact handle.
        Assert.Contains(ComplianceBoilerplate.Lines, l => l.Contains("银行卡", StringComparison.Ordinal) && l.Contains("验证码", StringComparison.Ordinal));
        Assert.Contains(ComplianceBoilerplate.EnglishLines, l => l.Contains("bank", StringComparison.Ordinal));
        Assert.All(ComplianceBoilerplate.Lines.Concat(ComplianceBoilerplate.EnglishLines), l =>
        {
            Assert.DoesNotContain('@', l);
            Assert.DoesNotContain("微信", l, StringComparison.Ordinal);
            Assert.DoesNotContain('\n', l);
        });
        Assert.All(ComplianceBoilerplate.Lines, l => Assert.True(TextLanguage.IsChinese(l)));
        Assert.All(ComplianceBoilerplate.EnglishLines, l => Assert.False(TextLanguage.IsChinese(l)));
    }
}
