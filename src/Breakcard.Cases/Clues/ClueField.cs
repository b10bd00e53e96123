namespace Breakcard.Cases.Clues;

/// <summary>The parts of a clue that a share may include. A recipient sees only the parts its share lists.</summary>
public enum ClueField
{
    /// <summary>The card, account or phone the clue is about.</summary>
    Subject = 1,

    /// <summary>The holder's identity number, name and reference.</summary>
    Holder,

    /// <summary>The risk score and the control measure monitoring proposed.</summary>
    Risk,

    /// <summary>The reason codes.</summary>
    Reasons,

    /// <summary>The ids of the evidence events, the source alert and the alerts merged into it.</summary>
    Evidence,

    /// <summary>The traced chain.</summary>
    Chain,

    /// <summary>The analyst's summary.</summary>
    Summary,
}
