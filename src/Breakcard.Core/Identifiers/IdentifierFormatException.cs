namespace Breakcard.Core.Identifiers;

/// <summary>
/// Thrown when text is not a valid identifier. The message names the identifier kind and the
/// reason, and never contains the rejected value itself (it may be personal data).
/// </summary>
public sealed class IdentifierFormatException : FormatException
{
    /// <summary>Creates the exception for an identifier kind and a reason.</summary>
    public IdentifierFormatException(string kind, string reason)
        : base($"Not a valid {kind}: {reason}.")
    {
        Kind = kind;
        Reason = reason;
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public IdentifierFormatException() : this("identifier", "invalid")
    {
    }

    /// <summary>Creates the exception with a plain message.</summary>
    public IdentifierFormatException(string message) : this("identifier", message)
    {
    }

    /// <summary>Creates the exception with a plain message and an inner exception.</summary>
    public IdentifierFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Kind = "identifier";
        Reason = message;
    }

    /// <summary>The identifier kind, for example "resident identity number".</summary>
    public string Kind { get; }

    /// <summary>Why the text was rejected, for example "check digit is wrong".</summary>
    public string Reason { get; }
}
