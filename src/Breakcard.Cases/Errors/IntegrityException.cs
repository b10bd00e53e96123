namespace Breakcard.Cases.Errors;

/// <summary>Stored data failed its integrity check (an attachment whose content no longer matches its hash).</summary>
public sealed class IntegrityException : CaseSystemException
{
    /// <summary>Creates the exception.</summary>
    public IntegrityException(string message)
        : base(message)
    {
    }
}
