namespace Breakcard.Judgments.Statistics;

/// <summary>A published figure to compare a computed share with.</summary>
/// <param name="Label">What it measures.</param>
/// <param name="Share">The share (0–1).</param>
/// <param name="Source">Who published it, for which population.</param>
public sealed record PublishedShare(string Label, double Share, string Source);

/// <summary>
/// The published figures of STATISTICS.md that the computed statistics are shown beside. They are
/// references for comparison, not expectations: a district court's sample differs from the
/// national population, and national figures count people prosecuted, not defendants sentenced.
/// </summary>
public static class NationalFigures
{
    /// <summary>Source paper (277 judgments, 389 defendants, a Chengdu district court, 2021–2022).</summary>
    public const string Paper = "Luo, Hu & Fu, 277 judgments of a Chengdu district court, 2021–2022";

    /// <summary>Supreme People's Procuratorate, people prosecuted in the first half of 2022.</summary>
    public const string Spp2022H1 = "SPP, people prosecuted Jan–Jun 2022 (64,000)";

    /// <summary>Court big-data report on first-instance cases 2017–2021.</summary>
    public const string Courts2017To2021 = "SPC big-data report, 143,700 defendants 2017–2021";

    /// <summary>Table 1 of the source paper: (year, women alone, women and men jointly, men alone or jointly).</summary>
    public static IReadOnlyList<(int Year, double WomenAlone, double Mixed, double Men)> PaperTable1 { get; } =
        [(2021, 0.1468, 0.0642, 0.789), (2022, 0.0833, 0.0358, 0.8809)];

    /// <summary>Recidivists among the paper's defendants: 17 of 389.</summary>
    public static PublishedShare PaperRecidivists { get; } = new("recidivists", 17.0 / 389, Paper);

    /// <summary>Under 30 among people prosecuted.</summary>
    public static PublishedShare Under30 { get; } = new("under 30", 0.648, Spp2022H1);

    /// <summary>Aged 18–22 among people prosecuted.</summary>
    public static PublishedShare Aged18To22 { get; } = new("aged 18–22", 0.237, Spp2022H1);

    /// <summary>Aged 18–28 among defendants in first-instance cases.</summary>
    public static PublishedShare Aged18To28 { get; } = new("aged 18–28", 0.5509, Courts2017To2021);

    /// <summary>Junior high school or below among people prosecuted.</summary>
    public static PublishedShare JuniorHighOrBelow { get; } = new("junior high school or below", 0.663, Spp2022H1);

    /// <summary>No fixed job among people prosecuted.</summary>
    public static PublishedShare NoFixedJob { get; } = new("no fixed job", 0.524, Spp2022H1);

    /// <summary>Conduct shares in first-instance cases (the court's legal characterisation of the help).</summary>
    public static IReadOnlyList<PublishedShare> Conduct { get; } =
    [
        new("payment settlement (legal characterisation)", 0.5345, Courts2017To2021),
        new("communication transmission", 0.1825, Courts2017To2021),
        new("advertising", 0.0495, Courts2017To2021),
    ];

    /// <summary>Anhui sample (292 judgments): sentenced to more than one year.</summary>
    public static PublishedShare OverOneYear { get; } = new("fixed-term over 1 year", 0.237, "Anhui sample, 292 judgments");

    /// <summary>Anhui sample: suspended sentences.</summary>
    public static PublishedShare Suspended { get; } = new("suspended (缓刑)", 0.2393, "Anhui sample, 292 judgments");
}
