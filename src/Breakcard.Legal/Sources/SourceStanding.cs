namespace Breakcard.Legal.Sources;

/// <summary>
/// How far a rule's text can be trusted. Every evaluation prints this label next to each rule,
/// because a prosecutor must know whether a threshold comes from the official text or from a
/// summary of it.
/// </summary>
public enum SourceStanding
{
    /// <summary>Encoded from the official text (statute, judicial interpretation, published opinion).</summary>
    Official,

    /// <summary>
    /// Encoded from press or law-firm summaries because the official text was not available
    /// (marked "secondary source" in the domain notes); verify before relying on it.
    /// </summary>
    Secondary,

    /// <summary>
    /// Encoded from unverified summaries of a recent document (the 2025 opinion); shown, applied
    /// only from its date, and always labelled provisional.
    /// </summary>
    Provisional,
}
