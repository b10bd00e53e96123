using Breakcard.Core.Judgments;
using Breakcard.Core.People;

namespace Breakcard.Simulation.Judgments;

/// <summary>How the first instance was tried; it changes the procedural paragraph and how much a judgment says.</summary>
public enum Procedure
{
    /// <summary>普通程序: a collegial panel, the fullest judgments.</summary>
    Ordinary,

    /// <summary>简易程序: a single judge.</summary>
    Summary,

    /// <summary>速裁程序: expedited, after a plea agreement; the shortest judgments.</summary>
    Expedited,
}

/// <summary>
/// The facts of one criminal case, from which a synthetic judgment is rendered. This is the
/// generator's input: <see cref="JudgmentCaseSampler"/> draws it from published statistics today,
/// and <see cref="CityCases"/> builds it from the simulated city's convicted people. All names
/// are full (synthetic) names; the renderer masks them as courts do.
/// </summary>
public sealed record CaseFacts
{
    /// <summary>The trying court.</summary>
    public required Court Court { get; init; }

    /// <summary>Year in the case number (the filing year; usually the judgment's year).</summary>
    public required int FilingYear { get; init; }

    /// <summary>Sequence in the case number.</summary>
    public required int Sequence { get; init; }

    /// <summary>The day the indictment reached the court.</summary>
    public required DateOnly ProsecutedOn { get; init; }

    /// <summary>The day the judgment was signed.</summary>
    public required DateOnly JudgmentDate { get; init; }

    /// <summary>Procedure.</summary>
    public required Procedure Procedure { get; init; }

    /// <summary>Defendants in the order the judgment lists them (the principal first).</summary>
    public required IReadOnlyList<DefendantCaseFacts> Defendants { get; init; }

    /// <summary>The nickname of the upstream contact (另案处理), for example "阿杰".</summary>
    public required string Upstream { get; init; }
}

/// <summary>A prior conviction.</summary>
/// <param name="Charge">The earlier charge, for example 盗窃罪.</param>
/// <param name="SentencedOn">Date of that judgment.</param>
/// <param name="Kind">Its punishment (fixed-term or detention).</param>
/// <param name="TermMonths">Its term.</param>
/// <param name="ReleasedOn">Date of release.</param>
public sealed record PriorConviction(string Charge, DateOnly SentencedOn, SentenceKind Kind, int TermMonths, DateOnly ReleasedOn);

/// <summary>A sentence: the punishment for one charge, or the executed one.</summary>
/// <param name="Kind">Punishment kind.</param>
/// <param name="TermMonths">Term, for fixed-term imprisonment, detention or surveillance.</param>
/// <param name="ProbationMonths">Probation when suspended.</param>
/// <param name="FineYuan">Fine in whole yuan.</param>
public sealed record SentenceFacts(SentenceKind Kind, int? TermMonths, int? ProbationMonths, long? FineYuan);

/// <summary>One conviction: the charge and its sentence.</summary>
/// <param name="Charge">Charge name as judgments write it.</param>
/// <param name="Sentence">The sentence for this charge.</param>
public sealed record Conviction(string Charge, SentenceFacts Sentence);

/// <summary>One defendant's facts.</summary>
public sealed record DefendantCaseFacts
{
    /// <summary>Full synthetic name; the surname is the first character (or two for compound surnames).</summary>
    public required string FullName { get; init; }

    /// <summary>Gender.</summary>
    public required Gender Gender { get; init; }

    /// <summary>Birth date.</summary>
    public required DateOnly BirthDate { get; init; }

    /// <summary>Ethnicity, for example "汉族".</summary>
    public required string Ethnicity { get; init; }

    /// <summary>Education.</summary>
    public required Education Education { get; init; }

    /// <summary>Occupation.</summary>
    public required Occupation Occupation { get; init; }

    /// <summary>Birthplace (province and city), for example "四川省南充市".</summary>
    public required string Birthplace { get; init; }

    /// <summary>An earlier conviction, if any.</summary>
    public PriorConviction? Prior { get; init; }

    /// <summary>First day of the conduct.</summary>
    public required DateOnly OffenceStart { get; init; }

    /// <summary>Last day of the conduct.</summary>
    public required DateOnly OffenceEnd { get; init; }

    /// <summary>Day of arrest or summons.</summary>
    public required DateOnly CaughtOn { get; init; }

    /// <summary>True when detained until trial; false when on bail (取保候审).</summary>
    public required bool Detained { get; init; }

    /// <summary>What the defendant did.</summary>
    public required ConductKinds Conduct { get; init; }

    /// <summary>Bank cards sold, rented, lent, bought or used (0 when none).</summary>
    public required int BankCards { get; init; }

    /// <summary>Phone, data or IoT cards (0 when none).</summary>
    public required int PhoneCards { get; init; }

    /// <summary>GOIP or similar devices (0 when none).</summary>
    public int Devices { get; init; }

    /// <summary>Payment-settlement flow through the cards or accounts, in yuan (0 when not established).</summary>
    public required long SettlementYuan { get; init; }

    /// <summary>Illegal gains in yuan (0 = none).</summary>
    public required long GainsYuan { get; init; }

    /// <summary>Convictions in the order the result states them (one, or several combined).</summary>
    public required IReadOnlyList<Conviction> Convictions { get; init; }

    /// <summary>The executed sentence (the only one when there is one conviction).</summary>
    public required SentenceFacts Executed { get; init; }

    /// <summary>Surrendered (自首).</summary>
    public bool Surrender { get; init; }

    /// <summary>Confessed truthfully (坦白) — ignored when <see cref="Surrender"/>.</summary>
    public bool Confession { get; init; }

    /// <summary>Plea leniency (认罪认罚).</summary>
    public bool Plea { get; init; }

    /// <summary>Returned the gains (退缴).</summary>
    public bool Restitution { get; init; }

    /// <summary>Accessory (从犯).</summary>
    public bool Accessory { get; init; }

    /// <summary>True when a recidivist (累犯): a prior fixed-term sentence served within five years before the offence.</summary>
    public bool Recidivist => Prior is { Kind: SentenceKind.FixedTerm } p && p.ReleasedOn.AddYears(5) >= OffenceStart;

    /// <summary>Under 18 when the conduct began.</summary>
    public bool Minor => Ages.IsMinorInCriminalLaw(BirthDate, OffenceStart);
}
