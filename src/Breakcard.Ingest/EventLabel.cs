namespace Breakcard.Ingest;

/// <summary>
/// A label the source itself carries for evaluation, such as AMLSim's <c>is_sar</c> and
/// <c>alert_id</c> or AMLworld's <c>Is Laundering</c>. It is the source's claim, kept apart from
/// the event so detection never sees it; evaluation compares alerts against it.
/// </summary>
/// <param name="Suspicious">True or false when the source says; null when it has no such column.</param>
/// <param name="CaseId">The source's alert or case id grouping suspicious events, when it has one.</param>
public readonly record struct EventLabel(bool? Suspicious, string? CaseId)
{
    /// <summary>No label.</summary>
    public static EventLabel None => default;

    /// <summary>True when the source said anything about this event.</summary>
    public bool HasValue => Suspicious.HasValue || CaseId is not null;
}
