namespace Breakcard.Cases.CaseFiles;

/// <summary>The kinds of case item.</summary>
public enum CaseItemKind
{
    /// <summary>A suspect (person).</summary>
    Suspect = 1,

    /// <summary>A bank card, account or payment account.</summary>
    Card,

    /// <summary>A phone, data or IoT card.</summary>
    Phone,

    /// <summary>A company.</summary>
    Company,

    /// <summary>An evidence transaction.</summary>
    Transaction,

    /// <summary>A traced fund chain.</summary>
    Chain,

    /// <summary>A note.</summary>
    Note,

    /// <summary>An attached file (content stored by SHA-256).</summary>
    Attachment,

    /// <summary>A cause-investigation finding: how a suspect was drawn in.</summary>
    Cause,

    /// <summary>A stored legal evaluation.</summary>
    Evaluation,

    /// <summary>A court judgment.</summary>
    Judgment,
}
