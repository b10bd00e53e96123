using Breakcard.Cases.Access;
using Breakcard.Cases.Internal;

namespace Breakcard.Cases.Errors;

/// <summary>The caller may not perform the operation. The message names the operation, the caller and why.</summary>
public sealed class AccessDeniedException : CaseSystemException
{
    /// <summary>Creates the exception for an operation.</summary>
    /// <param name="operation">The operation refused.</param>
    /// <param name="userId">Who asked.</param>
    /// <param name="reason">Why (from the access policy or a domain rule).</param>
    public AccessDeniedException(Operation operation, string userId, string reason)
        : base($"permission denied: {Names.Of(operation)} for {userId}: {reason}")
    {
        Operation = operation;
        UserId = userId;
        Reason = reason;
    }

    /// <summary>Creates the exception for a caller who may not act at all (a deactivated user).</summary>
    public AccessDeniedException(string userId, string reason)
        : base($"permission denied for {userId}: {reason}")
    {
        UserId = userId;
        Reason = reason;
    }

    /// <summary>The operation refused, or null when the caller may not act at all.</summary>
    public Operation? Operation { get; }

    /// <summary>Who asked.</summary>
    public string UserId { get; }

    /// <summary>Why.</summary>
    public string Reason { get; }
}
