namespace Breakcard.Cases.Clues;

/// <summary>A clue's status.</summary>
public enum ClueStatus
{
    /// <summary>Not yet acted on.</summary>
    Open = 1,

    /// <summary>A case was opened from it.</summary>
    Promoted,

    /// <summary>Dismissed as not worth a case.</summary>
    Dismissed,
}
