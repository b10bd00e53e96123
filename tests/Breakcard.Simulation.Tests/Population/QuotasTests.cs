using Breakcard.Core.People;
using Breakcard.Simulation.Population;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Tests.Population;

public sealed class QuotasTests
{
    [Fact]
    public void Allocate_SplitsByLargestRemainder()
    {
        // 10 × (0.5, 0.3, 0.2) is exact; 7 × (1/3, 1/3, 1/3) leaves one to the tie-break.
        Assert.Equal([5, 3, 2], Quotas.Allocate(10, [0.5, 0.3, 0.2], new SeededRandom(1)));
        var thirds = Quotas.Allocate(7, [1, 1, 1], new SeededRandom(1));
        Assert.Equal(7, thirds.Sum());
        Assert.All(thirds, c => Assert.InRange(c, 2, 3));
        // 100 × (0.648, 0.352) = 64.8 / 35.2 → 65 / 35.
        Assert.Equal([65, 35], Quotas.Allocate(100, [0.648, 0.352], new SeededRandom(1)));
    }

    [Fact]
    public void Deal_HoldsEachCategoryExactlyItsQuota()
    {
        var dealt = Quotas.Deal(1_000, [0.87, 0.13], new SeededRandom(9));
        Assert.Equal(870, dealt.Count(c => c == 0));
        Assert.Equal(130, dealt.Count(c => c == 1));
        Assert.NotEqual(0, dealt[..130].Count(c => c == 0)); // shuffled, not sorted
    }

    [Fact]
    public void AiderProfiles_ThousandProfiles_HitTheTargetsWithinRounding()
    {
        var profiles = AiderProfiles.Sample(1_000, new SeededRandom(4));
        Assert.Equal(870, profiles.Count(p => p.Gender == Gender.Male));
        Assert.Equal(44, profiles.Count(p => p.Recidivist)); // 1000 × 17/389 = 43.7
        Assert.InRange(profiles.Count(p => p.Age < 30), 647, 649);
        Assert.InRange(profiles.Count(p => p.Age is >= 18 and <= 22), 236, 238);
        Assert.InRange(profiles.Count(p => p.Occupation == Occupation.Unemployed), 515, 530);
        Assert.InRange(profiles.Count(p => p.Education <= Education.JuniorHigh), 650, 675);
        Assert.DoesNotContain(profiles, p => p.Recidivist && p.Age < 20);
        Assert.DoesNotContain(profiles, p => p.Occupation == Occupation.Student && p.Age > 22);
    }
}
