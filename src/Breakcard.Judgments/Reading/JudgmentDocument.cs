namespace Breakcard.Judgments.Reading;

/// <summary>
/// One judgment's text as read from a file, before extraction. Structured sources (JSON records)
/// may also carry the court, case number and date in their own fields; the extractor prefers
/// those to what it finds in the text.
/// </summary>
/// <param name="Source">Where it came from: a path, with "#n" for the n-th judgment in a file of several.</param>
/// <param name="Text">The judgment's text (plain; HTML is converted before this point).</param>
public sealed record JudgmentDocument(string Source, string Text)
{
    /// <summary>1-based line of the file where this judgment starts (for locating problems), or null.</summary>
    public long? Line { get; init; }

    /// <summary>The court from a structured field, or null.</summary>
    public string? Court { get; init; }

    /// <summary>The case number from a structured field, or null.</summary>
    public string? CaseNumber { get; init; }

    /// <summary>The judgment date from a structured field (any form the date parser accepts), or null.</summary>
    public string? Date { get; init; }
}
