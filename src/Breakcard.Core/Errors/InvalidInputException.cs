namespace Breakcard.Core.Errors;

/// <summary>
/// Input that cannot be processed at all (a file that is not what it claims, an invalid option,
/// malformed facts). Hosts print <see cref="Exception.Message"/> — which names source, line and
/// field — and exit with an error code, never a stack trace. Record-level problems in otherwise
/// good files are quarantined instead of thrown.
/// </summary>
public sealed class InvalidInputException : Exception
{
    /// <summary>Creates the exception for one located error.</summary>
    public InvalidInputException(InputError error)
        : base(error?.ToString())
    {
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    /// <summary>Creates the exception for one located error with its cause.</summary>
    public InvalidInputException(InputError error, Exception innerException)
        : base(error?.ToString(), innerException)
    {
        Error = error ?? throw new ArgumentNullException(nameof(error));
    }

    /// <summary>Creates the exception from a message only.</summary>
    public InvalidInputException(string message)
        : this(new InputError("input", null, null, message))
    {
    }

    /// <summary>Creates the exception from a message and a cause.</summary>
    public InvalidInputException(string message, Exception innerException)
        : this(new InputError("input", null, null, message), innerException)
    {
    }

    /// <summary>Creates the exception with a generic message.</summary>
    public InvalidInputException()
        : this("invalid input")
    {
    }

    /// <summary>Where and what.</summary>
    public InputError Error { get; }
}
