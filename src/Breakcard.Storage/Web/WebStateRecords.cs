namespace Breakcard.Storage.Web;

/// <summary>The triage state of one alert in the web host's queue.</summary>
/// <param name="AlertId">The alert (prefixed with the institution whose monitor raised it).</param>
/// <param name="InstitutionId">That institution.</param>
/// <param name="Status">"escalated" or "dismissed".</param>
/// <param name="ClueId">The clue raised from it, when escalated.</param>
/// <param name="Reason">Why it was dismissed.</param>
/// <param name="ByUser">Who triaged it.</param>
/// <param name="At">When.</param>
public sealed record TriageRow(string AlertId, string InstitutionId, string Status, string? ClueId, string? Reason, string ByUser, DateTimeOffset At);

/// <summary>A CSV column mapping an institution uploaded (the mapping JSON of docs/ingest.md, validated before it was stored).</summary>
/// <param name="InstitutionId">Whose mapping it is.</param>
/// <param name="Name">Its name, used as <c>?mapping=NAME</c>.</param>
/// <param name="Body">The mapping JSON as uploaded.</param>
/// <param name="CreatedBy">Who uploaded it.</param>
/// <param name="CreatedAt">When.</param>
public sealed record StoredMapping(string InstitutionId, string Name, string Body, string CreatedBy, DateTimeOffset CreatedAt);

/// <summary>An extracted judgment (Breakcard's judgment JSON record) kept for statistics.</summary>
/// <param name="Id">Its id (<c>JD-000001</c>).</param>
/// <param name="InstitutionId">The institution that uploaded it.</param>
/// <param name="Source">The uploaded document's name.</param>
/// <param name="Body">The record as judgment JSON.</param>
/// <param name="UploadedBy">Who uploaded it.</param>
/// <param name="UploadedAt">When.</param>
public sealed record StoredJudgment(string Id, string InstitutionId, string Source, string Body, string UploadedBy, DateTimeOffset UploadedAt);
