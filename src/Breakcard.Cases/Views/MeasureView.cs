using System.Collections.Immutable;
using Breakcard.Cases.Measures;
using Breakcard.Legal.Control;

namespace Breakcard.Cases.Views;

/// <summary>A control measure as shown: the target masked. Immutable.</summary>
/// <param name="Id">Measure id.</param>
/// <param name="CaseId">Its case, or null.</param>
/// <param name="Target">The card, account or phone, masked.</param>
/// <param name="Actor">Who applied it.</param>
/// <param name="Kind">The measure.</param>
/// <param name="Findings">The findings it rests on.</param>
/// <param name="AppliedOn">Day it took effect.</param>
/// <param name="Reason">The legal reason.</param>
/// <param name="Basis">The provision.</param>
/// <param name="RemedySteps">What the customer was told and may do.</param>
/// <param name="RemedySource">The remedy's provision.</param>
/// <param name="Status">Applied, under complaint, released.</param>
/// <param name="Complaint">The complaint, if any.</param>
/// <param name="ComplainedOn">Its day.</param>
/// <param name="ReleasedOn">Day lifted.</param>
/// <param name="ReleaseReason">Why lifted.</param>
/// <param name="Version">Version.</param>
public sealed record MeasureView(
    string Id,
    string? CaseId,
    string Target,
    MeasureActor Actor,
    ControlMeasureKind Kind,
    ImmutableArray<MeasureTrigger> Findings,
    DateOnly AppliedOn,
    string Reason,
    string Basis,
    ImmutableArray<string> RemedySteps,
    string RemedySource,
    MeasureStatus Status,
    string? Complaint,
    DateOnly? ComplainedOn,
    DateOnly? ReleasedOn,
    string? ReleaseReason,
    long Version)
{
    /// <summary>The view of a record (target masked).</summary>
    public static MeasureView Of(MeasureRecord m)
    {
        ArgumentNullException.ThrowIfNull(m);
        return new(m.Id, m.CaseId, m.Target.Masked, m.Actor, m.Kind, m.Findings, m.AppliedOn, m.Reason, m.Basis, m.RemedySteps, m.RemedySource,
            m.Status, m.Complaint, m.ComplainedOn, m.ReleasedOn, m.ReleaseReason, m.Version);
    }
}
