namespace Breakcard.Cases.Discipline;

/// <summary>Where an objection stands.</summary>
public enum ObjectionStatus
{
    /// <summary>Received, being verified.</summary>
    Pending = 1,

    /// <summary>Upheld: the listing is lifted from the decision day.</summary>
    Upheld,

    /// <summary>Rejected: the listing stands.</summary>
    Rejected,
}
