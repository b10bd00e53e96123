using Breakcard.Detection.Alerts;

namespace Breakcard.Web.Monitoring;

/// <summary>Triage state of an alert in the queue.</summary>
public enum AlertStatus
{
    /// <summary>Not looked at yet.</summary>
    Open = 1,

    /// <summary>Escalated: a clue was raised from it in the case system.</summary>
    Escalated,

    /// <summary>Dismissed by an analyst, with a reason.</summary>
    Dismissed,
}

/// <summary>An alert as the web host keeps it: Detection's record, the institution whose monitor raised it, and its triage state.</summary>
public sealed class AlertRecord(Alert alert, string institutionId)
{
    /// <summary>Detection's alert (the <c>alerts.jsonl</c> record; holds the raw entity, never sent out unmasked).</summary>
    public Alert Alert { get; } = alert;

    /// <summary>The institution whose monitor raised it.</summary>
    public string InstitutionId { get; } = institutionId;

    /// <summary>Triage state.</summary>
    public AlertStatus Status { get; set; } = AlertStatus.Open;

    /// <summary>Clue raised from it, when escalated.</summary>
    public string? ClueId { get; set; }

    /// <summary>Why it was dismissed.</summary>
    public string? DismissReason { get; set; }

    /// <summary>The typology the strongest reason points to (its indicator code).</summary>
    public string Typology => Alert.Reasons.Count == 0 ? "unknown" : Alert.Reasons.MaxBy(r => r.Points)!.Code;
}
