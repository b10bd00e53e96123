using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

/// <summary>Round 15's held-out disguise (development since round 16) <see cref="Evasion.EverydayChatter"/>, through <see cref="EvasionEngine.Apply"/>.</summary>
public sealed class EverydayChatterTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void EverydayChatter_WrapsTheAdWhole(ulong seed)
    {
        const string ad = "招打包员，日结200，加微信：kk1234";
        var (text, applied) = EvasionEngine.Apply(ad, [Evasion.EverydayChatter], [], new SeededRandom(seed));
        Assert.Equal(EvasionSet.Of(Evasion.EverydayChatter), applied);
        // Hand-checked: one or two sentences of the table, the ad unchanged on its own line, one or two more sentences.
        var lines = text.Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.Equal(ad, lines[1]);
        Assert.All(new[] { lines[0], lines[2] }, part =>
        {
            var sentences = part.Split('。', StringSplitOptions.RemoveEmptyEntries).Select(s => s + "。").ToArray();
            Assert.InRange(sentences.Length, 1, 2);
            Assert.All(sentences, s => Assert.Contains(s, EvasionTables.EverydayChatter));
        });
    }

    [Fact]
    public void EverydayChatter_IsEnglishInAnEnglishText()
    {
        var (text, _) = EvasionEngine.Apply("Drivers wanted, call 07700900123", [Evasion.EverydayChatter], [], new SeededRandom(4));
        var lines = text.Split('\n');
        Assert.Equal("Drivers wanted, call 07700900123", lines[1]);
        Assert.Contains(EvasionTables.EnglishEverydayChatter, s => lines[0].StartsWith(s, StringComparison.Ordinal));
        Assert.Contains(EvasionTables.EnglishEverydayChatter, s => lines[2].StartsWith(s, StringComparison.Ordinal));
    }

    [Fact]
    public void EverydayChatter_HoldsNoKeyWordDigitOrContact()
    {
        // The chatter dilutes an ad; it must not itself carry what a screen looks for, nor give the number disguises a number.
        foreach (var sentence in EvasionTables.EverydayChatter.Concat(EvasionTables.EnglishEverydayChatter))
        {
            Assert.DoesNotContain(EvasionTables.RiskyWords.Concat(EvasionTables.OrdinaryWords), w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(sentence, char.IsAsciiDigit);
            Assert.DoesNotContain(new[] { "钱", "卡", "码", "号", "元", "money", "pay", "cash" }, w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase));
        }
    }
}
