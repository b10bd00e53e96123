using Breakcard.Legal.Facts;

namespace Breakcard.Legal.Evaluation.Criteria;

/// <summary>A status and the text that explains it.</summary>
internal readonly record struct Verdict(CriterionStatus Status, string Decisive);

/// <summary>What a criterion looks at.</summary>
internal sealed record CriterionInput(ConductFacts Facts, AggregatedConduct Conduct);

/// <summary>A criterion and the function that decides it once it is known to be in force.</summary>
internal sealed record CriterionDefinition(CriterionInfo Info, Func<CriterionInput, Verdict> Decide);
