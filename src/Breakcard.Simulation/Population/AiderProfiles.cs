using Breakcard.Core.People;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Population;

/// <summary>Demographics of one person who will aid a ring.</summary>
internal readonly record struct AiderProfile(Gender Gender, int Age, Education Education, Occupation Occupation, bool Recidivist);

/// <summary>
/// Who sells cards, moves money and cashes out: the calibrated profile of the people who end up
/// as defendants. Targets from STATISTICS.md (national, first half of 2022, and the source
/// paper's Chengdu sample); the world meets them by stratified quotas (<see cref="Quotas"/>),
/// so even a few hundred sellers match within a percentage point or two.
/// </summary>
/// <remarks>
/// Implementation note: the age and occupation tables are chosen so that their implied marginals
/// hit the published shares — no fixed job 52.4%, junior high or below 66.3% (the education
/// table by occupation gives ≈ 66%). Insiders and technical-support developers are not drawn
/// here: their occupation is their role, so they come from the general population's bank,
/// telecom and tech employees.
/// </remarks>
internal static class AiderProfiles
{
    /// <summary>Target share aged under 30 (national, H1 2022): 64.8%.</summary>
    public const double Under30 = 0.648;

    /// <summary>Target share aged 18–22 (national, H1 2022): 23.7%.</summary>
    public const double Aged18To22 = 0.237;

    /// <summary>Target share of men: 87%, between the source paper's 2021 (78.9% male-only cases
    /// plus 6.42% mixed) and 2022 (88.09%) and below Henan's 91.7%.</summary>
    public const double Male = 0.87;

    /// <summary>Target share with junior high school or less (national, H1 2022): 66.3%.</summary>
    public const double JuniorHighOrBelow = 0.663;

    /// <summary>Target share without a fixed job (national, H1 2022): 52.4%.</summary>
    public const double NoFixedJob = 0.524;

    /// <summary>Target share of recidivists (source paper: 17 of 389 defendants).</summary>
    public const double Recidivists = 17.0 / 389.0;

    /// <summary>Age bands and shares: under 30 = 1.0 + 23.7 + 40.1 = 64.8%.</summary>
    public static readonly (int Min, int Max, double Share)[] AgeBands =
    [
        (16, 17, 0.010), (18, 22, 0.237), (23, 29, 0.401), (30, 39, 0.222), (40, 49, 0.090), (50, 64, 0.040),
    ];

    // Occupation shares by age band, columns: Student, Unemployed, Farmer, Employee, SelfEmployed, TechEmployee.
    private static readonly Occupation[] OccupationColumns =
        [Occupation.Student, Occupation.Unemployed, Occupation.Farmer, Occupation.Employee, Occupation.SelfEmployed, Occupation.TechEmployee];

    private static readonly double[][] OccupationByBand =
    [
        [50, 50, 0, 0, 0, 0],
        [30, 50, 2, 15, 1, 2],
        [0, 54, 6, 28, 8, 4],
        [0, 54, 10, 22, 12, 2],
        [0, 50, 25, 15, 10, 0],
        [0, 45, 35, 10, 10, 0],
    ];

    /// <summary>Education of aiders by occupation (Education enum order): lower than the general
    /// population's, as the judgments describe.</summary>
    private static double[] EducationOf(Occupation occupation, int age) => occupation switch
    {
        Occupation.Student => age <= 18 ? [0, 100, 0, 0, 0, 0] : [0, 55, 45, 0, 0, 0],
        Occupation.Unemployed => [14, 58, 22, 4, 2, 0],
        Occupation.Farmer => [35, 55, 10, 0, 0, 0],
        Occupation.Employee => [6, 48, 32, 9, 5, 0],
        Occupation.SelfEmployed => [8, 48, 32, 8, 4, 0],
        Occupation.TechEmployee => [0, 0, 10, 45, 45, 0],
        _ => throw new ArgumentOutOfRangeException(nameof(occupation)),
    };

    /// <summary>
    /// <paramref name="count"/> profiles whose shares of each age band, occupation (within band),
    /// education (within occupation), gender and recidivism are exact quotas, in random order.
    /// </summary>
    public static AiderProfile[] Sample(int count, SeededRandom random)
    {
        var bandShares = Array.ConvertAll(AgeBands, b => b.Share);
        var bands = Quotas.Deal(count, bandShares, random);
        var occupations = new Occupation[count];
        var ages = new int[count];
        for (var b = 0; b < AgeBands.Length; b++)
        {
            var members = IndicesWhere(bands, b);
            var dealt = Quotas.Deal(members.Count, OccupationByBand[b], random);
            for (var k = 0; k < members.Count; k++)
            {
                occupations[members[k]] = OccupationColumns[dealt[k]];
                ages[members[k]] = random.NextInt(AgeBands[b].Min, AgeBands[b].Max + 1);
            }
        }

        var educations = new Education[count];
        foreach (var occupation in OccupationColumns)
        {
            // Young students split by age first (school vs college), everyone else by quota.
            for (var young = 0; young < 2; young++)
            {
                var members = new List<int>();
                for (var i = 0; i < count; i++)
                {
                    if (occupations[i] == occupation && (ages[i] <= 18) == (young == 1))
                    {
                        members.Add(i);
                    }
                }

                var dealt = Quotas.Deal(members.Count, EducationOf(occupation, young == 1 ? 18 : 30), random);
                for (var k = 0; k < members.Count; k++)
                {
                    educations[members[k]] = (Education)(dealt[k] + 1);
                }
            }
        }

        var genders = Quotas.Deal(count, [Male, 1 - Male], random);
        var recidivists = new bool[count];
        var adults = new List<int>();
        for (var i = 0; i < count; i++)
        {
            if (ages[i] >= 20)
            {
                adults.Add(i);
            }
        }

        var repeat = Quotas.Allocate(count, [Recidivists, 1 - Recidivists], random)[0];
        var pick = adults.ToArray();
        random.Shuffle(pick.AsSpan());
        for (var k = 0; k < Math.Min(repeat, pick.Length); k++)
        {
            recidivists[pick[k]] = true;
        }

        var profiles = new AiderProfile[count];
        for (var i = 0; i < count; i++)
        {
            profiles[i] = new AiderProfile(genders[i] == 0 ? Gender.Male : Gender.Female, ages[i], educations[i], occupations[i], recidivists[i]);
        }

        random.Shuffle(profiles.AsSpan());
        return profiles;
    }

    private static List<int> IndicesWhere(int[] values, int value)
    {
        var list = new List<int>();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] == value)
            {
                list.Add(i);
            }
        }

        return list;
    }
}
