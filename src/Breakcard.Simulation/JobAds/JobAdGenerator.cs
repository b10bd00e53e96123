using System.Globalization;
using Breakcard.Simulation.Randomness;

namespace Breakcard.Simulation.JobAds;

/// <summary>
/// Generates a labelled corpus of job ads and profile texts: risky recruitment for card renting,
/// payment settlement, order brushing, identity lending, corporate accounts and SMS codes, and
/// legitimate ads including hard negatives, with evasions applied at controlled rates.
/// Deterministic: the same seed and options give the same ads. Ad <c>i</c> draws from its own
/// forked stream, so changing the count does not change the ads before it.
/// </summary>
public static class JobAdGenerator
{
    // Benign ads disguise contact words now and then, as real ads do to dodge platform filters.
    private const double OrdinaryDisguiseRate = 0.06;
    private const double DecorationRate = 0.2;
    private const double FullWidthRate = 0.05;
    private const double ReservedFamilyShare = 0.6;
    private const double TraditionalRate = 0.25;

    private static readonly AdFamily[] AllFamilies =
        [.. RiskyFamilies.All, .. MoreRiskyFamilies.All, .. LegitimateFamilies.All, .. ServiceJobFamilies.All, .. HardNegativeFamilies.All,
         .. FirstHeldOutFamilies.All, .. SecondHeldOutFamilies.All, .. ThirdHeldOutFamilies.All, .. FourthHeldOutFamilies.All, .. FifthHeldOutFamilies.All, .. SixthHeldOutFamilies.All, .. SeventhHeldOutFamilies.All, .. EighthHeldOutFamilies.All, .. NinthHeldOutFamilies.All, .. TenthHeldOutFamilies.All, .. EleventhHeldOutFamilies.All, .. TwelfthHeldOutFamilies.All, .. ThirteenthHeldOutFamilies.All, .. FourteenthHeldOutFamilies.All, .. FifteenthHeldOutFamilies.All, .. SixteenthHeldOutFamilies.All, .. SeventeenthHeldOutFamilies.All, .. EighteenthHeldOutFamilies.All, .. NineteenthHeldOutFamilies.All, .. TwentiethHeldOutFamilies.All, .. TwentyFirstHeldOutFamilies.All, .. TwentySecondHeldOutFamilies.All, .. TwentyThirdHeldOutFamilies.All, .. TwentyFourthHeldOutFamilies.All, .. TwentyFifthHeldOutFamilies.All, .. TwentySixthHeldOutFamilies.All, .. TwentySeventhHeldOutFamilies.All, .. TwentyEighthHeldOutFamilies.All, .. DevelopmentFamilies.All, .. HeldOutFamilies.All];

    /// <summary>Every family: id, kind, split it is reserved for, language, template count.</summary>
    public static IReadOnlyList<(string Id, JobAdKind Kind, JobAdSplit Reserve, string Language, int Templates)> Families { get; } =
        [.. AllFamilies.Select(f => (f.Id, f.Kind, f.Reserve, f.Language, f.Templates.Length))];

    /// <summary>Generates <see cref="JobAdOptions.Count"/> ads from <paramref name="seed"/>.</summary>
    public static IEnumerable<JobAd> Generate(ulong seed, JobAdOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var root = new SeededRandom(seed).Fork("job-ads").Fork(options.Split.ToString());
        for (var i = 0; i < options.Count; i++)
        {
            yield return GenerateOne(root.Fork((ulong)i), i, options);
        }
    }

    private static JobAd GenerateOne(SeededRandom random, int index, JobAdOptions options)
    {
        // Every ad of a reserved split must really be reserved; a disguise that found nothing to
        // change (an English ad has no characters to write in traditional script) is drawn again.
        var ad = Draw(random, index, options);
        for (var attempt = 0; attempt < 8 && ad.Split != options.Split; attempt++)
        {
            ad = Draw(random, index, options);
        }

        return ad;
    }

    private static JobAd Draw(SeededRandom random, int index, JobAdOptions options)
    {
        var risky = random.Chance(options.RiskyShare);
        var kind = risky ? JobAdKind.Risky : random.Chance(options.HardNegativeShare) ? JobAdKind.HardNegative : JobAdKind.Legitimate;
        var language = random.Chance(options.EnglishShare) ? "en" : "zh";
        var split = options.Split;
        // Development ads all come from development families; held-out ads mostly from held-out
        // families, the rest from earlier families disguised in a held-out way.
        var fromReserved = split == JobAdSplit.Development || (split == JobAdSplit.HeldOut && random.Chance(ReservedFamilyShare));
        var family = PickFamily(random, kind, language, split, fromReserved) ?? PickFamily(random, kind, "zh", split, fromReserved)
            ?? PickFamily(random, kind, language, split, !fromReserved) ?? PickFamily(random, kind, "zh", split, !fromReserved)
            ?? throw new InvalidOperationException($"no {kind} family for {split}");

        var text = TemplateRenderer.Render(random.Pick(family.Templates), family.OwnSlots, random);
        var wanted = risky ? RiskyEvasions(random, options, family.Reserve) : OrdinaryEvasions(random, split, family.Reserve);
        var words = risky ? EvasionTables.RiskyWords : EvasionTables.OrdinaryWords;
        var (disguised, applied) = EvasionEngine.Apply(text, wanted, words, random);
        var id = string.Create(CultureInfo.InvariantCulture, $"{Prefix(split)}-{index:D6}");
        return new JobAd(id, disguised, risky, family.Id, family.Kind, family.Scheme, family.Language, applied, SplitOf(family.Reserve, applied), family.Audience);
    }

    private static string Prefix(JobAdSplit split) => split switch
    {
        JobAdSplit.Training => "train",
        JobAdSplit.Development => "dev",
        _ => "heldout",
    };

    /// <summary>The most reserved split the family or an applied evasion belongs to.</summary>
    private static JobAdSplit SplitOf(JobAdSplit family, EvasionSet applied) =>
        family == JobAdSplit.HeldOut || applied.Overlaps(Evasions.HeldOutOnly) ? JobAdSplit.HeldOut : family;

    /// <summary>A family reserved for <paramref name="split"/> (when <paramref name="reserved"/>) or an earlier one.</summary>
    private static AdFamily? PickFamily(SeededRandom random, JobAdKind kind, string language, JobAdSplit split, bool reserved)
    {
        var candidates = AllFamilies.Where(f => f.Kind == kind && f.Language == language
            && (reserved ? f.Reserve == split : f.Reserve < split || split == JobAdSplit.Training && f.Reserve == JobAdSplit.Training)).ToArray();
        return candidates.Length == 0 ? null : random.Pick(candidates);
    }

    private static EvasionSet Pool(JobAdSplit split) => split switch
    {
        JobAdSplit.HeldOut => Evasions.Training | Evasions.Development | Evasions.HeldOutOnly,
        JobAdSplit.Development => Evasions.Training | Evasions.Development,
        _ => Evasions.Training,
    };

    private static EvasionSet RiskyEvasions(SeededRandom random, JobAdOptions options, JobAdSplit familyReserve)
    {
        var split = options.Split;
        var wanted = EvasionSet.Empty;
        // Every member in member order (ascending index, as the flags' ascending bits were): a new member at the end moves no earlier draw.
        foreach (var e in Enum.GetValues<Evasion>())
        {
            if (Pool(split).Contains(e) && random.Chance(options.EvasionRate))
            {
                wanted |= e;
            }
        }

        if (split == JobAdSplit.HeldOut && familyReserve != split && !wanted.Overlaps(Evasions.HeldOutOnly))
        {
            // An earlier family in the held-out split must be disguised in a held-out way.
            wanted |= random.Pick(Members(Evasions.HeldOutOnly));
        }

        return wanted;
    }

    private static EvasionSet OrdinaryEvasions(SeededRandom random, JobAdSplit split, JobAdSplit familyReserve)
    {
        // Each draw in the order the flags were drawn before the set type (ADR 472), so the ads stay the same.
        var wanted = EvasionSet.Empty;
        Maybe(random.Chance(DecorationRate), Evasion.EmojiDecoration);
        Maybe(random.Chance(FullWidthRate), Evasion.FullWidth);
        Maybe(random.Chance(OrdinaryDisguiseRate), Evasion.Separators);
        Maybe(random.Chance(OrdinaryDisguiseRate), Evasion.Homophones);
        Maybe(random.Chance(OrdinaryDisguiseRate), Evasion.Pinyin);
        Maybe(random.Chance(TraditionalRate), Evasion.Traditional);
        Maybe(random.Chance(OrdinaryDisguiseRate), Evasion.Abbreviations);
        Maybe(random.Chance(OrdinaryDisguiseRate), Evasion.SymbolSeparators);
        if (split != JobAdSplit.Training)
        {
            Maybe(random.Chance(OrdinaryDisguiseRate), Evasion.EmojiWords);
            // Rounds 5–29's held-out disguises, development since rounds 6–30, on benign ads too.
            if (random.Chance(OrdinaryDisguiseRate))
            {
                wanted |= random.Pick(LaterDevelopmentDisguises);
            }
        }

        // An earlier family in the held-out split must be disguised in a held-out way.
        if (split == JobAdSplit.HeldOut && (random.Chance(OrdinaryDisguiseRate) || familyReserve != split))
        {
            wanted |= random.Pick(Members(Evasions.HeldOutOnly));
        }

        return wanted;

        void Maybe(bool chosen, Evasion evasion) => wanted = chosen ? wanted | evasion : wanted;
    }

    private static readonly Evasion[] LaterDevelopmentDisguises =
        [Evasion.LineBreaks, Evasion.FillerLetters, Evasion.LookalikeCodePoints, Evasion.InitialMix, Evasion.CombiningMarks, Evasion.JapaneseForms,
         Evasion.Placeholders, Evasion.NumberForms, Evasion.EnglishWords, Evasion.BidiReversal, Evasion.Nicknames, Evasion.VerticalText,
         Evasion.LetterSymbols, Evasion.MoneySlang, Evasion.MartianScript, Evasion.KeycapDigits, Evasion.ZhuyinSymbols, Evasion.DigitLetters,
         Evasion.SpokenDigits, Evasion.SplitNumbers, Evasion.ContactPointers, Evasion.EverydayChatter, Evasion.NumberPuzzles, Evasion.QuotedOffer,
         Evasion.CommentThread, Evasion.ScrambledOrder, Evasion.AcrosticLines, Evasion.JobDigest, Evasion.KnowingOmission, Evasion.SpelledCharacters,
         Evasion.Periphrasis, Evasion.ReversedClause, Evasion.RegionalWords, Evasion.DialectWriting, Evasion.BanknoteSlang, Evasion.ComplianceBoilerplate,
         Evasion.RoughAmounts, Evasion.MarketplaceListing, Evasion.TopicTags, Evasion.InternetSlang, Evasion.EarningsShare, Evasion.SquaredSigns,
         Evasion.VoiceTranscript, Evasion.ProductReview, Evasion.EmojiRebus, Evasion.ScreenshotText, Evasion.SubtitleCues, Evasion.MarkupTags,
         Evasion.EncodedClause, Evasion.CalendarInvite];

    private static Evasion[] Members(EvasionSet set) => [.. set];

}
