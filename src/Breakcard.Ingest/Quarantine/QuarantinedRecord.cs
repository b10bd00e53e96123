using Breakcard.Core.Errors;

namespace Breakcard.Ingest.Quarantine;

/// <summary>
/// One record that could not be accepted: where it is and what is wrong (<see cref="Error"/>:
/// file, line, field, human-readable reason), the reason's category, and the record as it
/// appeared in the input. <see cref="RawRecord"/> is input data and may hold personal data: it
/// belongs in the quarantine file, never on a screen or in a log.
/// </summary>
/// <param name="Error">File, 1-based line where the record starts, field, and what is wrong.</param>
/// <param name="Reason">The category counted in <see cref="IngestCounts.QuarantinedByReason"/>.</param>
/// <param name="RawRecord">The record's text as it appeared in the input (line breaks of multi-line CSV records kept).</param>
public sealed record QuarantinedRecord(InputError Error, RejectReason Reason, string RawRecord);
