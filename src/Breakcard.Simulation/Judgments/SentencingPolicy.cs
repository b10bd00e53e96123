using Breakcard.Core.Judgments;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.Judgments;

/// <summary>The facts a sentence depends on.</summary>
/// <param name="SettlementYuan">Payment-settlement flow (0 when not established).</param>
/// <param name="GainsYuan">Illegal gains.</param>
/// <param name="Cards">Bank and phone cards together.</param>
/// <param name="Conduct">Conduct.</param>
/// <param name="Recidivist">累犯.</param>
/// <param name="PriorRecord">Any prior conviction.</param>
/// <param name="Surrender">自首.</param>
/// <param name="Confession">坦白.</param>
/// <param name="Plea">认罪认罚.</param>
/// <param name="Restitution">退缴.</param>
/// <param name="Accessory">从犯.</param>
/// <param name="Minor">Under 18 at the offence.</param>
public sealed record SentencingInput(
    long SettlementYuan, long GainsYuan, int Cards, ConductKinds Conduct, bool Recidivist, bool PriorRecord,
    bool Surrender, bool Confession, bool Plea, bool Restitution, bool Accessory, bool Minor);

/// <summary>
/// How the synthetic courts sentence 帮信 defendants: a transparent score of the facts plus
/// noise, calibrated so that terms and fines fall in the range of the real reported sentences in
/// STATISTICS.md (6 months to 2 years 2 months, fines ¥2,000–¥30,000, about a quarter
/// suspended, a few fine-only, detention and exempted). The noise is what real sentencing has:
/// it produces the inconsistent pairs the consistency check is meant to find.
/// </summary>
public static class SentencingPolicy
{
    /// <summary>The seriousness score (0 ≈ a typical first offender who sold a few cards).</summary>
    public static double Score(SentencingInput f)
    {
        ArgumentNullException.ThrowIfNull(f);
        var score = (0.55 * Math.Log(Math.Max(f.SettlementYuan, 50_000) / 200_000.0))
            + (0.35 * Math.Log(1 + (f.GainsYuan / 2_000.0)))
            + (0.25 * Math.Log(1 + f.Cards));
        if ((f.Conduct & ConductKinds.CardDealing) != 0)
        {
            score += 1.0;
        }

        if ((f.Conduct & (ConductKinds.TransmissionDevices | ConductKinds.TechnicalSupport)) != 0)
        {
            score += 0.6;
        }

        score += f.Recidivist ? 1.5 : f.PriorRecord ? 0.5 : 0;
        score -= (f.Surrender ? 1.0 : 0) + (f.Confession ? 0.3 : 0) + (f.Plea ? 0.6 : 0) + (f.Restitution ? 0.3 : 0)
            + (f.Accessory ? 1.0 : 0) + (f.Minor ? 1.2 : 0);
        return score;
    }

    /// <summary>Draws a 帮信 sentence for <paramref name="facts"/>.</summary>
    public static SentenceFacts Assisting(SentencingInput facts, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var s = Score(facts) + random.Normal(0, 0.5);
        var lenient = facts.Surrender || facts.Accessory || facts.Minor;
        SentenceKind kind;
        int? term = null;
        if (s < -1.6 && lenient && random.Chance(0.6))
        {
            return new SentenceFacts(SentenceKind.Exempted, null, null, null);
        }

        if (s < -1.2 && random.Chance(0.5))
        {
            kind = SentenceKind.FineOnly;
        }
        else if (s < -0.2 && random.Chance(0.45))
        {
            kind = SentenceKind.Detention;
            term = Math.Clamp((int)Math.Round(4 + (1.5 * s) + random.Normal(0, 1)), 1, 6);
        }
        else
        {
            kind = SentenceKind.FixedTerm;
            term = Math.Clamp((int)Math.Round(8 + (4.5 * s) + random.Normal(0, 1.5)), 6, 36);
        }

        int? probation = null;
        if (term is { } t && !facts.Recidivist)
        {
            var p = 1 / (1 + Math.Exp(1.2 + (0.9 * s) - (facts.Minor ? 1.5 : 0) - (facts.Accessory ? 0.8 : 0)));
            if (random.Chance(kind == SentenceKind.Detention ? Math.Min(0.9, p * 1.5) : p))
            {
                probation = kind == SentenceKind.Detention
                    ? Math.Min(12, Math.Max(2, t + random.NextInt(1, 5)))
                    : Math.Min(60, Math.Max(12, RoundUpTo(t + random.NextInt(0, 7), 6)));
            }
        }

        var equivalent = kind switch { SentenceKind.FixedTerm => term!.Value, SentenceKind.Detention => term!.Value * 0.7, _ => 3.0 };
        var fine = ((1_000 * (1.5 + (0.55 * equivalent))) + (0.15 * facts.GainsYuan)) * Math.Exp(random.Normal(0, 0.35));
        return new SentenceFacts(kind, term, probation, RoundFine(fine, facts.Minor));
    }

    /// <summary>A sentence for 掩饰、隐瞒犯罪所得罪 (Criminal Law Art. 312: up to 3 years, or 3–7 when serious).</summary>
    public static SentenceFacts Concealing(SentencingInput facts, SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var s = Score(facts) + random.Normal(0, 0.5);
        var term = Math.Clamp((int)Math.Round(12 + (5 * s) + random.Normal(0, 2)), 6, 48);
        int? probation = term <= 36 && !facts.Recidivist && random.Chance(0.3) ? Math.Min(60, RoundUpTo(term + 6, 6)) : null;
        return new SentenceFacts(SentenceKind.FixedTerm, term, probation, RoundFine((2_000 + (800.0 * term) + (0.3 * facts.GainsYuan)) * Math.Exp(random.Normal(0, 0.3)), facts.Minor));
    }

    /// <summary>A sentence for 诈骗罪 as a member of a fraud ring (Art. 266; large amounts: 3–10 years).</summary>
    public static SentenceFacts Fraud(SeededRandom random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var term = random.NextInt(36, 73);
        return new SentenceFacts(SentenceKind.FixedTerm, term, null, RoundFine(10_000 + (800.0 * term * Math.Exp(random.Normal(0, 0.3))), false));
    }

    /// <summary>Rounds a fine as courts do: to ¥1,000 (¥500 below ¥3,000), at least ¥1,000 (¥500 for a minor).</summary>
    public static long RoundFine(double yuan, bool minor)
    {
        var step = yuan < 3_000 ? 500 : 1_000;
        var rounded = (long)Math.Round(yuan / step) * step;
        return Math.Clamp(rounded, minor ? 500 : 1_000, 200_000);
    }

    private static int RoundUpTo(int value, int step) => (value + step - 1) / step * step;
}
