namespace Breakcard.Cases.Access;

/// <summary>The access policy's answer. Immutable.</summary>
/// <param name="Allowed">True when the operation may proceed.</param>
/// <param name="Reason">Why, in words that name the operation, the role and the relation.</param>
public sealed record AccessDecision(bool Allowed, string Reason);
