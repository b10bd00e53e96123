namespace Breakcard.Screening.Scoring;

/// <summary>How the model and the patterns combine into a score, and where the bands start.</summary>
public sealed record ScreeningOptions
{
    /// <summary>
    /// The options Breakcard ships with: model-led with the offence-structure floor, review from 50 (ADR 306;
    /// before it, ADR 52's 100 × (0.4 p + 0.6 e) from 35, which <see cref="PatternLed"/> keeps).
    /// </summary>
    public static ScreeningOptions Default { get; } = new();

    /// <summary>
    /// ADR 52's pattern-led formula, 100 × (0.4 p + 0.6 e), review from 35: the default up to ADR 305 and the
    /// options of a screener without a model (the score is then 100 × e, and its bands stay where they were).
    /// </summary>
    public static ScreeningOptions PatternLed { get; } = new() { ModelWeight = 0.4, ReviewFrom = 35 };

    /// <summary>
    /// Share of the score that comes from the model's probability; the rest comes from the
    /// patterns' combined evidence. Score = 100 × (w·p + (1 − w)·e). In [0, 1]. 1 (ADR 306): the model leads,
    /// since on three sets of families it never trained on it ranked better than the patterns (ADRs 296, 305);
    /// the patterns then count through <see cref="OffenceStructureFloor"/> and the reject gate.
    /// </summary>
    public double ModelWeight { get; init; } = 1.0;

    /// <summary>
    /// Scores from here up are <see cref="RiskBand.Medium"/> (review). 50 (ADR 306): fitted on round 13's set and
    /// on round 14's, each tested on the other, both fits chose 54, the top of the window 48–54 that keeps every
    /// hand-written hard case (hc-l28's model-alone 47 below, hc-r04's floor 54 above); 50 keeps a margin to both.
    /// </summary>
    public int ReviewFrom { get; init; } = 50;

    /// <summary>
    /// When true (the default, ADR 306), a text with a live offence-structure pattern
    /// (<see cref="Patterns.RiskPattern.IsOffenceStructure"/>: the reader's card, account, corporate account, SIM or
    /// identity traded or handed over, others' money moved through the reader's accounts …) and no honest context
    /// at all scores at least the pattern-led score 100 × (<see cref="FloorModelWeight"/>·p + (1 − it)·e): the model
    /// decides the many ambiguous texts, and a text stating the trade outright (回收闲置对公户……价格5000-20000不等,
    /// model p ≈ 0.1) is not overruled by a model that has not seen its words. Any honest-context kind turns the
    /// floor off, because on round 14's set the structures' false alarms came with honest context (corporate
    /// account live 0.17 precise, 0.94 without honest context).
    /// </summary>
    public bool OffenceStructureFloor { get; init; } = true;

    /// <summary>
    /// When true (the default, ADR 306), a text reaches the reject band only if the pattern-led score
    /// 100 × (<see cref="FloorModelWeight"/>·p + (1 − it)·e) reaches it too; otherwise it stops at review. The model
    /// leads to review; reject-and-report, a report to the police, stays where ADR 52's score put it: letting the model
    /// reject lowered the reject band's precision on round 14's set from 0.7680 to 0.7128, and this keeps 0.7793 (0.7680 before ADR 306).
    /// </summary>
    public bool RejectNeedsPatternLedScore { get; init; } = true;

    /// <summary>Share of the model's probability in the floor's pattern-led score (ADR 52's 0.4). In [0, 1].</summary>
    public double FloorModelWeight { get; init; } = 0.4;

    /// <summary>Scores from here up are <see cref="RiskBand.High"/> (reject and report).</summary>
    public int RejectFrom { get; init; } = 70;

    /// <summary>
    /// Share of the model's probability that counts when the model is the only sign of risk and the
    /// text names a legitimate reason for its card or account words: a school or public office, a
    /// volunteer post, wages or grants paid into the holder's own account (ADR 198). The model reads
    /// words, not who is speaking; a student-aid office checking its students' card numbers looks like
    /// a card collector to it. In [0, 1]; 1 turns the discount off.
    /// </summary>
    public double LegitimateContextModelShare { get; init; } = 0.7;

    /// <summary>
    /// Share of the model's probability that counts when the model is the only sign of risk: no
    /// pattern is live but daily pay and the target group (ADR 215). The model is a bag of character
    /// n-grams trained on texts written by the people who wrote the rules; on honest texts of kinds
    /// it has never seen (a riders' chat about ID checks and pay into one's own card) it gave
    /// p = 0.90–0.97. At 0.9 a model alone needs p ≥ 0.50 / 0.9 ≈ 0.556 to bring a text to review under the
    /// model-led default (ADR 306; p ≥ 0.972 under <see cref="PatternLed"/>). In [0, 1]; 1 turns it off.
    /// </summary>
    public double ModelAloneShare { get; init; } = 0.9;

    /// <summary>
    /// Weight of each kind of honest-context evidence (<see cref="Patterns.HonestContext"/>: a prohibition
    /// around the risky act, a warning notice, report framing, pay into the worker's own account, an
    /// institution or contract speaking, help for a served person). The kinds found combine as a noisy-OR H,
    /// and a text without offence structure scores (1 − H) of what it would (ADR 233). In [0, 1); 0 turns it off.
    /// </summary>
    public double HonestContextWeight { get; init; } = 0.4;

    /// <summary>
    /// When true (the default, ADR 475), a text the score would flag is read for an honest record that keeps what it names with
    /// its holder (<see cref="Patterns.HonestContext.OwnHolder"/>: own account or contract, others refused, no one else named to
    /// receive anything): a kind of honest context like the others that turns the offence-structure floor off, and with it the
    /// honest context found lowers the score even where a reading found a structure — the record names no one the structure
    /// hands anything to. The reject band still needs the structure. False reads the text as before ADR 475.
    /// </summary>
    public bool OwnHolderRecords { get; init; } = true;

    /// <summary>
    /// When true (the default), only a text showing the offence structure for pay
    /// (<see cref="Patterns.PatternMatches.HasOffenceStructure"/>) can reach the reject band; any other text
    /// stops at review however its terms co-occur (ADR 233).
    /// </summary>
    public bool RejectNeedsOffenceStructure { get; init; } = true;

    /// <summary>Model probability from which the model's strongest n-grams are listed as a reason.</summary>
    public double ExplainModelFrom { get; init; } = 0.5;

    /// <summary>The band of <paramref name="score"/>.</summary>
    public RiskBand BandOf(int score) => score >= RejectFrom ? RiskBand.High : score >= ReviewFrom ? RiskBand.Medium : RiskBand.Low;

    /// <summary>Throws when the options are inconsistent.</summary>
    public void Validate()
    {
        if (!(ModelWeight is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ModelWeight), ModelWeight, "must be between 0 and 1");
        }

        if (!(FloorModelWeight is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(FloorModelWeight), FloorModelWeight, "must be between 0 and 1");
        }

        if (!(LegitimateContextModelShare is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(LegitimateContextModelShare), LegitimateContextModelShare, "must be between 0 and 1");
        }

        if (!(ModelAloneShare is >= 0 and <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(ModelAloneShare), ModelAloneShare, "must be between 0 and 1");
        }

        if (!(HonestContextWeight is >= 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(HonestContextWeight), HonestContextWeight, "must be at least 0 and below 1");
        }

        if (ReviewFrom is < 1 or > 100 || RejectFrom < ReviewFrom || RejectFrom > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(RejectFrom), RejectFrom, "need 1 ≤ ReviewFrom ≤ RejectFrom ≤ 100");
        }
    }
}
