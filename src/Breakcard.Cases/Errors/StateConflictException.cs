namespace Breakcard.Cases.Errors;

/// <summary>
/// The step is not allowed in the record's current state: an illegal workflow transition, a clue
/// already turned into a case, an objection already decided. The message says what state the
/// record is in and from which states the step is allowed.
/// </summary>
public sealed class StateConflictException : CaseSystemException
{
    /// <summary>Creates the exception.</summary>
    public StateConflictException(string message)
        : base(message)
    {
    }
}
