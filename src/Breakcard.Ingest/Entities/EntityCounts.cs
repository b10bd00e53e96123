namespace Breakcard.Ingest.Entities;

/// <summary>Rows read, accepted and quarantined per entity file.</summary>
/// <param name="File">File name, for example "accounts.csv".</param>
/// <param name="Rows">Data rows read (the header excluded).</param>
/// <param name="Accepted">Rows handed to the target.</param>
/// <param name="Quarantined">Rows quarantined (malformed, wrong field count, a field that did not validate).</param>
public sealed record EntityFileCounts(string File, long Rows, long Accepted, long Quarantined);
