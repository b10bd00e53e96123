using Breakcard.Core.Judgments;
using Breakcard.Core.People;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Judgments;

/// <summary>Options of <see cref="JudgmentCaseSampler"/>.</summary>
/// <param name="Years">Years of judgment to draw from, uniformly.</param>
/// <param name="Courts">Courts to draw from, uniformly.</param>
/// <param name="AnomalyRate">
/// Share of sentences deliberately given a statutory defect (a fine under ¥1,000 for an adult,
/// probation for a recidivist), as real corpora occasionally contain, so the statutory checks
/// have something to find; 0 disables it.
/// </param>
public sealed record JudgmentSamplerOptions(IReadOnlyList<int> Years, IReadOnlyList<Court> Courts, double AnomalyRate = 0.005);

/// <summary>
/// Draws case facts calibrated to the published figures in STATISTICS.md: gender composition of
/// judgments by year (the source paper's Table 1), about 4.4% recidivists, ages (64.8% under 30,
/// 23.7% aged 18–22), no fixed job 52.4%, junior high school or below 66.3%, conduct dominated
/// by selling and renting cards, several-defendant cases (389 defendants in 277 judgments), and
/// some co-defendants convicted of 掩饰、隐瞒犯罪所得罪 or 诈骗罪. Deterministic for a seed.
/// </summary>
public sealed class JudgmentCaseSampler
{
    private readonly SeededRandom _random;
    private readonly JudgmentSamplerOptions _options;
    private readonly Dictionary<(string, int), int> _sequences = [];

    /// <summary>Creates a sampler.</summary>
    public JudgmentCaseSampler(SeededRandom random, JudgmentSamplerOptions options)
    {
        _random = random ?? throw new ArgumentNullException(nameof(random));
        _options = options ?? throw new ArgumentNullException(nameof(options));
        if (options.Years.Count == 0 || options.Courts.Count == 0)
        {
            throw new ArgumentException("At least one year and one court are needed.", nameof(options));
        }
    }

    /// <summary>Table 1 of the source paper: shares of judgments by gender composition.</summary>
    public static (double WomenAlone, double Mixed) GenderComposition(int year) =>
        year <= 2021 ? (0.1468, 0.0642) : (0.0833, 0.0358);

    /// <summary>The next case.</summary>
    public CaseFacts Next()
    {
        var year = _random.Pick(_options.Years);
        var court = _random.Pick(_options.Courts);
        var judgment = new DateOnly(year, 1, 1).AddDays(_random.NextInt(0, 360));
        var prosecuted = judgment.AddDays(-_random.NextInt(20, 90));
        var sequenceKey = (court.Code, prosecuted.Year);
        _sequences[sequenceKey] = _sequences.GetValueOrDefault(sequenceKey, _random.NextInt(50, 400)) + _random.NextInt(1, 12);

        var (womenAlone, mixed) = GenderComposition(year);
        var composition = _random.PickWeighted([womenAlone, mixed, 1 - womenAlone - mixed]);
        var count = composition switch
        {
            0 => _random.Chance(0.15) ? 2 : 1,
            1 => 2 + _random.PickWeighted([0.7, 0.25, 0.05]),
            _ => 1 + _random.PickWeighted([0.75, 0.16, 0.06, 0.03]),
        };
        var genders = new Gender[count];
        for (var i = 0; i < count; i++)
        {
            genders[i] = composition == 0 ? Gender.Female : composition == 2 ? Gender.Male : _random.Chance(0.5) ? Gender.Female : Gender.Male;
        }

        if (composition == 1 && genders.All(g => g == genders[0]))
        {
            genders[^1] = genders[0] == Gender.Male ? Gender.Female : Gender.Male;
        }

        var offenceStart = prosecuted.AddDays(-_random.NextInt(150, 420));
        var defendants = new List<DefendantCaseFacts>(count);
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            defendants.Add(Defendant(genders[i], i, count, offenceStart, prosecuted, usedNames));
        }

        return new CaseFacts
        {
            Court = court,
            FilingYear = prosecuted.Year,
            Sequence = _sequences[sequenceKey],
            ProsecutedOn = prosecuted,
            JudgmentDate = judgment,
            Procedure = (Procedure)_random.PickWeighted([0.2, 0.55, 0.25]),
            Defendants = defendants,
            Upstream = _random.Pick(Pools.Upstreams),
        };
    }

    private DefendantCaseFacts Defendant(Gender gender, int index, int count, DateOnly caseStart, DateOnly prosecuted, HashSet<string> usedNames)
    {
        var start = caseStart.AddDays(_random.NextInt(0, 60));
        var end = start.AddDays(_random.NextInt(10, 150));
        var age = AgeAtOffence();
        var birth = start.AddYears(-age).AddDays(-_random.NextInt(0, 364));
        var occupation = OccupationFor(age);
        var education = EducationFor(age, occupation);
        var prior = PriorFor(start, age);
        var other = index > 0 ? _random.PickWeighted([0.84, 0.12, 0.04]) : 0; // 0 帮信, 1 掩隐, 2 诈骗
        var conduct = other switch
        {
            1 => ConductKinds.PaymentSettlement,
            2 => ConductKinds.None,
            _ => ConductFor(index),
        };
        var (bank, phone, devices) = Cards(conduct);
        var settlement = Settlement(conduct);
        var gains = Gains(conduct, settlement, bank + phone);
        var caught = end.AddDays(_random.NextInt(10, 120));
        if (caught >= prosecuted)
        {
            caught = prosecuted.AddDays(-_random.NextInt(30, 60));
        }

        var surrender = _random.Chance(0.06);
        var accessory = count > 1 && index > 0 && _random.Chance(0.35);
        var plea = _random.Chance(0.85);
        var restitution = gains > 0 && _random.Chance(0.25);
        var draft = new DefendantCaseFacts
        {
            FullName = UniqueName(gender, usedNames),
            Gender = gender,
            BirthDate = birth,
            Ethnicity = _random.Chance(0.92) ? "汉族" : _random.Pick(Pools.MinorityEthnicities),
            Education = education,
            Occupation = occupation,
            Birthplace = _random.Pick(Pools.Birthplaces),
            Prior = prior,
            OffenceStart = start,
            OffenceEnd = end,
            CaughtOn = caught,
            Detained = _random.Chance(0.6),
            Conduct = conduct,
            BankCards = bank,
            PhoneCards = phone,
            Devices = devices,
            SettlementYuan = settlement,
            GainsYuan = gains,
            Convictions = [],
            Executed = new SentenceFacts(SentenceKind.FixedTerm, 6, null, 1_000),
            Surrender = surrender,
            Confession = !surrender && _random.Chance(0.9),
            Plea = plea,
            Restitution = restitution,
            Accessory = accessory,
        };
        var input = InputOf(draft);
        var convictions = other switch
        {
            1 => [new Conviction(ChargeNames.Concealing, SentencingPolicy.Concealing(input, _random))],
            2 => [new Conviction(ChargeNames.Fraud, SentencingPolicy.Fraud(_random))],
            _ => Assisting(input, conduct),
        };
        var executed = convictions.Count == 1 ? convictions[0].Sentence : Combined(convictions);
        executed = Anomaly(executed, draft);
        return draft with { Convictions = convictions, Executed = executed };
    }

    /// <summary>The facts the sentencing policy looks at.</summary>
    public static SentencingInput InputOf(DefendantCaseFacts d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new SentencingInput(d.SettlementYuan, d.GainsYuan, d.BankCards + d.PhoneCards, d.Conduct, d.Recidivist, d.Prior is not null,
            d.Surrender, d.Confession && !d.Surrender, d.Plea, d.Restitution, d.Accessory, d.Minor);
    }

    private List<Conviction> Assisting(SentencingInput input, ConductKinds conduct)
    {
        var main = new Conviction(ChargeNames.Assisting, SentencingPolicy.Assisting(input, _random));
        // A dealer holding many other people's credit cards is sometimes also convicted of 妨害信用卡管理罪.
        if ((conduct & ConductKinds.CardDealing) != 0 && main.Sentence.Kind == SentenceKind.FixedTerm && _random.Chance(0.15))
        {
            var term = _random.NextInt(8, 25);
            return [main, new Conviction(ChargeNames.CreditCardObstruction, new SentenceFacts(SentenceKind.FixedTerm, term, null, SentencingPolicy.RoundFine(2_000 + (900.0 * term), false)))];
        }

        return [main];
    }

    /// <summary>Combined punishment (Criminal Law Art. 69): above the highest term, below the sum; fines added.</summary>
    private SentenceFacts Combined(IReadOnlyList<Conviction> convictions)
    {
        var terms = convictions.Select(c => c.Sentence.TermMonths ?? 0).ToList();
        var max = terms.Max();
        var sum = terms.Sum();
        var term = max + _random.NextInt(0, Math.Max(1, sum - max));
        var fine = convictions.Sum(c => c.Sentence.FineYuan ?? 0);
        return new SentenceFacts(SentenceKind.FixedTerm, term, null, fine);
    }

    private SentenceFacts Anomaly(SentenceFacts s, DefendantCaseFacts d)
    {
        if (!_random.Chance(_options.AnomalyRate) || d.Minor)
        {
            return s;
        }

        if (d.Recidivist && s.Kind == SentenceKind.FixedTerm && s.ProbationMonths is null)
        {
            return s with { ProbationMonths = Math.Max(12, s.TermMonths!.Value) };
        }

        return s.FineYuan is not null ? s with { FineYuan = 500 } : s;
    }

    private int AgeAtOffence()
    {
        return _random.PickWeighted([0.02, 0.237, 0.391, 0.22, 0.09, 0.042]) switch
        {
            0 => _random.NextInt(16, 18),
            1 => _random.NextInt(18, 23),
            2 => _random.NextInt(23, 30),
            3 => _random.NextInt(30, 40),
            4 => _random.NextInt(40, 50),
            _ => _random.NextInt(50, 66),
        };
    }

    private Occupation OccupationFor(int age)
    {
        if (age < 18)
        {
            return _random.Chance(0.7) ? Occupation.Student : Occupation.Unemployed;
        }

        if (age <= 22 && _random.Chance(0.22))
        {
            return Occupation.Student;
        }

        if (age >= 55 && _random.Chance(0.4))
        {
            return Occupation.Retired;
        }

        ReadOnlySpan<double> weights = [0.56, 0.10, 0.21, 0.08, 0.02, 0.01, 0.01, 0.01];
        Occupation[] values = [Occupation.Unemployed, Occupation.Farmer, Occupation.Employee, Occupation.SelfEmployed, Occupation.TechEmployee, Occupation.BankInsider, Occupation.TelecomInsider, Occupation.PublicSector];
        return values[_random.PickWeighted(weights)];
    }

    private Education EducationFor(int age, Occupation occupation)
    {
        if (occupation == Occupation.Student)
        {
            return age <= 19 ? Education.SeniorHigh : _random.Chance(0.5) ? Education.Bachelor : Education.JuniorCollege;
        }

        if (occupation is Occupation.TechEmployee or Occupation.BankInsider or Occupation.PublicSector)
        {
            return _random.Chance(0.6) ? Education.Bachelor : Education.JuniorCollege;
        }

        return (Education)(1 + _random.PickWeighted([0.13, 0.55, 0.2, 0.08, 0.038, 0.002]));
    }

    private PriorConviction? PriorFor(DateOnly offenceStart, int age)
    {
        if (age < 20 || !_random.Chance(0.075))
        {
            return null;
        }

        // About 4.4% of defendants are recidivists: most priors here are fixed-term sentences served within five years.
        var fixedTerm = _random.Chance(0.7);
        var released = offenceStart.AddDays(-_random.NextInt(60, fixedTerm && _random.Chance(0.85) ? 1_700 : 3_000));
        var term = fixedTerm ? _random.NextInt(6, 37) : _random.NextInt(2, 7);
        var sentenced = released.AddMonths(-term);
        return new PriorConviction(_random.Pick(Pools.PriorCharges), sentenced, fixedTerm ? SentenceKind.FixedTerm : SentenceKind.Detention, term, released);
    }

    private ConductKinds ConductFor(int index)
    {
        // Principals in several-defendant cases are more often dealers.
        var dealer = index == 0 ? 0.08 : 0.03;
        var k = _random.PickWeighted([0.55, 0.15, 0.08, dealer, 0.06, 0.04, 0.02, 0.02]);
        return k switch
        {
            0 => ConductKinds.OwnCards | (_random.Chance(0.2) ? ConductKinds.TelecomCards : 0),
            1 => ConductKinds.OwnCards | ConductKinds.PaymentSettlement,
            2 => ConductKinds.PaymentSettlement,
            3 => ConductKinds.CardDealing | (_random.Chance(0.3) ? ConductKinds.TelecomCards : 0),
            4 => ConductKinds.TelecomCards | (_random.Chance(0.3) ? ConductKinds.CardDealing : 0),
            5 => ConductKinds.TransmissionDevices | ConductKinds.TelecomCards,
            6 => ConductKinds.TechnicalSupport,
            _ => ConductKinds.Advertising,
        };
    }

    private (int Bank, int Phone, int Devices) Cards(ConductKinds c)
    {
        if ((c & ConductKinds.CardDealing) != 0)
        {
            return (c & ConductKinds.TelecomCards) != 0 && (c & ConductKinds.OwnCards) == 0 && _random.Chance(0.5)
                ? (0, _random.NextInt(20, 301), 0)
                : (_random.NextInt(8, 61), (c & ConductKinds.TelecomCards) != 0 ? _random.NextInt(8, 61) : 0, 0);
        }

        if ((c & ConductKinds.TransmissionDevices) != 0)
        {
            return (0, _random.NextInt(16, 201), _random.NextInt(1, 6));
        }

        var bank = (c & (ConductKinds.OwnCards | ConductKinds.PaymentSettlement)) != 0 ? 1 + Math.Min(11, _random.Poisson(2.2)) : 0;
        var phone = (c & ConductKinds.TelecomCards) != 0 ? 1 + Math.Min(19, _random.Poisson(bank > 0 ? 1.5 : 4)) : 0;
        return (bank, phone, 0);
    }

    private long Settlement(ConductKinds c)
    {
        if ((c & (ConductKinds.OwnCards | ConductKinds.PaymentSettlement | ConductKinds.CardDealing)) == 0)
        {
            return 0;
        }

        var median = (c & ConductKinds.CardDealing) != 0 ? 8_000_000.0 : (c & ConductKinds.OwnCards) != 0 ? 900_000.0 : 600_000.0;
        var yuan = (long)_random.LogNormal(median, 1.0);
        return Math.Clamp(RoundFlow(yuan), 100_000, 900_000_000);
    }

    private long Gains(ConductKinds c, long settlement, int cards)
    {
        if (_random.Chance(0.05))
        {
            return 0;
        }

        double yuan = c == ConductKinds.None ? _random.LogNormal(20_000, 0.8) // a fraud-ring member's commission
            : (c & ConductKinds.TechnicalSupport) != 0 ? _random.LogNormal(60_000, 0.7)
            : (c & ConductKinds.Advertising) != 0 ? _random.LogNormal(12_000, 0.7)
            : (c & ConductKinds.TransmissionDevices) != 0 ? _random.LogNormal(15_000, 0.6)
            : settlement > 0 ? (settlement * _random.LogNormal(0.004, 0.8)) + (cards * _random.NextInt(300, 2_000))
            : cards * _random.NextInt(100, 400);
        var rounded = (long)Math.Round(yuan / 100) * 100;
        return Math.Max(100, rounded);
    }

    /// <summary>Flows are stated to the yuan in bank records but most judgments round them; keep three significant digits.</summary>
    private long RoundFlow(long yuan)
    {
        if (_random.Chance(0.3))
        {
            return yuan;
        }

        var magnitude = (long)Math.Pow(10, Math.Max(0, (int)Math.Floor(Math.Log10(yuan)) - 2));
        return yuan / magnitude * magnitude;
    }

    private string UniqueName(Gender gender, HashSet<string> used)
    {
        while (true)
        {
            var surname = _random.Chance(0.005) ? _random.Pick(Pools.CompoundSurnames) : _random.Pick(Pools.Surnames);
            var offset = gender == Gender.Female ? 30 : 0;
            var given = Pools.GivenCharacters[offset + _random.NextInt(0, 30)].ToString();
            if (_random.Chance(0.6))
            {
                given += Pools.GivenCharacters[_random.NextInt(0, Pools.GivenCharacters.Length)];
            }

            var name = surname + given;
            if (used.Add(name))
            {
                return name;
            }
        }
    }
}
