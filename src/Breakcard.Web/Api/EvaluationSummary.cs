using Breakcard.Legal.Evaluation;

namespace Breakcard.Web.Api;

/// <summary>A legal evaluation in the shape the API returns: conclusion, criteria with their sources, knowledge, penalty. The full record is stored with the case.</summary>
public sealed record EvaluationSummary(
    DateOnly ConductDate,
    string Outcome,
    int? Paragraph,
    IReadOnlyList<string> Basis,
    IReadOnlyList<string> Reasons,
    IReadOnlyList<EvaluationCriterion> Criteria,
    string Knowledge,
    string KnowledgeExplanation)
{
    /// <summary>Summarises <paramref name="e"/>.</summary>
    public static EvaluationSummary Of(LegalEvaluation e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new EvaluationSummary(e.Facts.ConductDate, e.Conclusion.Outcome.ToString(), e.Conclusion.Paragraph, e.Conclusion.Basis, e.Conclusion.Reasons,
            [.. e.Criteria.Select(c => new EvaluationCriterion(c.Id, c.Info.Source.Citation, c.Info.Source.Label, c.Status.ToString(), c.Decisive))],
            e.Knowledge.Finding.ToString(), e.Knowledge.Explanation);
    }
}

/// <summary>One criterion: id, citation, source label, status and the decisive numbers.</summary>
public sealed record EvaluationCriterion(string Id, string Citation, string Label, string Status, string Decisive);
