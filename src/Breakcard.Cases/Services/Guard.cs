using Breakcard.Cases.Access;
using Breakcard.Cases.Errors;
using Breakcard.Cases.Identity;
using Breakcard.Core.Errors;

namespace Breakcard.Cases.Services;

/// <summary>The checks every operation starts with.</summary>
internal static class Guard
{
    /// <summary>Throws <see cref="AccessDeniedException"/> unless the policy allows the call.</summary>
    public static void Require(Caller caller, Operation operation, Relation relation)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var decision = AccessPolicy.Decide(caller, operation, relation);
        if (!decision.Allowed)
        {
            throw new AccessDeniedException(operation, caller.UserId, decision.Reason);
        }
    }

    /// <summary>Throws <see cref="AccessDeniedException"/> with a domain reason.</summary>
    public static AccessDeniedException Deny(Caller caller, Operation operation, string reason) => new(operation, caller.UserId, reason);

    /// <summary>Bad input in a request field.</summary>
    public static InvalidInputException Invalid(string field, string reason) => new(new InputError("request", null, field, reason));

    /// <summary>Throws when <paramref name="text"/> is empty or longer than <paramref name="max"/>; returns it trimmed.</summary>
    public static string Text(string? text, string field, int max)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Invalid(field, "is required");
        }

        var t = text.Trim();
        return t.Length > max ? throw Invalid(field, $"must be at most {max:N0} characters") : t;
    }

    /// <summary>Null for empty; otherwise as <see cref="Text"/>.</summary>
    public static string? OptionalText(string? text, string field, int max) => string.IsNullOrWhiteSpace(text) ? null : Text(text, field, max);
}
