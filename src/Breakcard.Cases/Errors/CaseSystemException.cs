namespace Breakcard.Cases.Errors;

/// <summary>
/// A request the case system refuses: permission denied, not found, a stale version or an illegal
/// step in the workflow. Hosts print <see cref="Exception.Message"/> (it never contains an
/// unmasked identifier) and map the type to an exit code or HTTP status. Bad input is
/// <see cref="Core.Errors.InvalidInputException"/> instead.
/// </summary>
public abstract class CaseSystemException : Exception
{
    /// <summary>Creates the exception with a message.</summary>
    protected CaseSystemException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    protected CaseSystemException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
