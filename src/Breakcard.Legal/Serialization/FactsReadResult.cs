using Breakcard.Core.Errors;
using Breakcard.Legal.Facts;

namespace Breakcard.Legal.Serialization;

/// <summary>The facts read from a file, or every located error that stopped them. Immutable.</summary>
/// <param name="Facts">The facts when there are no errors; otherwise null.</param>
/// <param name="Errors">Every error found, each with source, line and field, in file order.</param>
public sealed record FactsReadResult(ConductFacts? Facts, IReadOnlyList<InputError> Errors)
{
    /// <summary>True when the facts were read without errors.</summary>
    public bool Succeeded => Facts is not null && Errors.Count == 0;
}
