using Breakcard.Simulation.JobAds;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.JobAds;

public sealed class TemplateRendererTests
{
    private static readonly Dictionary<string, string[]> Slots = new() { ["x"] = ["甲", "乙"], ["nested"] = ["<x>{1|2}"] };

    [Fact]
    public void Render_Alternatives_PicksEachOverManyDraws()
    {
        var random = new SeededRandom(3);
        var seen = Enumerable.Range(0, 200).Select(_ => TemplateRenderer.Render("{a|b|c}", Slots, random)).ToHashSet();
        Assert.Equal(["a", "b", "c"], seen.Order());
    }

    [Fact]
    public void Render_OptionalPart_AppearsAboutHalfTheTime()
    {
        var random = new SeededRandom(4);
        var with = Enumerable.Range(0, 2_000).Count(_ => TemplateRenderer.Render("x[y]", Slots, random) == "xy");
        Assert.InRange(with, 900, 1_100); // binomial(2000, 0.5): sd ≈ 22
    }

    [Fact]
    public void Render_NestedSlotsAndAlternatives()
    {
        var random = new SeededRandom(5);
        var all = Enumerable.Range(0, 200).Select(_ => TemplateRenderer.Render("[<nested>]{<x>|z}", Slots, random)).ToHashSet();
        Assert.Contains("甲1甲", all);
        Assert.All(all, s => Assert.Matches("^([甲乙][12])?[甲乙z]$", s));
    }

    [Theory]
    [InlineData("{a|b")]
    [InlineData("a]")]
    [InlineData("<x")]
    [InlineData("{a]")]
    public void Validate_Unbalanced_Throws(string template)
    {
        Assert.Throws<FormatException>(() => TemplateRenderer.Validate(template));
    }

    [Fact]
    public void Render_UnknownSlot_Throws()
    {
        Assert.Throws<KeyNotFoundException>(() => TemplateRenderer.Render("<nope>", Slots, new SeededRandom(1)));
    }
}
