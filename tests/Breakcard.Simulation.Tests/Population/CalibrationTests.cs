using Breakcard.Core.People;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Internal;
using Breakcard.Simulation.Population;

namespace Breakcard.Simulation.Tests.Population;

public sealed class CalibrationTests
{
    /// <summary>
    /// Tolerance on each share: two percentage points. Sellers are drawn by stratified quotas, so
    /// they sit within rounding (well under one point) of each target; a broken calibration (e.g.
    /// drawing sellers like the general population: about 25% under 30, 50% men) misses by tens.
    /// </summary>
    private const double Tolerance = 0.02;

    [Fact]
    public void Sellers_InALargeCity_MatchThePublishedShares()
    {
        // 150,000 people over 30 days: 60 rings and about five hundred sellers. Only the city is
        // built (no days simulated), which takes a few seconds.
        var built = WorldFactory.Build(new SimulationOptions(150_000, 30, 7, SimulationOptions.DefaultStart, OutputFormat.Csv));
        var people = built.World.People;
        var start = SimulationOptions.DefaultStart;
        var sellers = built.Truth.Persons.Where(kv => kv.Value.Role == TruthRole.Seller).Select(kv => kv.Key).ToArray();
        double Share(Func<int, bool> p) => sellers.Count(p) / (double)sellers.Length;

        Assert.True(sellers.Length > 400, $"only {sellers.Length} sellers");
        Assert.Equal(0.648, Share(p => people.AgeOn(p, start) < 30), Tolerance);
        Assert.Equal(0.237, Share(p => people.AgeOn(p, start) is >= 18 and <= 22), Tolerance);
        Assert.Equal(0.87, Share(p => people.Gender[p] == Gender.Male), Tolerance);
        Assert.Equal(0.663, Share(p => people.Education[p] <= Education.JuniorHigh), Tolerance);
        Assert.Equal(0.524, Share(p => people.Occupation[p] == Occupation.Unemployed), Tolerance);
        Assert.Equal(17.0 / 389, Share(p => people.PriorConvictionYear[p] > 0), 0.01);
        Assert.True(Share(p => people.Occupation[p] == Occupation.Student) > 0.03, "students are among the sellers");
    }

    [Fact]
    public void GeneralPopulation_IsNotShapedLikeTheSellers()
    {
        // The contrast that makes the calibration meaningful: the city at large is older, half
        // female and mostly employed.
        var built = WorldFactory.Build(new SimulationOptions(20_000, 7, 7, SimulationOptions.DefaultStart, OutputFormat.Csv));
        var people = built.World.People;
        var ordinary = Enumerable.Range(0, people.Count).Where(p => !people.Has(p, PersonFlags.Aider)).ToArray();
        double Share(Func<int, bool> p) => ordinary.Count(p) / (double)ordinary.Length;

        Assert.InRange(Share(p => people.Gender[p] == Gender.Male), 0.47, 0.54);
        Assert.InRange(Share(p => people.AgeOn(p, SimulationOptions.DefaultStart) < 30), 0.15, 0.30);
        Assert.InRange(Share(p => people.Occupation[p] == Occupation.Unemployed), 0.03, 0.10);
    }

    [Fact]
    public void Summary_ReportsTheMeasuredSharesAgainstTargets()
    {
        var built = WorldFactory.Build(new SimulationOptions(20_000, 30, 3, SimulationOptions.DefaultStart, OutputFormat.Csv));
        var shares = Calibration.Measure(built.World.People, built.Truth, SimulationOptions.DefaultStart);

        Assert.Equal(["aged under 30", "aged 18–22", "men", "junior high school or less", "no fixed job", "recidivists"], shares.Select(s => s.Name));
        var sellers = built.Truth.Persons.Count(kv => kv.Value.Role == TruthRole.Seller);
        Assert.All(shares, s => Assert.Equal(sellers, s.Sellers));
        var men = built.Truth.Persons.Count(kv => kv.Value.Role == TruthRole.Seller && built.World.People.Gender[kv.Key] == Gender.Male);
        Assert.Equal(men / (double)sellers, shares[2].Measured, 12);

        // Sellers are stratified on their own, so even a small city's few dozen sellers stay close.
        Assert.True(sellers >= 40, $"{sellers} sellers");
        Assert.All(shares, s => Assert.True(Math.Abs(s.Measured - s.Target) < 0.06, $"{s.Name}: {s.Measured:P1} against {s.Target:P1}"));
    }
}
