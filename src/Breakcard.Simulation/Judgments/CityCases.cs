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
public sealed record ConvictedPerson(
    Person Person, ConductKinds Conduct, int BankCards, int PhoneCards, long SettlementYuan, long GainsYuan,
    DateOnly OffenceStart, DateOnly OffenceEnd, DateOnly CaughtOn);

/// <summary>
/// The adapter from the simulated city to judgments: turns the city's convicted people (grouped
/// by case) into <see cref="CaseFacts"/>, drawing the circumstances the city does not model
/// (confession, plea, surrender) and the sentence from <see cref="SentencingPolicy"/>. The city's
/// own facts — who, what, how many cards, how much money, when — are used as they are.
/// </summary>
public static class CityCases
{
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
