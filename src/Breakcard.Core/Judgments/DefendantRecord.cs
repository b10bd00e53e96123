using Breakcard.Core.People;

namespace Breakcard.Core.Judgments;

/// <summary>
/// One defendant as a judgment states them. Every property is null (empty) when the judgment does
/// not state it: nothing is guessed. Derived values (<see cref="AgeAtJudgment"/>,
/// <see cref="MinorAtOffence"/>) are computed only from stated dates. See docs/judgments.md for
/// each field's definition and the rule that makes it empty.
/// </summary>
public sealed record DefendantRecord
{
    /// <summary>The name as written (courts mask it: 刘某, 刘某某, 刘某甲).</summary>
    public required string Name { get; init; }

    /// <summary>Gender.</summary>
    public Gender? Gender { get; init; }

    /// <summary>Birth date.</summary>
    public DateOnly? BirthDate { get; init; }

    /// <summary>Age in whole years on the judgment date (needs both dates).</summary>
    public int? AgeAtJudgment { get; init; }

    /// <summary>Ethnicity as written, for example "汉族".</summary>
    public string? Ethnicity { get; init; }

    /// <summary>Highest education.</summary>
    public Education? Education { get; init; }

    /// <summary>Occupation category.</summary>
    public Occupation? Occupation { get; init; }

    /// <summary>The occupation as written, for example "无业" or "某某职业技术学院学生".</summary>
    public string? OccupationText { get; init; }

    /// <summary>True for a student (a school or university student at the time).</summary>
    public bool? Student { get; init; }

    /// <summary>True when the defendant has a prior criminal conviction (前科).</summary>
    public bool? PriorRecord { get; init; }

    /// <summary>True when the court found the defendant a recidivist (累犯, Criminal Law Art. 65).</summary>
    public bool? Recidivist { get; init; }

    /// <summary>True when the defendant was under 18 when the offence began.</summary>
    public bool? MinorAtOffence { get; init; }

    /// <summary>
    /// The earliest date the findings state for the defendant's conduct (for the case when none is
    /// the defendant's own); decides which legal rules were in force. Not a scored field: gold
    /// labels may leave it out.
    /// </summary>
    public DateOnly? OffenceStart { get; init; }

    /// <summary>Charges convicted, as named in the judgment's result, in order.</summary>
    public IReadOnlyList<string> Charges { get; init; } = [];

    /// <summary>Conduct found in the facts (null when the judgment has no findings of fact).</summary>
    public ConductKinds? Conduct { get; init; }

    /// <summary>Bank cards or bank accounts provided, bought or used.</summary>
    public Quantity? BankCards { get; init; }

    /// <summary>Phone, data or IoT cards provided, bought or used.</summary>
    public Quantity? PhoneCards { get; init; }

    /// <summary>Payment-settlement amount (支付结算金额, account flow) attributed to the defendant.</summary>
    public Amount? Settlement { get; init; }

    /// <summary>Illegal gains (违法所得, 获利).</summary>
    public Amount? IllegalGains { get; init; }

    /// <summary>Principal punishment (the executed one when several crimes are combined).</summary>
    public SentenceKind? Sentence { get; init; }

    /// <summary>Term of imprisonment, detention or surveillance in months.</summary>
    public int? TermMonths { get; init; }

    /// <summary>Probation (缓刑考验期) in months; null when the sentence is not suspended or unknown.</summary>
    public int? ProbationMonths { get; init; }

    /// <summary>Fine (罚金) imposed; null when none is stated.</summary>
    public Money? Fine { get; init; }

    /// <summary>Surrender (自首) found by the court.</summary>
    public bool? Surrender { get; init; }

    /// <summary>Truthful confession (坦白, 如实供述) found by the court, when not part of a surrender.</summary>
    public bool? Confession { get; init; }

    /// <summary>Plea leniency (认罪认罚) applied.</summary>
    public bool? PleaLeniency { get; init; }

    /// <summary>Restitution: illegal gains returned (退缴、退赃) or victims compensated (退赔、赔偿).</summary>
    public bool? Restitution { get; init; }

    /// <summary>Accessory (从犯) in a joint crime.</summary>
    public bool? Accessory { get; init; }

    /// <summary>True when one of the charges is 帮助信息网络犯罪活动罪.</summary>
    public bool IsConvictedOfAssisting => Charges.Any(ChargeNames.IsAssisting);
}
