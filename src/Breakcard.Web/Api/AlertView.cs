using Breakcard.Detection.Alerts;
using Breakcard.Web.Monitoring;
using Breakcard.Web.Security;

namespace Breakcard.Web.Api;

/// <summary>An alert as the API and the dashboard show it: identifiers masked, explanation in full.</summary>
public sealed record AlertView(
    string AlertId,
    string EntityKind,
    string Entity,
    string? Holder,
    string Time,
    int Risk,
    int Band,
    string Model,
    string Typology,
    IReadOnlyList<AlertReason> Reasons,
    IReadOnlyList<AlertEvidence> Evidence,
    AlertLink? Linked,
    IReadOnlyList<string> LegalBasis,
    ControlMeasure ControlMeasure,
    AlertStatus Status,
    string? ClueId,
    string? DismissReason)
{
    /// <summary>The masked view of a record.</summary>
    public static AlertView Of(AlertRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        var a = r.Alert;
        return new AlertView(a.AlertId, a.EntityKind, a.EntityMasked, a.Holder, a.Time, a.Risk, a.Band, a.Model, r.Typology, a.Reasons,
            [.. a.Evidence.Select(e => e with { Counterparty = e.Counterparty is null ? null : Mask.Key(e.Counterparty) })],
            a.Linked is null ? null : a.Linked with { Entity = Mask.Key(a.Linked.Entity) },
            a.LegalBasis, a.ControlMeasure, r.Status, r.ClueId, r.DismissReason);
    }
}
