namespace Breakcard.Cases.Sharing;

/// <summary>What a share gives access to.</summary>
public enum ShareSubject
{
    /// <summary>Parts of a clue.</summary>
    Clue = 1,

    /// <summary>Items of a case (on transfer, referral or prosecution).</summary>
    Case,
}
