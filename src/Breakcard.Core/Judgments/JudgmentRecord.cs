namespace Breakcard.Core.Judgments;

/// <summary>
/// The facts of one first-instance criminal judgment, as extracted from its text (or, for
/// synthetic judgments, as the generator stated them: the gold label). The same shape is the
/// extractor's output and the evaluation's expectation, so the two cannot drift apart.
/// </summary>
public sealed record JudgmentRecord
{
    /// <summary>Where the judgment came from: a file path, with "#n" for the n-th judgment (1-based) in a file of several.</summary>
    public required string Source { get; init; }

    /// <summary>The court, for example "四川省成都市金牛区人民法院".</summary>
    public string? Court { get; init; }

    /// <summary>The case number.</summary>
    public CaseNumber? CaseNumber { get; init; }

    /// <summary>The date the judgment was signed (落款日期).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Defendants in the order the judgment lists them.</summary>
    public IReadOnlyList<DefendantRecord> Defendants { get; init; } = [];

    /// <summary>Problems the extractor noticed but could work around, one sentence each.</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}
