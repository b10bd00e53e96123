namespace Breakcard.Cases.Audit;

/// <summary>One problem found by verification. Immutable.</summary>
/// <param name="Sequence">The entry where it was found (for truncation: the first missing one).</param>
/// <param name="Kind">What is wrong.</param>
/// <param name="Message">What is wrong and what it means, in words.</param>
public sealed record AuditProblem(long Sequence, AuditProblemKind Kind, string Message);
