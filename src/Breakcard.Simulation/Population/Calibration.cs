using Breakcard.Core.People;
using Breakcard.Core.Truth;
using Breakcard.Simulation.Truth;

namespace Breakcard.Simulation.Population;

/// <summary>
/// Measures the people who sold cards against the published shares the aider profiles are
/// calibrated to (STATISTICS.md): age under 30 and 18–22, men, junior high school or less, no
/// fixed job, recidivists.
/// </summary>
internal static class Calibration
{
    public static IReadOnlyList<CalibrationShare> Measure(PersonTable people, TruthBook truth, DateOnly on)
    {
        var sellers = truth.Persons.Where(kv => kv.Value.Role == TruthRole.Seller).Select(kv => kv.Key).Order().ToArray();
        double Share(Func<int, bool> predicate) => sellers.Length == 0 ? 0 : sellers.Count(predicate) / (double)sellers.Length;
        return
        [
            new("aged under 30", AiderProfiles.Under30, Share(p => people.AgeOn(p, on) < 30), sellers.Length),
            new("aged 18–22", AiderProfiles.Aged18To22, Share(p => people.AgeOn(p, on) is >= 18 and <= 22), sellers.Length),
            new("men", AiderProfiles.Male, Share(p => people.Gender[p] == Gender.Male), sellers.Length),
            new("junior high school or less", AiderProfiles.JuniorHighOrBelow, Share(p => people.Education[p] <= Education.JuniorHigh), sellers.Length),
            new("no fixed job", AiderProfiles.NoFixedJob, Share(p => people.Occupation[p] == Occupation.Unemployed), sellers.Length),
            new("recidivists", AiderProfiles.Recidivists, Share(p => people.PriorConvictionYear[p] > 0), sellers.Length),
        ];
    }
}
