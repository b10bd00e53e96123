using Breakcard.Core.Judgments;
using Breakcard.Core.People;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Judgments;

/// <summary>What the simulated city knows about one convicted person's conduct.</summary>
/// <param name="Person">The person (name, gender, birth date, education, occupation).</param>
/// <param name="Conduct">What they did.</param>
/// <param name="BankCards">Bank cards sold, rented, lent or bought.</param>
/// <param name="PhoneCards">Phone, data or IoT cards.</param>
/// <param name="SettlementYuan">Flow through their cards or accounts, in yuan (0 when none).</param>
/// <param name="GainsYuan">What they were paid, in yuan.</param>
/// <param name="OffenceStart">First day of the conduct (event time in the city).</param>
/// <param name="OffenceEnd">Last day of the conduct.</param>
/// <param name="CaughtOn">Day of arrest.</param>
/// <param name="PriorConvictionYear">Year of an earlier conviction (a fixed-term sentence), if any.</param>
public sealed record ConvictedPerson(
    Person Person, ConductKinds Conduct, int BankCards, int PhoneCards, long SettlementYuan, long GainsYuan,
    DateOnly OffenceStart, DateOnly OffenceEnd, DateOnly CaughtOn, int? PriorConvictionYear = null);

/// <summary>
/// The adapter from the simulated city to judgments: turns the city's convicted people (grouped
/// by case) into <see cref="CaseFacts"/>, drawing the circumstances the city does not model
/// (confession, plea, surrender) and the sentence from <see cref="SentencingPolicy"/>. The city's
/// own facts — who, what, how many cards, how much money, when — are used as they are.
/// </summary>
public static class CityCases
{
    /// <summary>Share of cases with one, two and three defendants when a ring's convicted aiders are tried.</summary>
    private static readonly double[] CaseSizes = [0.55, 0.3, 0.15];

    /// <summary>
    /// Every convicted aider of the city as a defendant of exactly one case: the aiders of each
    /// ring, in the order of the truth, are tried in groups of one to three by a Chengdu district
    /// court, arrested 20–120 days after their last act and sentenced 100–200 days after the last
    /// arrest of their case. Deterministic for <paramref name="seed"/>.
    /// </summary>
    public static IReadOnlyList<CaseFacts> FromWorld(IReadOnlyList<CityAider> convicted, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(convicted);
        var random = new SeededRandom(seed).Fork("judgments/city");
        var courts = Courts.Development.Where(c => c.Name.StartsWith("四川省成都市", StringComparison.Ordinal)).ToList();
        var sequences = new Dictionary<string, int>(StringComparer.Ordinal); // per court, so case numbers never repeat
        var cases = new List<CaseFacts>();
        foreach (var ring in convicted.GroupBy(a => a.RingId, StringComparer.Ordinal))
        {
            var members = ring.ToList();
            for (var at = 0; at < members.Count;)
            {
                var size = Math.Min(members.Count - at, 1 + random.PickWeighted(CaseSizes));
                var people = members.GetRange(at, size).Select(a => Convicted(a, random)).ToList();
                at += size;
                var court = random.Pick(courts);
                var judged = people.Max(p => p.CaughtOn).AddDays(random.NextInt(100, 201));
                var sequence = sequences.TryGetValue(court.Code, out var last) ? last + random.NextInt(1, 40) : random.NextInt(100, 400);
                sequences[court.Code] = sequence;
                cases.Add(ToCase(people, court, judged, sequence, random));
            }
        }

        return cases;
    }

    private static ConvictedPerson Convicted(CityAider a, SeededRandom random) =>
        new(a.Person, a.Conduct, a.BankCards, a.PhoneCards, a.SettlementYuan, a.GainsYuan, a.FirstAct, a.LastAct,
            a.LastAct.AddDays(random.NextInt(20, 121)), a.PriorConvictionYear);

    /// <summary>
    /// The earlier sentence behind a prior-conviction year: fixed-term imprisonment imposed early
    /// in that year and served before the new conduct began, so that a conviction in the five
    /// years before the offence makes a recidivist (Criminal Law Art. 65), as the city's truth says.
    /// </summary>
    private static PriorConviction? Prior(int? year, DateOnly offenceStart, SeededRandom random)
    {
        if (year is not { } y || y >= offenceStart.Year)
        {
            return null;
        }

        var sentenced = new DateOnly(y, random.NextInt(1, 4), random.NextInt(1, 29));
        var months = ((offenceStart.Year - sentenced.Year) * 12) + offenceStart.Month - sentenced.Month - 1;
        var term = Math.Min(random.NextInt(6, 25), Math.Max(1, months));
        return new PriorConviction(random.Pick(Pools.PriorCharges), sentenced, SentenceKind.FixedTerm, term, sentenced.AddMonths(term));
    }

    /// <summary>One case from the people tried together.</summary>
    public static CaseFacts ToCase(IReadOnlyList<ConvictedPerson> defendants, Court court, DateOnly judgmentDate, int sequence, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(defendants);
        ArgumentNullException.ThrowIfNull(court);
        ArgumentNullException.ThrowIfNull(random);
        if (defendants.Count == 0)
        {
            throw new ArgumentException("A case needs at least one defendant.", nameof(defendants));
        }

        var prosecuted = judgmentDate.AddDays(-random.NextInt(20, 90));
        var facts = new List<DefendantCaseFacts>(defendants.Count);
        for (var i = 0; i < defendants.Count; i++)
        {
            var c = defendants[i];
            var surrender = random.Chance(0.06);
            var prior = Prior(c.PriorConvictionYear, c.OffenceStart, random);
            var draft = new DefendantCaseFacts
            {
                FullName = c.Person.Name.Reveal(),
                Gender = c.Person.Gender,
                BirthDate = c.Person.BirthDate,
                Ethnicity = "汉族",
                Education = c.Person.Education,
                Occupation = c.Person.Occupation,
                Birthplace = random.Pick(Pools.Birthplaces),
                OffenceStart = c.OffenceStart,
                OffenceEnd = c.OffenceEnd,
                CaughtOn = c.CaughtOn,
                Prior = prior,
                Detained = random.Chance(0.6),
                Conduct = c.Conduct,
                BankCards = c.BankCards,
                PhoneCards = c.PhoneCards,
                Devices = (c.Conduct & ConductKinds.TransmissionDevices) != 0 ? 1 + (c.PhoneCards / 32) : 0,
                SettlementYuan = c.SettlementYuan,
                GainsYuan = c.GainsYuan,
                Convictions = [],
                Executed = new SentenceFacts(SentenceKind.FixedTerm, 6, null, 1_000),
                Surrender = surrender,
                Confession = !surrender && random.Chance(0.9),
                Plea = random.Chance(0.85),
                Restitution = c.GainsYuan > 0 && random.Chance(0.25),
                Accessory = defendants.Count > 1 && i > 0 && random.Chance(0.35),
            };
            var sentence = SentencingPolicy.Assisting(JudgmentCaseSampler.InputOf(draft), random);
            facts.Add(draft with { Convictions = [new Conviction(ChargeNames.Assisting, sentence)], Executed = sentence });
        }

        return new CaseFacts
        {
            Court = court,
            FilingYear = prosecuted.Year,
            Sequence = sequence,
            ProsecutedOn = prosecuted,
            JudgmentDate = judgmentDate,
            Procedure = (Procedure)random.PickWeighted([0.2, 0.55, 0.25]),
            Defendants = facts,
            Upstream = random.Pick(Pools.Upstreams),
        };
    }
}
