using Breakcard.Core.People;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Population;

/// <summary>
/// The general adult population (16 and over) of the simulated city: age, occupation by age and
/// education by occupation. Shares approximate a large Chinese city (Chengdu's 2020 census gives
/// its age structure; occupations and education are rounded national shares) — they are the
/// background the aiders stand out from, not calibration targets.
/// </summary>
internal static class Demographics
{
    /// <summary>Age bands (inclusive) and their shares of adults.</summary>
    public static readonly (int Min, int Max, double Share)[] AgeBands =
    [
        (16, 17, 2.5), (18, 22, 7), (23, 29, 12), (30, 39, 18), (40, 49, 17), (50, 59, 17), (60, 69, 13), (70, 79, 9), (80, 90, 4.5),
    ];

    /// <summary>Share of men among adults.</summary>
    public const double MaleShare = 0.505;

    private static readonly Occupation[] Occupations = Enum.GetValues<Occupation>();

    // Rows: age bands above; columns: Occupation enum order
    // (Student, Unemployed, Farmer, Employee, SelfEmployed, Tech, BankInsider, TelecomInsider, Retired, PublicSector).
    private static readonly double[][] OccupationByBand =
    [
        [90, 6, 0, 4, 0, 0, 0, 0, 0, 0],
        [55, 8, 2, 28, 3, 2, 0, 0, 0, 2],
        [5, 7, 3, 56, 8, 8, 2.4, 1.2, 0, 7],
        [0, 6, 6, 54, 14, 6, 2, 1, 0, 8],
        [0, 8, 10, 50, 16, 3, 1.5, 1, 0, 8],
        [0, 9, 15, 42, 14, 1, 1, 0.5, 12, 7],
        [0, 3, 8, 2, 4, 0, 0, 0, 83, 0],
        [0, 1, 4, 0, 1, 0, 0, 0, 94, 0],
        [0, 0, 2, 0, 0, 0, 0, 0, 98, 0],
    ];

    /// <summary>Education shares by occupation, columns in Education enum order (PrimaryOrNone … Postgraduate).</summary>
    public static double[] EducationOf(Occupation occupation) => occupation switch
    {
        Occupation.Student => [0, 55, 45, 0, 0, 0],
        Occupation.Unemployed => [15, 50, 25, 6, 4, 0],
        Occupation.Farmer => [40, 50, 10, 0, 0, 0],
        Occupation.Employee => [5, 35, 30, 17, 12, 1],
        Occupation.SelfEmployed => [8, 45, 30, 10, 7, 0],
        Occupation.TechEmployee => [0, 0, 0, 25, 60, 15],
        Occupation.BankInsider or Occupation.TelecomInsider => [0, 0, 5, 35, 55, 5],
        Occupation.Retired => [35, 35, 20, 6, 4, 0],
        Occupation.PublicSector => [0, 0, 5, 25, 55, 15],
        _ => throw new ArgumentOutOfRangeException(nameof(occupation)),
    };

    /// <summary>An age drawn from the adult age structure.</summary>
    public static int NextAge(SeededRandom random)
    {
        Span<double> weights = stackalloc double[AgeBands.Length];
        for (var i = 0; i < AgeBands.Length; i++)
        {
            weights[i] = AgeBands[i].Share;
        }

        var band = AgeBands[random.PickWeighted(weights)];
        return random.NextInt(band.Min, band.Max + 1);
    }

    /// <summary>An occupation for a person of <paramref name="age"/>.</summary>
    public static Occupation NextOccupation(SeededRandom random, int age)
    {
        var band = 0;
        while (band < AgeBands.Length - 1 && age > AgeBands[band].Max)
        {
            band++;
        }

        var occupation = Occupations[random.PickWeighted(OccupationByBand[band])];
        // Students of 16–18 are at senior or vocational school; older ones at college.
        return occupation == Occupation.Student && age > 24 ? Occupation.Employee : occupation;
    }

    /// <summary>Education completed, given occupation and age.</summary>
    public static Education NextEducation(SeededRandom random, Occupation occupation, int age)
    {
        if (occupation == Occupation.Student)
        {
            return age <= 18 ? Education.JuniorHigh : Education.SeniorHigh;
        }

        var education = (Education)(random.PickWeighted(EducationOf(occupation)) + 1);
        // Nobody under 22 has finished a degree.
        return age < 22 && education >= Education.Bachelor ? Education.SeniorHigh : education;
    }
}
