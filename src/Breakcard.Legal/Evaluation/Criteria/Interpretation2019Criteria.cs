using Breakcard.Core;
using Breakcard.Legal.Facts;
using Breakcard.Legal.Internal;
using Breakcard.Legal.Sources;

namespace Breakcard.Legal.Evaluation.Criteria;

/// <summary>
/// 法释〔2019〕15号 Art. 12: the "serious circumstances" (情节严重) of Criminal Law Art. 287-2.
/// Para. 1 lists seven; para. 2 punishes, when the helped crime cannot be verified, amounts of
/// five times items 2–4 or especially serious consequences.
/// </summary>
internal static class Interpretation2019Criteria
{
    // Thresholds as Art. 12 writes them; "以上" includes the number (Verdicts).
    private const int ObjectsThreshold = 3;
    private static readonly Money SettlementThreshold = Money.FromYuan(200_000);
    private static readonly Money AdvertisingThreshold = Money.FromYuan(50_000);
    private static readonly Money GainsThreshold = Money.FromYuan(10_000);
    private const int Para2Multiple = 5;

    /// <summary>Window of item 5 in years (二年内).</summary>
    public const int PriorPenaltyWindowYears = 2;

    private static LegalSource Para1(int item) => LegalDocuments.Interpretation2019.Provision($"Art. 12 para. 1 item {item}");

    private static readonly LegalSource Para2 = LegalDocuments.Interpretation2019.Provision("Art. 12 para. 2");

    public static IReadOnlyList<CriterionDefinition> Paragraph1 { get; } =
    [
        new(new("2019-art12-1-1-objects", "helped 3 or more objects (为三个以上对象提供帮助)", CriterionGroup.Paragraph1, Para1(1)),
            i => Verdicts.AtLeast("objects helped", i.Conduct.ObjectsHelped, ObjectsThreshold, Verdicts.SumSuffix(i.Conduct))),
        new(new("2019-art12-1-2-settlement", "payment settlement ¥200,000 or more (支付结算金额二十万元以上)", CriterionGroup.Paragraph1, Para1(2)),
            i => Settlement(i, SettlementThreshold)),
        new(new("2019-art12-1-3-advertising", "advertising or similar funds ¥50,000 or more (以投放广告等方式提供资金五万元以上)", CriterionGroup.Paragraph1, Para1(3)),
            i => Advertising(i, AdvertisingThreshold)),
        new(new("2019-art12-1-4-gains", "illegal gains ¥10,000 or more (违法所得一万元以上)", CriterionGroup.Paragraph1, Para1(4)),
            i => Verdicts.AtLeast("illegal gains", i.Conduct.IllegalGains, GainsThreshold, Verdicts.SumSuffix(i.Conduct))),
        new(new("2019-art12-1-5-prior-penalty", "administrative penalty for network offences within 2 years, then helping again", CriterionGroup.Paragraph1, Para1(5)),
            PriorPenalty),
        new(new("2019-art12-1-6-consequences", "the helped crime caused serious consequences (造成严重后果)", CriterionGroup.Paragraph1, Para1(6)),
            i => Consequence(i.Facts.HelpedCrimeConsequences, Consequences.Serious)),
        new(new("2019-art12-1-7-other", "other serious circumstances (其他情节严重的情形), as asserted", CriterionGroup.Paragraph1, Para1(7)),
            i => i.Facts.OtherSeriousCircumstance is { } other
                ? new(CriterionStatus.Met, $"asserted: \"{other.Trim()}\" (a matter for the court)")
                : new(CriterionStatus.NotMet, "none asserted (the card and inflow rules below specify this item)")),
    ];

    public static IReadOnlyList<CriterionDefinition> Paragraph2 { get; } =
    [
        new(new("2019-art12-2-settlement-5x", "payment settlement ¥1,000,000 or more (5 × item 2)", CriterionGroup.Paragraph2, Para2),
            i => Settlement(i, SettlementThreshold * Para2Multiple)),
        new(new("2019-art12-2-advertising-5x", "advertising or similar funds ¥250,000 or more (5 × item 3)", CriterionGroup.Paragraph2, Para2),
            i => Advertising(i, AdvertisingThreshold * Para2Multiple)),
        new(new("2019-art12-2-gains-5x", "illegal gains ¥50,000 or more (5 × item 4)", CriterionGroup.Paragraph2, Para2),
            i => Verdicts.AtLeast("illegal gains", i.Conduct.IllegalGains, GainsThreshold * Para2Multiple, Verdicts.SumSuffix(i.Conduct))),
        new(new("2019-art12-2-especially-serious", "especially serious consequences (造成特别严重后果)", CriterionGroup.Paragraph2, Para2),
            i => Consequence(i.Facts.HelpedCrimeConsequences, Consequences.EspeciallySerious)),
    ];

    private static Verdict Settlement(CriterionInput i, Money threshold) =>
        i.Conduct.Settlement.NothingKnown && !i.Facts.HelpKinds.Contains(HelpKind.PaymentSettlement)
            ? Verdicts.NotApplicable("no payment-settlement help and no settlement amount stated")
            : Verdicts.AtLeast("settlement", i.Conduct.Settlement, threshold, Verdicts.SumSuffix(i.Conduct));

    private static Verdict Advertising(CriterionInput i, Money threshold) =>
        i.Conduct.AdvertisingFunds.NothingKnown && !i.Facts.HelpKinds.Contains(HelpKind.Advertising)
            ? Verdicts.NotApplicable("no advertising help and no advertising funds stated")
            : Verdicts.AtLeast("advertising funds", i.Conduct.AdvertisingFunds, threshold, Verdicts.SumSuffix(i.Conduct));

    private static Verdict Consequence(Consequences? stated, Consequences required) => stated switch
    {
        null => new(CriterionStatus.InsufficientFacts, "consequences of the helped crime not stated"),
        { } c when c >= required => new(CriterionStatus.Met, $"consequences: {FactsNames.Of(c)}"),
        { } c => new(CriterionStatus.NotMet, $"consequences: {FactsNames.Of(c)}"),
    };

    private static Verdict PriorPenalty(CriterionInput i)
    {
        var date = i.Facts.ConductDate;
        if (i.Facts.PriorPenalties.IsEmpty)
        {
            return new(CriterionStatus.NotMet, "no prior administrative penalty stated");
        }

        var reasons = new List<string>();
        foreach (var p in i.Facts.PriorPenalties.OrderByDescending(p => p.Date))
        {
            var what = $"penalty of {Amounts.Format(p.Date)} for {FactsNames.Of(p.Ground)}";
            if (p.Ground is not (PenaltyGround.IllegalUseOfNetworks or PenaltyGround.HelpingNetworkCrime or PenaltyGround.EndangeringComputerSystems))
            {
                reasons.Add($"{what}: not a ground item 5 names");
                continue;
            }

            var lastDay = LegalPeriods.LastDay(p.Date, PriorPenaltyWindowYears);
            if (LegalPeriods.IsWithinYearsAfter(p.Date, date, PriorPenaltyWindowYears))
            {
                return new(CriterionStatus.Met, $"{what}; conduct {Amounts.Format(date)} within 2 years (through {Amounts.Format(lastDay)})");
            }

            reasons.Add($"{what}; conduct {Amounts.Format(date)} after the 2-year window (ended {Amounts.Format(lastDay)})");
        }

        return new(CriterionStatus.NotMet, string.Join("; ", reasons));
    }
}
