namespace Breakcard.Judgments.Evaluation;

/// <summary>One field of one judgment (or of one defendant in it) compared with its gold value.</summary>
/// <param name="Source">The judgment's source.</param>
/// <param name="Defendant">The defendant's name, or null for a judgment-level field.</param>
/// <param name="Field">Field name as in the JSON schema (settlement, fine_yuan, …).</param>
/// <param name="Expected">The gold value in text form ("" when empty).</param>
/// <param name="Actual">The extracted value in text form ("" when empty).</param>
public sealed record FieldOutcome(string Source, string? Defendant, string Field, string Expected, string Actual)
{
    /// <summary>True when the extracted value equals the gold value (both empty counts as equal).</summary>
    public bool Correct => string.Equals(Expected, Actual, StringComparison.Ordinal);

    /// <summary>True when the gold value is not empty.</summary>
    public bool ExpectedStated => Expected.Length > 0;
}
