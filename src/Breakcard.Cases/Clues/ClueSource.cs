namespace Breakcard.Cases.Clues;

/// <summary>Where a clue came from.</summary>
public enum ClueSource
{
    /// <summary>A monitoring alert.</summary>
    Alert = 1,

    /// <summary>A fund-chain trace.</summary>
    Trace,

    /// <summary>Entered by hand (a report, a complaint, a ground-truth list).</summary>
    Manual,
}
