namespace Breakcard.Cases.CaseFiles;

/// <summary>What a court decided.</summary>
public enum JudgmentVerdict
{
    /// <summary>Convicted and sentenced.</summary>
    Convicted = 1,

    /// <summary>Convicted but exempted from punishment (免予刑事处罚).</summary>
    ExemptedFromPunishment,

    /// <summary>Acquitted.</summary>
    Acquitted,
}
