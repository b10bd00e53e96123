namespace Breakcard.Legal.Evaluation;

/// <summary>Which part of an article a criterion belongs to; decides when it may be applied.</summary>
public enum CriterionGroup
{
    /// <summary>Preconditions: the statute is in force, the defendant is of responsible age.</summary>
    Applicability,

    /// <summary>法释〔2019〕15号 Art. 12 para. 1 and its specifications; needs the helped crime verified.</summary>
    Paragraph1,

    /// <summary>法释〔2019〕15号 Art. 12 para. 2 (five times the amounts); for a helped crime that cannot be verified.</summary>
    Paragraph2,
}

/// <summary>A criterion's identity and source, independent of any facts. Immutable.</summary>
/// <param name="Id">Stable id, for example "2019-art12-1-2-settlement".</param>
/// <param name="Title">What the criterion asks, in one line.</param>
/// <param name="Group">Which part of the article it belongs to.</param>
/// <param name="Source">Where it comes from, with effective date and standing.</param>
public sealed record CriterionInfo(string Id, string Title, CriterionGroup Group, Sources.LegalSource Source);

/// <summary>One criterion checked against the facts. Immutable.</summary>
/// <param name="Info">The criterion.</param>
/// <param name="Status">Met, not met, not in force, not applicable or insufficient facts.</param>
/// <param name="Decisive">The numbers or facts that decide it, for example "settlement ¥210,000 ≥ ¥200,000".</param>
public sealed record CriterionResult(CriterionInfo Info, CriterionStatus Status, string Decisive)
{
    /// <summary>The criterion's id.</summary>
    public string Id => Info.Id;
}
