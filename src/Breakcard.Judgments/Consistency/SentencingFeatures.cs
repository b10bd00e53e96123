using Breakcard.Core.Judgments;

namespace Breakcard.Judgments.Consistency;

/// <summary>
/// The facts a sentence should depend on, as numbers: log settlement, log gains, log cards, role
/// and the aggravating and mitigating circumstances. An amount the judgment does not state is 0
/// with an "unstated" indicator, so missing facts neither drop the defendant nor pretend to be zero.
/// </summary>
public static class SentencingFeatures
{
    /// <summary>Feature names, in column order.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "ln(1 + settlement / ¥10,000)", "settlement not stated", "ln(1 + gains / ¥1,000)", "gains not stated",
        "ln(1 + cards)", "cards not stated", "card dealer", "moved money himself", "technical or transmission support",
        "recidivist", "prior record (not recidivist)", "surrender", "confession", "plea leniency", "restitution", "accessory", "minor",
    ];

    /// <summary>The feature row of a defendant.</summary>
    public static double[] Of(DefendantRecord d)
    {
        ArgumentNullException.ThrowIfNull(d);
        var conduct = d.Conduct ?? ConductKinds.None;
        var cards = (d.BankCards?.Value ?? 0) + (d.PhoneCards?.Value ?? 0);
        return
        [
            d.Settlement is { } s ? Math.Log(1 + (s.Value.WholeYuan / 10_000.0)) : 0,
            d.Settlement is null ? 1 : 0,
            d.IllegalGains is { } g ? Math.Log(1 + (g.Value.WholeYuan / 1_000.0)) : 0,
            d.IllegalGains is null ? 1 : 0,
            Math.Log(1 + cards),
            d.BankCards is null && d.PhoneCards is null ? 1 : 0,
            Flag(conduct, ConductKinds.CardDealing),
            Flag(conduct, ConductKinds.PaymentSettlement),
            Flag(conduct, ConductKinds.TechnicalSupport | ConductKinds.TransmissionDevices),
            d.Recidivist == true ? 1 : 0,
            d.PriorRecord == true && d.Recidivist != true ? 1 : 0,
            d.Surrender == true ? 1 : 0,
            d.Confession == true ? 1 : 0,
            d.PleaLeniency == true ? 1 : 0,
            d.Restitution == true ? 1 : 0,
            d.Accessory == true ? 1 : 0,
            d.MinorAtOffence == true ? 1 : 0,
        ];
    }

    private static double Flag(ConductKinds conduct, ConductKinds kinds) => (conduct & kinds) != 0 ? 1 : 0;
}
