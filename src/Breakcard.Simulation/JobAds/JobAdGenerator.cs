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
    private const double HeldOutFamilyShare = 0.6;
    private const double TraditionalRate = 0.25;

    private static readonly AdFamily[] AllFamilies =
        [.. RiskyFamilies.All, .. MoreRiskyFamilies.All, .. LegitimateFamilies.All, .. ServiceJobFamilies.All, .. HardNegativeFamilies.All, .. HeldOutFamilies.All];

    /// <summary>Every family: id, kind, whether held out, template count.</summary>
    public static IReadOnlyList<(string Id, JobAdKind Kind, bool HeldOut, string Language, int Templates)> Families { get; } =
        [.. AllFamilies.Select(f => (f.Id, f.Kind, f.HeldOut, f.Language, f.Templates.Length))];

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
        // In the held-out split every ad must be held out; a disguise that found nothing to change
        // (an English ad has no characters to write in traditional script) is drawn again.
        var ad = Draw(random, index, options);
        for (var attempt = 0; attempt < 8 && options.Split == JobAdSplit.HeldOut && !ad.HeldOut; attempt++)
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
        var heldOut = options.Split == JobAdSplit.HeldOut;
        var fromHeldOutFamily = heldOut && random.Chance(HeldOutFamilyShare);
        var family = PickFamily(random, kind, language, fromHeldOutFamily) ?? PickFamily(random, kind, "zh", fromHeldOutFamily)
            ?? PickFamily(random, kind, language, !fromHeldOutFamily) ?? PickFamily(random, kind, "zh", !fromHeldOutFamily)
            ?? throw new InvalidOperationException($"no {kind} family");

        var text = TemplateRenderer.Render(random.Pick(family.Templates), family.OwnSlots, random);
        var wanted = risky ? RiskyEvasions(random, options, heldOut, family.HeldOut) : OrdinaryEvasions(random, heldOut, family.HeldOut);
        var words = risky ? EvasionTables.RiskyWords : EvasionTables.OrdinaryWords;
        var (disguised, applied) = EvasionEngine.Apply(text, wanted, words, random);
        var id = string.Create(CultureInfo.InvariantCulture, $"{(heldOut ? "heldout" : "train")}-{index:D6}");
        return new JobAd(id, disguised, risky, family.Id, family.Kind, family.Scheme, family.Language, applied, family.HeldOut || (applied & Evasions.HeldOutOnly) != 0, family.Audience);
    }

    private static AdFamily? PickFamily(SeededRandom random, JobAdKind kind, string language, bool heldOut)
    {
        var candidates = AllFamilies.Where(f => f.Kind == kind && f.Language == language && f.HeldOut == heldOut).ToArray();
        return candidates.Length == 0 ? null : random.Pick(candidates);
    }

    private static Evasion RiskyEvasions(SeededRandom random, JobAdOptions options, bool heldOutSplit, bool heldOutFamily)
    {
        var pool = heldOutSplit ? Evasions.Training | Evasions.HeldOutOnly : Evasions.Training;
        var wanted = Evasion.None;
        foreach (var e in Enum.GetValues<Evasion>())
        {
            if (e != Evasion.None && (pool & e) != 0 && random.Chance(options.EvasionRate))
            {
                wanted |= e;
            }
        }

        if (heldOutSplit && !heldOutFamily && (wanted & Evasions.HeldOutOnly) == 0)
        {
            // A training family in the held-out set must be disguised in a way training never saw.
            wanted |= random.Pick(HeldOutList);
        }

        return wanted;
    }

    private static Evasion OrdinaryEvasions(SeededRandom random, bool heldOutSplit, bool heldOutFamily)
    {
        var wanted = Evasion.None;
        wanted |= random.Chance(DecorationRate) ? Evasion.EmojiDecoration : Evasion.None;
        wanted |= random.Chance(FullWidthRate) ? Evasion.FullWidth : Evasion.None;
        wanted |= random.Chance(OrdinaryDisguiseRate) ? Evasion.Separators : Evasion.None;
        wanted |= random.Chance(OrdinaryDisguiseRate) ? Evasion.Homophones : Evasion.None;
        wanted |= random.Chance(OrdinaryDisguiseRate) ? Evasion.Pinyin : Evasion.None;
        if (heldOutSplit)
        {
            wanted |= random.Chance(TraditionalRate) ? Evasion.Traditional : Evasion.None;
            wanted |= random.Chance(OrdinaryDisguiseRate) ? Evasion.Abbreviations : Evasion.None;
            wanted |= random.Chance(OrdinaryDisguiseRate) ? Evasion.SymbolSeparators : Evasion.None;
            if (!heldOutFamily && (wanted & Evasions.HeldOutOnly) == 0)
            {
                wanted |= random.Pick(OrdinaryHeldOutList);
            }
        }

        return wanted;
    }

    private static readonly Evasion[] HeldOutList = [.. Enum.GetValues<Evasion>().Where(e => e != Evasion.None && (Evasions.HeldOutOnly & e) == e)];

    private static readonly Evasion[] OrdinaryHeldOutList = [Evasion.Traditional, Evasion.Abbreviations, Evasion.SymbolSeparators];
}
