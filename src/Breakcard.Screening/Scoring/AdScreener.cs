using Breakcard.Screening.Model;
using Breakcard.Screening.Normalisation;
using Breakcard.Screening.Patterns;

namespace Breakcard.Screening.Scoring;

/// <summary>
/// Screens job ads and profile texts: normalise, match the explicit patterns, ask the model, and
/// combine both into a 0–100 score with quoted reasons. A pure function of the text for a given
/// model and options; thread safe, so one instance serves a web API or many threads.
/// </summary>
public sealed class AdScreener
{
    private const int ModelPhrases = 3;

    private readonly TextNormaliser _normaliser;
    private readonly AdModel? _model;

    /// <summary>A screener; <paramref name="model"/> may be null to screen with the patterns alone.</summary>
    public AdScreener(TextNormaliser normaliser, AdModel? model, ScreeningOptions? options = null)
    {
        _normaliser = normaliser ?? throw new ArgumentNullException(nameof(normaliser));
        _model = model;
        // Without a model the score is the patterns' evidence, and its bands stay ADR 52's (the web API's screener).
        Options = options ?? (model is null ? ScreeningOptions.PatternLed : ScreeningOptions.Default);
        Options.Validate();
    }

    /// <summary>The options in use.</summary>
    public ScreeningOptions Options { get; }

    /// <summary>The model in use, if any.</summary>
    public AdModel? Model => _model;

    /// <summary>Screens one text.</summary>
    public ScreeningResult Screen(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalised = _normaliser.Normalise(text);
        var matches = PatternMatcher.Match(normalised);
        double? probability = _model?.Predict(normalised, matches);
        var evidence = matches.Evidence;
        var alone = IsModelAlone(matches);
        // A lure is shared by honest work (ADR 430). The bit test first: it is false on most texts, and both are pure (ADR 435).
        var legitimate = NamesLegitimateReason(matches) && OnlyLures(matches);
        var share = legitimate ? Options.LegitimateContextModelShare : alone ? Options.ModelAloneShare : 1;
        var combined = probability is { } p
            ? (Options.ModelWeight * p * share) + ((1 - Options.ModelWeight) * evidence)
            : evidence;
        var structure = matches.HasOffenceStructure;
        var honest = matches.Honest;
        var (score, floor, honesty) = Scored(combined, structure, honest, matches, probability);

        // ADR 475: a record that keeps what it names with its holder is honest context too. Read only where the text would be
        // flagged without it — a cheap gate, since most texts score far below review — and it counts as any other kind does.
        if (Options.OwnHolderRecords && Math.Max(score, floor) >= Options.ReviewFrom && OwnHolderRecord.Holds(normalised))
        {
            honest |= HonestContext.OwnHolder;
            (score, floor, honesty) = Scored(combined, structure, honest, matches, probability);
        }

        var floored = floor > score;
        score = Math.Max(score, floor);
        var capped = !structure && Options.RejectNeedsOffenceStructure && score >= Options.RejectFrom;
        score = capped ? Options.RejectFrom - 1 : score;

        // ADR 306: the model leads to review, but reject-and-report stays where the patterns' own score put it.
        var unconfirmed = !capped && Options.RejectNeedsPatternLedScore && probability is { } q && score >= Options.RejectFrom
            && PatternLed(q, evidence) < Options.RejectFrom;
        score = unconfirmed ? Options.RejectFrom - 1 : score;
        var band = Options.BandOf(score);
        var reasons = Reasons(normalised, matches, probability);
        if (floored)
        {
            reasons.Add(new ScreeningReason(ReasonKind.Decision, "offence-structure-floor", "An offence structure is stated and nothing honest is said: the patterns' score " + floor.ToString(System.Globalization.CultureInfo.InvariantCulture) + " decided, not the model's", "", 0, 0, 0, null, [], null));
        }

        if (honesty > 0)
        {
            reasons.Add(new ScreeningReason(ReasonKind.Mitigation, "honest-context", (structure ? "Honest context in a record that keeps what it names with its holder: " : "Honest context and no offence structure: ") + honest + " (the score counts " + (1 - honesty).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) + " of itself)", "", 0, 0, 0, null, [], null));
        }

        if (unconfirmed)
        {
            reasons.Add(new ScreeningReason(ReasonKind.Decision, "reject-needs-patterns", "The model is confident but the patterns' own score stays under the reject band: review, not reject", "", 0, 0, 0, null, [], null));
        }

        if (capped)
        {
            reasons.Add(new ScreeningReason(ReasonKind.Mitigation, "no-offence-structure", "No card, account or identity handed to others and no others' money passed through for pay: review, not reject", "", 0, 0, 0, null, [], null));
        }
        if (legitimate && probability is not null && Options.LegitimateContextModelShare < 1)
        {
            reasons.Add(new ScreeningReason(ReasonKind.Mitigation, "legitimate-context", "A legitimate reason is named (an institution speaking, pay into the holder's own account) and no conduct was found: the model counts less", "", 0, 0, 0, null, [], null));
        }
        else if (alone && probability >= Options.ExplainModelFrom && Options.ModelAloneShare < 1)
        {
            reasons.Add(new ScreeningReason(ReasonKind.Mitigation, "model-alone", "No conduct, evasion or lure but daily pay was found: the model alone counts less", "", 0, 0, 0, null, [], null));
        }

        var conducts = LiveConducts(matches);
        return new ScreeningResult(score, band, ActionOf(band), probability, evidence, reasons, conducts, matches.IsWarningNotice, normalised.Text);
    }

    /// <summary>
    /// Screens many texts, in input order. Runs on up to <paramref name="maxParallelism"/> threads
    /// (each with its own pooled prediction engine); 1 keeps it on the calling thread.
    /// </summary>
    public ScreeningResult[] ScreenMany(IReadOnlyList<string> texts, int maxParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxParallelism);
        var results = new ScreeningResult[texts.Count];
        if (maxParallelism == 1 || texts.Count < 256)
        {
            for (var i = 0; i < texts.Count; i++)
            {
                results[i] = Screen(texts[i]);
            }

            return results;
        }

        Parallel.ForEach(
            System.Collections.Concurrent.Partitioner.Create(0, texts.Count, 256),
            new ParallelOptions { MaxDegreeOfParallelism = maxParallelism },
            range =>
            {
                for (var i = range.Item1; i < range.Item2; i++)
                {
                    results[i] = Screen(texts[i]);
                }
            });
        return results;
    }

    /// <summary>
    /// The offence-structure floor (ADR 306): the pattern-led score 100 × (w·p + (1 − w)·e), w being
    /// <see cref="ScreeningOptions.FloorModelWeight"/>, when a live pattern states an offence structure and the text
    /// has no honest context at all; 0 otherwise, or without a model (the score is then the patterns' already).
    /// The price is not required: the readings miss some prices (价格5000-20000不等, 按流水千分之三), and the reject
    /// gate still requires one.
    /// </summary>
    private int FloorOf(PatternMatches matches, HonestContext honest, double? probability)
    {
        if (!Options.OffenceStructureFloor || probability is not { } p || honest != HonestContext.None
            || !AnyLive(matches, LiveStructure))
        {
            return 0;
        }

        return PatternLed(p, matches.Evidence);
    }

    /// <summary>
    /// The score before the gates — (1 − H) of <paramref name="combined"/> without an offence structure or in a record that keeps
    /// what it names with its holder, H over <paramref name="honest"/> — and the offence-structure floor, which any honest kind
    /// turns off.
    /// </summary>
    private (int Score, int Floor, double Honesty) Scored(double combined, bool structure, HonestContext honest, PatternMatches matches, double? probability)
    {
        // A record that keeps what it names with its holder names no one who receives the card or the money, so the structure a
        // reading found in it hands nothing to another party: its honest context counts as in a text without one (ADR 475).
        var honesty = structure && (honest & HonestContext.OwnHolder) == 0 ? 0 : HonestEvidence(honest, Options.HonestContextWeight);
        var score = (int)Math.Round(100 * (combined * (1 - honesty)), MidpointRounding.AwayFromZero);
        return (score, FloorOf(matches, honest, probability), honesty);
    }

    /// <summary>ADR 52's pattern-led score 100 × (w·p + (1 − w)·e), w being <see cref="ScreeningOptions.FloorModelWeight"/>.</summary>
    private int PatternLed(double p, double evidence)
    {
        var w = Options.FloorModelWeight;
        return (int)Math.Round(100 * ((w * p) + ((1 - w) * evidence)), MidpointRounding.AwayFromZero);
    }

    /// <summary>Noisy-OR of <paramref name="weight"/> over the kinds of honest-context evidence in <paramref name="honest"/>.</summary>
    internal static double HonestEvidence(HonestContext honest, double weight)
    {
        var none = 1.0;
        for (var bits = (int)honest; bits != 0; bits &= bits - 1)
        {
            none *= 1 - weight;
        }

        return 1 - none;
    }

    /// <summary>
    /// True when the text names a legitimate reason for its card or account words — an institution
    /// speaking (资助中心, 派出所, 志愿者), wages or grants paid into the holder's own account. It counts
    /// only together with <see cref="OnlyLures"/> (no pattern live but lures, which honest jobs share;
    /// ADR 430: easy money too, not only daily pay and the target group).
    /// </summary>
    private static bool NamesLegitimateReason(PatternMatches matches) =>
        (matches.LiveConcepts & (Lexicon.Concept.Institution | Lexicon.Concept.OwnPay)) != 0;

    /// <summary>True when every live pattern is a lure (daily pay, easy money, the target group): no conduct, no evasion (ADR 430).</summary>
    internal static bool OnlyLures(PatternMatches matches) => !AnyLive(matches, LiveNotLure);

    /// <summary>
    /// True when no pattern is live but daily pay and the target group: no conduct, no evasion, no
    /// lure beyond what honest casual work shares. The model is then the only sign of risk (ADR 215).
    /// </summary>
    internal static bool IsModelAlone(PatternMatches matches) => !AnyLive(matches, LiveNotModelAlone);

    // What a live hit is tested for: one tested per call, with no delegate, closure or enumerator (ADR 435: these three asked
    // LINQ's Any of every text's hits).
    private const int LiveStructure = 0, LiveNotLure = 1, LiveNotModelAlone = 2;

    // True when a hit that is not negated passes the test; the same answers as Any over the hits with the lambdas it replaces.
    private static bool AnyLive(PatternMatches matches, int test)
    {
        var hits = matches.Hits;
        for (var i = 0; i < hits.Count; i++)
        {
            var h = hits[i];
            if (!h.Negated && test switch
            {
                LiveStructure => h.Pattern.IsOffenceStructure,
                LiveNotLure => h.Pattern.Conduct != RiskConduct.Lure,
                _ => h.Pattern.Id is not ("daily-pay" or "target-group"),
            })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The recommended action for a band.</summary>
    public static PlatformAction ActionOf(RiskBand band) => band switch
    {
        RiskBand.High => PlatformAction.RejectAndReport,
        RiskBand.Medium => PlatformAction.Review,
        _ => PlatformAction.Publish,
    };

    // The conducts of the live hits, each once, in the order first met: what Where, Select, Distinct and ToArray returned, without
    // their iterators and set (ADR 476).
    private static RiskConduct[] LiveConducts(PatternMatches matches)
    {
        var conducts = new List<RiskConduct>(matches.Hits.Count);
        foreach (var h in matches.Hits)
        {
            if (!h.Negated && !conducts.Contains(h.Pattern.Conduct))
            {
                conducts.Add(h.Pattern.Conduct);
            }
        }

        return [.. conducts];
    }

    // The live hits, heaviest first, hits of equal weight in catalogue order: what Where and OrderByDescending (a stable sort)
    // returned, as an insertion sort over the few hits of a text (ADR 476).
    private static List<PatternHit> LiveByWeight(PatternMatches matches)
    {
        var live = new List<PatternHit>(matches.Hits.Count);
        foreach (var h in matches.Hits)
        {
            if (h.Negated)
            {
                continue;
            }

            var at = live.Count;
            while (at > 0 && live[at - 1].Pattern.Weight < h.Pattern.Weight)
            {
                at--;
            }

            live.Insert(at, h);
        }

        return live;
    }

    private List<ScreeningReason> Reasons(NormalisedText text, PatternMatches matches, double? probability)
    {
        var reasons = new List<ScreeningReason>();
        foreach (var h in LiveByWeight(matches))
        {
            var p = h.Pattern;
            reasons.Add(new ScreeningReason(ReasonKind.Pattern, p.Id, p.Title, h.Quote, h.OriginalStart, h.OriginalEnd, p.Weight, p.Conduct, p.LegalBasis, p.Note));
        }

        if (probability is { } prob && prob >= Options.ExplainModelFrom && _model is not null)
        {
            var phrases = _model.Explain(text, ModelPhrases);
            if (phrases.Count > 0)
            {
                var (from, to) = text.PostedSpan(phrases[0].Start, phrases[0].End);
                var others = phrases.Skip(1).Select(x => "\u201C" + text.Quote(x.Start, x.End) + "\u201D").ToArray();
                var note = others.Length > 0 ? "Also weighed: " + string.Join(", ", others) + "." : null;
                reasons.Add(new ScreeningReason(ReasonKind.Model, "model", "Learned text model (character n-grams)", text.Posted[from..to], from, to, prob, null, [], note));
            }
            else
            {
                reasons.Add(new ScreeningReason(ReasonKind.Model, "model", "Learned text model (character n-grams)", "", 0, 0, prob, null, [], null));
            }
        }

        foreach (var h in matches.Hits)
        {
            if (!h.Negated)
            {
                continue;
            }

            reasons.Add(new ScreeningReason(ReasonKind.Mitigation, h.Pattern.Id, "Quoted in a warning, not offered: " + h.Pattern.Title, h.Quote, h.OriginalStart, h.OriginalEnd, 0, null, [], null));
        }

        if (matches.IsWarningNotice)
        {
            reasons.Add(new ScreeningReason(ReasonKind.Mitigation, "warning-notice", "The text reads as an anti-fraud warning", "", 0, 0, 0, null, [], null));
        }

        return reasons;
    }
}
